package dev.crossborder.erp.money;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.NotFoundException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Where the SDK gets exchange rates from: an SPI that hosts implement over their rate feed, their
 * finance system or a table of agreed rates. {@link FixedExchangeRates} is the built-in
 * implementation.
 *
 * <p>Implementations must be thread-safe, because services ask for rates from many threads at once,
 * and must not block for long: answer from memory or a cache and refresh in the background, since a
 * lookup may sit inside a store transaction. A returned rate must have the asked-for {@code base}
 * and {@code quote}; its date may be earlier than the one asked for when the provider serves the
 * latest rate on or before a date.
 */
public interface ExchangeRateProvider {

  /**
   * Returns the rate from {@code base} to {@code quote} that applies on {@code date}, or empty when
   * the provider has none. Must not throw for an unknown pair.
   */
  Optional<ExchangeRate> rate(Currency base, Currency quote, LocalDate date);

  /**
   * Returns the rate from {@code base} to {@code quote} on {@code date}: the identity rate when
   * both are the same currency, otherwise {@link #rate}'s answer.
   *
   * @throws NotFoundException on field {@code exchangeRate} when the provider has no such rate,
   *     with a value such as {@code USD/CNY on 2026-01-01}
   * @throws IllegalStateException when the provider answers with a rate of another pair
   */
  default ExchangeRate require(Currency base, Currency quote, LocalDate date) {
    requireNonNull(base, "base == null");
    requireNonNull(quote, "quote == null");
    requireNonNull(date, "date == null");
    if (base.equals(quote)) {
      return ExchangeRate.identity(base, date);
    }
    String pair = base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    ExchangeRate rate =
        rate(base, quote, date)
            .orElseThrow(() -> new NotFoundException("exchangeRate", pair + " on " + date));
    if (!rate.base().equals(base) || !rate.quote().equals(quote)) {
      throw new IllegalStateException(
          getClass().getName() + " answered " + rate + " when asked for " + pair);
    }
    return rate;
  }
}
