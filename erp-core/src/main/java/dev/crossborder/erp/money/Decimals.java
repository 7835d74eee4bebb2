package dev.crossborder.erp.money;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Decimal checks shared by the values of this package. Every check refuses with an {@link
 * InvalidInputException} naming the field and the value, and never builds a huge number: the
 * magnitude is checked before any rescaling, so a hostile {@code 1E+999999999} costs nothing.
 */
final class Decimals {
  /** Longest decimal text accepted by {@link #parse}; far beyond any real amount or rate. */
  static final int MAX_TEXT_LENGTH = 64;

  private Decimals() {}

  /** The number of digits before the decimal point of {@code |value|}; zero or less below one. */
  static int integerDigits(BigDecimal value) {
    return value.signum() == 0 ? 0 : value.precision() - value.scale();
  }

  /** Parses decimal text such as {@code 12.30} or {@code -0.5}; no spaces, no grouping. */
  static BigDecimal parse(String field, @Nullable String text) {
    Checks.present(field, text);
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new InvalidInputException(field, "\"" + text + "\"", "is too long");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "\"" + text + "\"", "is not a decimal number");
    }
  }

  /** Looks up an ISO 4217 currency by its upper-case code, such as {@code USD}. */
  static Currency currency(String field, @Nullable String code) {
    Checks.present(field, code);
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, "\"" + code + "\"", "is not an ISO 4217 currency code");
    }
  }

  /** The currency's minor-unit scale; refuses pseudo-currencies (XAU, XXX) that have none. */
  static int minorDigits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new InvalidInputException("currency", currency.getCurrencyCode(), "has no minor unit");
    }
    return digits;
  }

  /**
   * Returns {@code value} at exactly {@code scale}, refusing values with more significant decimals
   * or more than {@code maxIntegerDigits} digits before the point.
   */
  static BigDecimal exact(
      String field, BigDecimal value, int scale, int maxIntegerDigits, Currency currency) {
    if (integerDigits(value) > maxIntegerDigits) {
      throw new InvalidInputException(field, shown(value, currency), "is too large");
    }
    if (value.scale() > scale && value.stripTrailingZeros().scale() > scale) {
      throw new InvalidInputException(
          field, shown(value, currency), "has more than " + scale + " decimals");
    }
    return value.setScale(scale, RoundingMode.UNNECESSARY);
  }

  /**
   * Rounds {@code value} to {@code scale} with {@code mode}, after the same magnitude check as
   * {@link #exact}. {@link RoundingMode#UNNECESSARY} leaves the value as it is, so that the value's
   * constructor refuses an inexact one with its usual error.
   */
  static BigDecimal round(
      String field,
      BigDecimal value,
      int scale,
      int maxIntegerDigits,
      RoundingMode mode,
      Currency currency) {
    if (integerDigits(value) > maxIntegerDigits) {
      throw new InvalidInputException(field, shown(value, currency), "is too large");
    }
    if (mode == RoundingMode.UNNECESSARY) {
      return value;
    }
    BigDecimal toRound = value;
    if (value.signum() != 0 && integerDigits(value) < -scale) {
      // |value| < 10^-(scale + 1): every rounding mode treats it like any other non-zero value
      // that small, so round a stand-in of the same sign instead of rescaling a deep fraction.
      toRound = BigDecimal.valueOf(value.signum(), scale + 2);
    }
    return toRound.setScale(scale, mode);
  }

  /** The value as shown in error messages, in scientific notation when that is shorter. */
  static String shown(BigDecimal value, Currency currency) {
    return value + " " + currency.getCurrencyCode();
  }
}
