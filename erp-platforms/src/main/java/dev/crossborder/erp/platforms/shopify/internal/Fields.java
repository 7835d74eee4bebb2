package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.MoneyBag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The checks the mappers share for the answer to one operation: a missing or unreadable required
 * field becomes a {@link MalformedResponseException} naming the operation and the field's path in
 * {@code data}, never its value. Immutable.
 *
 * @param operation the GraphQL operation name
 */
record Fields(String operation) {

  /** The error for {@code field} with {@code problem}, a short phrase without the value. */
  MalformedResponseException invalid(String field, String problem, @Nullable Throwable cause) {
    return new MalformedResponseException(GraphQl.SHOPIFY, operation, field, problem, 200, cause);
  }

  /** Returns {@code value}, or throws naming {@code field} as missing. */
  <T> T require(@Nullable T value, String field) {
    if (value == null) {
      throw invalid(field, "is missing", null);
    }
    return value;
  }

  /** Returns {@code value} stripped, or throws if it is absent or blank. */
  String text(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw invalid(field, "is missing", null);
    }
    return value.strip();
  }

  /** The ISO 4217 currency {@code code} of {@code field}. */
  Currency currency(@Nullable String code, String field) {
    try {
      Currency currency = Currency.getInstance(text(code, field));
      if (currency.getDefaultFractionDigits() < 0) {
        throw invalid(field, "is not a currency with a minor unit", null);
      }
      return currency;
    } catch (IllegalArgumentException e) {
      throw invalid(field, "is not an ISO 4217 currency code", e);
    }
  }

  /**
   * The shop-currency amount of a {@code MoneyBag} at {@code field}, which must be in {@code
   * expected}. Amounts of any scale are read; digits beyond the minor unit are rounded half-even.
   */
  Money money(@Nullable MoneyBag bag, Currency expected, String field) {
    GraphQlWire.MoneyV2 money = require(require(bag, field).shopMoney(), field + ".shopMoney");
    Currency currency = currency(money.currencyCode(), field + ".shopMoney.currencyCode");
    if (!currency.equals(expected)) {
      throw invalid(field + ".shopMoney.currencyCode", "differs from the order currency " + expected, null);
    }
    return amount(money.amount(), currency, field + ".shopMoney.amount");
  }

  /** {@code amount} in {@code currency}, rounded half-even to its minor unit. */
  Money amount(@Nullable BigDecimal amount, Currency currency, String field) {
    BigDecimal value = require(amount, field);
    if (value.precision() - value.scale() > 18) {
      throw invalid(field, "is too large", null);
    }
    try {
      return Money.rounded(value, currency, RoundingMode.HALF_EVEN);
    } catch (RuntimeException e) {
      throw invalid(field, "is not a valid amount", e);
    }
  }
}
