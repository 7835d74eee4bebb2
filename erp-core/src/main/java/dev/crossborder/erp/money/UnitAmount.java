package dev.crossborder.erp.money;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount with more precision than {@link Money}, for unit costs (a purchase price of 0.0375 USD
 * per piece) and converted prices before they are rounded to money.
 *
 * <p>The amount is held at exactly {@value #SCALE} decimals, so {@link #equals} ignores how it was
 * written. More than six significant decimals are refused with an {@link InvalidInputException} on
 * field {@code amount}, never rounded silently; use {@link #rounded} to round a computed value.
 * Absolute values of 10<sup>30</sup> or more, and pseudo-currencies without a minor unit (XAU,
 * XXX), are refused, so that every unit amount can become {@link Money}. Amounts of different
 * currencies are never combined: that throws {@link CurrencyMismatchException}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the amount, at scale {@value #SCALE}
 * @param currency the ISO 4217 currency
 */
public record UnitAmount(BigDecimal amount, Currency currency) {
  /** The number of decimals every unit amount is held at. */
  public static final int SCALE = 6;

  private static final int MAX_INTEGER_DIGITS = 30;

  /** Validates and normalises the amount to {@value #SCALE} decimals. */
  public UnitAmount {
    Checks.present("amount", amount);
    Checks.present("currency", currency);
    Decimals.minorDigits(currency);
    amount = Decimals.exact("amount", amount, SCALE, MAX_INTEGER_DIGITS, currency);
  }

  /** Returns {@code amount} of {@code currency}; refuses more than six decimals. */
  public static UnitAmount of(BigDecimal amount, Currency currency) {
    return new UnitAmount(amount, currency);
  }

  /**
   * Returns the amount written as decimal text and an ISO 4217 code, such as {@code
   * UnitAmount.of("0.0375", "USD")}. Bad text is refused on field {@code amount} or {@code
   * currency}.
   */
  public static UnitAmount of(String amount, String currencyCode) {
    Currency currency = Decimals.currency("currency", currencyCode);
    return new UnitAmount(Decimals.parse("amount", amount), currency);
  }

  /**
   * Returns {@code amount} rounded to {@value #SCALE} decimals with {@code mode}. {@link
   * RoundingMode#UNNECESSARY} refuses an inexact amount like {@link #of(BigDecimal, Currency)}.
   */
  public static UnitAmount rounded(BigDecimal amount, Currency currency, RoundingMode mode) {
    Checks.present("amount", amount);
    Checks.present("currency", currency);
    requireNonNull(mode, "mode == null");
    return new UnitAmount(
        Decimals.round("amount", amount, SCALE, MAX_INTEGER_DIGITS, mode, currency), currency);
  }

  /** Returns the same value as a unit amount; always exact. */
  public static UnitAmount from(Money money) {
    requireNonNull(money, "money == null");
    return new UnitAmount(money.amount(), money.currency());
  }

  /**
   * Returns this plus {@code other}; throws {@link CurrencyMismatchException} across currencies.
   */
  public UnitAmount plus(UnitAmount other) {
    requireSameCurrency(other);
    return new UnitAmount(amount.add(other.amount), currency);
  }

  /**
   * Returns this minus {@code other}; throws {@link CurrencyMismatchException} across currencies.
   */
  public UnitAmount minus(UnitAmount other) {
    requireSameCurrency(other);
    return new UnitAmount(amount.subtract(other.amount), currency);
  }

  /**
   * Returns this times {@code quantity}, such as a unit cost times the pieces ordered; always
   * exact. A negative quantity (a return) gives a negative amount.
   */
  public UnitAmount times(long quantity) {
    return new UnitAmount(amount.multiply(BigDecimal.valueOf(quantity)), currency);
  }

  /** Returns this times {@code factor}, rounded to {@value #SCALE} decimals with {@code mode}. */
  public UnitAmount times(BigDecimal factor, RoundingMode mode) {
    requireNonNull(factor, "factor == null");
    return rounded(amount.multiply(factor), currency, mode);
  }

  /** Returns this amount rounded to the currency's minor unit with {@code mode}. */
  public Money toMoney(RoundingMode mode) {
    return Money.rounded(amount, currency, mode);
  }

  private void requireSameCurrency(UnitAmount other) {
    requireNonNull(other, "other == null");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /** Returns the amount at six decimals and the currency code, such as {@code 0.037500 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
