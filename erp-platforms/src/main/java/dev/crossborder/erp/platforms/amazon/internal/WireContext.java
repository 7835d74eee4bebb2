package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.amazon.internal.ErrorsWire.AmazonMoney;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.PlatformId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Which answer a mapper is reading (the operation and its HTTP status), and the checks every
 * mapper shares: a missing or unreadable required field becomes a {@link
 * MalformedResponseException} naming the operation and the field's JSON path. Immutable.
 *
 * @param operation the SP-API operation id, such as {@code searchOrders}
 * @param httpStatus the HTTP status of the answer
 */
public record WireContext(String operation, int httpStatus) {

  /** The error for a required {@code field} that is absent or blank. */
  public MalformedResponseException missing(String field) {
    return invalid(field, "is missing", null);
  }

  /** The error for {@code field} with {@code problem}, a short phrase without the value. */
  public MalformedResponseException invalid(String field, String problem, @Nullable Throwable cause) {
    return new MalformedResponseException(PlatformId.AMAZON, operation, field, problem, httpStatus, cause);
  }

  /** Returns {@code value}, or throws {@link #missing} for {@code field}. */
  public <T> T require(@Nullable T value, String field) {
    if (value == null) {
      throw missing(field);
    }
    return value;
  }

  /** Returns {@code value} stripped, or throws {@link #missing} if it is absent or blank. */
  public String text(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw missing(field);
    }
    return value.strip();
  }

  /** Returns the ISO 4217 currency {@code code} of {@code field}. */
  public Currency currency(@Nullable String code, String field) {
    String text = text(code, field);
    try {
      Currency currency = Currency.getInstance(text);
      if (currency.getDefaultFractionDigits() < 0) {
        throw invalid(field, "is not a currency with a minor unit", null);
      }
      return currency;
    } catch (IllegalArgumentException e) {
      throw invalid(field, "is not an ISO 4217 currency code", e);
    }
  }

  /**
   * Reads an SP-API {@code Money} at {@code field} as domain money. Amounts of any scale are
   * accepted: {@code "5980"} JPY, {@code "12.3"} USD become {@code 12.30}; digits beyond the
   * currency's minor unit ({@code "0.125"} USD, sub-cent tax fractions) are rounded half-even, the
   * rounding that does not drift when many such amounts are summed.
   */
  public Money money(@Nullable AmazonMoney money, String field) {
    AmazonMoney m = require(money, field);
    Currency currency = currency(m.currencyCode(), field + ".currencyCode");
    BigDecimal amount = require(m.amount(), field + ".amount");
    return toMoney(amount, currency, field + ".amount");
  }

  /** {@link #money(AmazonMoney, String)} that also requires the {@code expected} currency. */
  public Money money(@Nullable AmazonMoney money, Currency expected, String field) {
    Money result = money(money, field);
    if (!result.currency().equals(expected)) {
      throw invalid(field + ".currencyCode", "differs from the order currency " + expected, null);
    }
    return result;
  }

  /** Rounds {@code amount} half-even to the minor unit of {@code currency}. */
  public Money toMoney(BigDecimal amount, Currency currency, String field) {
    if (amount.precision() - amount.scale() > 18) {
      throw invalid(field, "is too large", null);
    }
    try {
      return Money.rounded(amount, currency, RoundingMode.HALF_EVEN);
    } catch (RuntimeException e) {
      throw invalid(field, "is not a valid amount", e);
    }
  }
}
