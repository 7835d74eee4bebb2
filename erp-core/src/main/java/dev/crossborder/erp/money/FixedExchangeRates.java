package dev.crossborder.erp.money;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An {@link ExchangeRateProvider} over a fixed table of rates that hold on every date, for tests,
 * simulations and hosts that convert at agreed budget rates.
 *
 * <p>Built with {@code FixedExchangeRates.builder().rate("USD", "CNY", "7.1234").build()}. Every
 * rate it returns carries the asked-for date and the source {@code fixed}. A pair that was not set
 * but whose reverse was is answered with the reverse rate's {@link ExchangeRate#inverse()} (source
 * {@code fixed (inverse)}); a pair set explicitly always wins over an inverse. The rate of a
 * currency to itself is the identity rate.
 *
 * <p>Immutable and thread-safe; lookups never block.
 */
public final class FixedExchangeRates implements ExchangeRateProvider {
  private static final String SOURCE = "fixed";
  private static final FixedExchangeRates EMPTY = new FixedExchangeRates(Map.of());

  /** Rates by pair; the date of each template is a placeholder replaced on lookup. */
  private final Map<Pair, ExchangeRate> rates;

  private FixedExchangeRates(Map<Pair, ExchangeRate> rates) {
    this.rates = Map.copyOf(rates);
  }

  /** Returns a provider without rates: it only knows each currency's rate to itself. */
  public static FixedExchangeRates empty() {
    return EMPTY;
  }

  /** Returns a new builder; see the class description. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the fixed rate from {@code base} to {@code quote}, dated {@code date}. */
  @Override
  public Optional<ExchangeRate> rate(Currency base, Currency quote, LocalDate date) {
    requireNonNull(base, "base == null");
    requireNonNull(quote, "quote == null");
    requireNonNull(date, "date == null");
    if (base.equals(quote)) {
      return Optional.of(ExchangeRate.identity(base, date));
    }
    ExchangeRate template = rates.get(new Pair(base, quote));
    return template == null
        ? Optional.empty()
        : Optional.of(new ExchangeRate(base, quote, template.rate(), date, template.source()));
  }

  /** Lists the pairs and rates served, inverses included, for diagnostics. */
  @Override
  public String toString() {
    return rates.values().stream()
        .map(r -> r.base().getCurrencyCode() + "/" + r.quote().getCurrencyCode() + " " + r.rate())
        .sorted()
        .collect(Collectors.joining(", ", "FixedExchangeRates[", "]"));
  }

  /**
   * Collects the rates of a {@link FixedExchangeRates}. Not thread-safe; {@link #build()} may be
   * called more than once and each provider is independent of later changes to the builder.
   */
  public static final class Builder {
    private final Map<Pair, ExchangeRate> explicit = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the rate from {@code base} to {@code quote}, written as ISO 4217 codes and decimal text,
     * such as {@code rate("USD", "CNY", "7.1234")}.
     *
     * @throws dev.crossborder.erp.kernel.InvalidInputException for a bad code or rate
     * @throws ConfigurationException when the pair was already set
     */
    public Builder rate(String base, String quote, String rate) {
      return add(ExchangeRate.of(base, quote, rate, LocalDate.EPOCH, SOURCE));
    }

    /**
     * Sets the rate from {@code base} to {@code quote}.
     *
     * @throws dev.crossborder.erp.kernel.InvalidInputException for a bad rate
     * @throws ConfigurationException when the pair was already set
     */
    public Builder rate(Currency base, Currency quote, BigDecimal rate) {
      requireNonNull(base, "base == null");
      requireNonNull(quote, "quote == null");
      requireNonNull(rate, "rate == null");
      return add(new ExchangeRate(base, quote, rate, LocalDate.EPOCH, SOURCE));
    }

    private Builder add(ExchangeRate rate) {
      Pair pair = new Pair(rate.base(), rate.quote());
      if (explicit.containsKey(pair)) {
        throw new ConfigurationException("exchange rate " + pair + " set twice");
      }
      explicit.put(pair, rate);
      return this;
    }

    /** Returns a provider serving the rates set so far and the inverses of the missing pairs. */
    public FixedExchangeRates build() {
      Map<Pair, ExchangeRate> all = new LinkedHashMap<>(explicit);
      for (ExchangeRate rate : explicit.values()) {
        all.putIfAbsent(new Pair(rate.quote(), rate.base()), rate.inverse());
      }
      return new FixedExchangeRates(all);
    }
  }

  private record Pair(Currency base, Currency quote) {
    @Override
    public String toString() {
      return base.getCurrencyCode() + "/" + quote.getCurrencyCode();
    }
  }
}
