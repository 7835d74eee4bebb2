package dev.crossborder.erp.money;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The price of one unit of the {@code base} currency in the {@code quote} currency on a business
 * date, as published by {@code source}: {@code USD/CNY 7.1234} means 1 USD = 7.1234 CNY.
 *
 * <p>A conversion keeps the rate it used, so that a converted amount can always be explained. The
 * rate is positive, has at most {@value #MAX_DECIMALS} decimals and is at most 10<sup>12</sup>
 * (field {@code rate}); it is kept as given apart from trailing zeros, which are dropped so that
 * {@link #equals} ignores them ({@code 7.10} is held as {@code 7.1}). The rate of a currency to
 * itself must be 1. The source is 1 to 200 characters, such as {@code ecb} or {@code fixed}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param base the currency converted from
 * @param quote the currency converted to
 * @param rate how many units of {@code quote} one unit of {@code base} is worth
 * @param date the business date the rate applies to
 * @param source who published the rate, for audit
 */
public record ExchangeRate(
    Currency base, Currency quote, BigDecimal rate, LocalDate date, String source) {
  /** The most decimals a rate may have. */
  public static final int MAX_DECIMALS = 12;

  private static final BigDecimal MAX_RATE = BigDecimal.TEN.pow(12);

  /** Validates the rate and drops its trailing zeros; see the class description. */
  public ExchangeRate {
    Checks.present("base", base);
    Checks.present("quote", quote);
    Checks.present("rate", rate);
    Checks.present("date", date);
    source = Checks.text("source", source, 200);
    if (rate.signum() <= 0) {
      throw new InvalidInputException("rate", rate, "must be positive");
    }
    if (rate.compareTo(MAX_RATE) > 0) {
      throw new InvalidInputException("rate", rate, "must be at most 10^12");
    }
    BigDecimal stripped = rate.stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMALS) {
      throw new InvalidInputException("rate", rate, "has more than " + MAX_DECIMALS + " decimals");
    }
    rate = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    if (base.equals(quote) && rate.compareTo(BigDecimal.ONE) != 0) {
      throw new InvalidInputException(
          "rate", base.getCurrencyCode() + "/" + quote.getCurrencyCode() + " " + rate, "must be 1");
    }
  }

  /**
   * Returns the rate written as ISO 4217 codes and decimal text, such as {@code
   * ExchangeRate.of("USD", "CNY", "7.1234", date, "ecb")}. Bad text is refused on field {@code
   * base}, {@code quote} or {@code rate}.
   */
  public static ExchangeRate of(
      String base, String quote, String rate, LocalDate date, String source) {
    Currency baseCurrency = Decimals.currency("base", base);
    Currency quoteCurrency = Decimals.currency("quote", quote);
    return new ExchangeRate(
        baseCurrency, quoteCurrency, Decimals.parse("rate", rate), date, source);
  }

  /**
   * Returns the rate 1 of {@code currency} to itself on {@code date}, with source {@code identity}.
   */
  public static ExchangeRate identity(Currency currency, LocalDate date) {
    return new ExchangeRate(currency, currency, BigDecimal.ONE, date, "identity");
  }

  /**
   * Converts {@code money} from the base to the quote currency, rounding to the quote currency's
   * minor unit with {@code mode}. Money of any other currency than the base throws {@link
   * CurrencyMismatchException}.
   */
  public Money convert(Money money, RoundingMode mode) {
    requireNonNull(money, "money == null");
    requireNonNull(mode, "mode == null");
    requireBase(money.currency());
    return Money.rounded(money.amount().multiply(rate), quote, mode);
  }

  /**
   * Converts {@code amount} from the base to the quote currency, rounding to six decimals with
   * {@code mode}. An amount of any other currency than the base throws {@link
   * CurrencyMismatchException}.
   */
  public UnitAmount convert(UnitAmount amount, RoundingMode mode) {
    requireNonNull(amount, "amount == null");
    requireNonNull(mode, "mode == null");
    requireBase(amount.currency());
    return UnitAmount.rounded(amount.amount().multiply(rate), quote, mode);
  }

  /**
   * Returns the rate from quote to base: {@code 1 / rate} rounded half-even to {@value
   * #MAX_DECIMALS} decimals, on the same date, with {@code " (inverse)"} appended to the source.
   * Because the inverse is rounded, converting there and back may differ by a rounding step.
   */
  public ExchangeRate inverse() {
    BigDecimal inverse = BigDecimal.ONE.divide(rate, MAX_DECIMALS, RoundingMode.HALF_EVEN);
    return new ExchangeRate(quote, base, inverse, date, source + " (inverse)");
  }

  private void requireBase(Currency currency) {
    if (!base.equals(currency)) {
      throw new CurrencyMismatchException(base, currency);
    }
  }

  /** Returns a short description, such as {@code USD/CNY 7.1234 on 2026-01-01 (ecb)}. */
  @Override
  public String toString() {
    return base.getCurrencyCode()
        + "/"
        + quote.getCurrencyCode()
        + " "
        + rate.toPlainString()
        + " on "
        + date
        + " ("
        + source
        + ")";
  }
}
