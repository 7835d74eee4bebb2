package dev.crossborder.erp.money;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * An amount of money in one currency, held at exactly the currency's minor-unit scale: two decimals
 * for USD, none for JPY, three for BHD.
 *
 * <p>The constructor normalises the scale ({@code 12.3} and {@code 12.300} USD both become {@code
 * 12.30}), so {@link #equals} ignores how the amount was written. It never rounds: {@code 12.345
 * USD} is refused with an {@link InvalidInputException} on field {@code amount}; use {@link
 * #rounded} and name the rounding mode when a computed value has to become money. Pseudo-currencies
 * without a minor unit (XAU, XXX) are refused on field {@code currency}. The amount in minor units
 * always fits in a {@code long} (up to about 9.2 × 10<sup>16</sup> USD), so {@link #minorUnits()}
 * is exact; larger amounts are refused.
 *
 * <p>Arithmetic and comparison of two amounts in different currencies throw {@link
 * CurrencyMismatchException}; conversion goes through an {@link ExchangeRate}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the amount, at the currency's minor-unit scale
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  private static final int MAX_INTEGER_DIGITS = 19;

  /**
   * Validates and normalises the amount to the currency's minor-unit scale; see the class
   * description for what is refused.
   */
  public Money {
    Checks.present("amount", amount);
    Checks.present("currency", currency);
    int digits = Decimals.minorDigits(currency);
    amount = Decimals.exact("amount", amount, digits, MAX_INTEGER_DIGITS, currency);
    if (amount.unscaledValue().bitLength() > 63) {
      throw new InvalidInputException("amount", Decimals.shown(amount, currency), "is too large");
    }
  }

  /** Returns {@code amount} of {@code currency}; refuses more decimals than the currency has. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns the money written as decimal text and an ISO 4217 code, such as {@code
   * Money.of("12.30", "USD")}. Bad text is refused on field {@code amount} or {@code currency}.
   */
  public static Money of(String amount, String currencyCode) {
    Currency currency = Decimals.currency("currency", currencyCode);
    return new Money(Decimals.parse("amount", amount), currency);
  }

  /** Returns zero of {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Returns the money worth {@code minorUnits} of the currency's minor unit (cents for USD). */
  public static Money ofMinor(long minorUnits, Currency currency) {
    Checks.present("currency", currency);
    return new Money(BigDecimal.valueOf(minorUnits, Decimals.minorDigits(currency)), currency);
  }

  /**
   * Returns {@code amount} rounded to the currency's minor-unit scale with {@code mode}: the one
   * way to make money from a computed value with more decimals. {@link RoundingMode#UNNECESSARY}
   * refuses an inexact amount like {@link #of(BigDecimal, Currency)} does.
   */
  public static Money rounded(BigDecimal amount, Currency currency, RoundingMode mode) {
    Checks.present("amount", amount);
    Checks.present("currency", currency);
    requireNonNull(mode, "mode == null");
    int digits = Decimals.minorDigits(currency);
    return new Money(
        Decimals.round("amount", amount, digits, MAX_INTEGER_DIGITS, mode, currency), currency);
  }

  /**
   * Returns this plus {@code other}; throws {@link CurrencyMismatchException} across currencies.
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Returns this minus {@code other}; throws {@link CurrencyMismatchException} across currencies.
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Returns this times {@code factor}, such as a unit price times a quantity; always exact. */
  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Returns this times {@code factor} (a tax rate, a discount), rounded to the minor unit with
   * {@code mode}.
   */
  public Money times(BigDecimal factor, RoundingMode mode) {
    requireNonNull(factor, "factor == null");
    return rounded(amount.multiply(factor), currency, mode);
  }

  /** Returns this amount with the opposite sign. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** Returns this amount without its sign. */
  public Money abs() {
    return signum() < 0 ? negate() : this;
  }

  /** Returns -1, 0 or 1 as this amount is negative, zero or positive. */
  public int signum() {
    return amount.signum();
  }

  /** Whether this amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether this amount is greater than zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** Whether this amount is less than zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Returns this amount in the currency's minor unit, such as {@code 1230} for 12.30 USD. */
  public long minorUnits() {
    return amount.unscaledValue().longValueExact();
  }

  /**
   * Orders amounts of the same currency by value; throws {@link CurrencyMismatchException} for
   * amounts of different currencies. Consistent with {@link #equals}.
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /** Whether this is more than {@code other}, which must be in the same currency. */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** Whether this is less than {@code other}, which must be in the same currency. */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Splits this amount into parts proportional to {@code ratios}, for example a shipping fee over
   * order lines. The parts add up to exactly this amount: the minor units that proportional shares
   * leave over go one each to the parts with the largest remainders, the lower index first on a
   * tie. A negative amount splits like its absolute value, with every part negated. Ratios must not
   * be empty, negative or all zero (field {@code ratios}); a part with ratio zero is zero.
   *
   * @return one part per ratio, in the same order; an unmodifiable list
   */
  public List<Money> allocate(long... ratios) {
    requireNonNull(ratios, "ratios == null");
    List<BigDecimal> weights = new ArrayList<>(ratios.length);
    for (long ratio : ratios) {
      weights.add(BigDecimal.valueOf(ratio));
    }
    return allocateByWeights(weights, Arrays.toString(ratios));
  }

  /**
   * Splits this amount into parts proportional to decimal {@code weights}, such as the lines'
   * values; otherwise the same as {@link #allocate(long...)}, with errors on field {@code ratios}.
   *
   * @return one part per weight, in the same order; an unmodifiable list
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    requireNonNull(weights, "weights == null");
    Checks.notEmpty("ratios", weights);
    return allocateByWeights(List.copyOf(weights), weights.toString());
  }

  private List<Money> allocateByWeights(List<BigDecimal> weights, String shown) {
    if (weights.isEmpty()) {
      throw new InvalidInputException("ratios", "[]", "must not be empty");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal weight : weights) {
      if (weight.signum() < 0) {
        throw new InvalidInputException("ratios", shown, "must not be negative");
      }
      total = total.add(weight);
    }
    if (total.signum() == 0) {
      throw new InvalidInputException("ratios", shown, "must not all be zero");
    }
    long units = minorUnits();
    BigDecimal magnitude = BigDecimal.valueOf(Math.abs(units));
    int n = weights.size();
    long[] parts = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long allocated = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal[] quotientAndRemainder =
          magnitude.multiply(weights.get(i)).divideAndRemainder(total);
      parts[i] = quotientAndRemainder[0].longValueExact();
      remainders[i] = quotientAndRemainder[1];
      allocated += parts[i];
    }
    long leftOver = Math.abs(units) - allocated;
    Integer[] byRemainder = new Integer[n];
    for (int i = 0; i < n; i++) {
      byRemainder[i] = i;
    }
    Arrays.sort(
        byRemainder,
        Comparator.<Integer, BigDecimal>comparing(i -> remainders[i])
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < leftOver; k++) {
      parts[byRemainder[k]]++;
    }
    List<Money> result = new ArrayList<>(n);
    for (long part : parts) {
      result.add(ofMinor(units < 0 ? -part : part, currency));
    }
    return List.copyOf(result);
  }

  private void requireSameCurrency(Money other) {
    requireNonNull(other, "other == null");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /** Returns the amount and currency code, such as {@code 12.30 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
