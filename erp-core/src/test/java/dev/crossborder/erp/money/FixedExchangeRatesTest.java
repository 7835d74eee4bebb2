package dev.crossborder.erp.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FixedExchangeRatesTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  final FixedExchangeRates rates =
      FixedExchangeRates.builder().rate("USD", "CNY", "7.1234").build();

  @Test
  void servesTheConfiguredRateOnEveryDateAsFixed() {
    for (LocalDate date : List.of(DAY, LocalDate.of(1999, 12, 31), LocalDate.of(2100, 6, 30))) {
      ExchangeRate rate = rates.rate(USD, CNY, date).orElseThrow();

      assertThat(rate)
          .isEqualTo(new ExchangeRate(USD, CNY, new BigDecimal("7.1234"), date, "fixed"));
    }
  }

  @Test
  void servesTheInverseOfAPairSetOnlyTheOtherWay() {
    ExchangeRate rate = rates.rate(CNY, USD, DAY).orElseThrow();

    assertThat(rate).isEqualTo(rates.rate(USD, CNY, DAY).orElseThrow().inverse());
    assertThat(rate.source()).isEqualTo("fixed (inverse)");
    assertThat(rate.convert(Money.of("100", "CNY"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("14.04", "USD"));
  }

  @Test
  void prefersAnExplicitReversePairOverTheInverse() {
    FixedExchangeRates both =
        FixedExchangeRates.builder().rate("USD", "CNY", "7.10").rate("CNY", "USD", "0.14").build();

    assertThat(both.rate(CNY, USD, DAY).orElseThrow().rate()).isEqualTo(new BigDecimal("0.14"));
    assertThat(both.rate(CNY, USD, DAY).orElseThrow().source()).isEqualTo("fixed");
    assertThat(both.rate(USD, CNY, DAY).orElseThrow().rate()).isEqualTo(new BigDecimal("7.1"));
  }

  @Test
  void refusesTheSamePairTwice() {
    FixedExchangeRates.Builder builder = FixedExchangeRates.builder().rate("USD", "CNY", "7.1");

    assertThatThrownBy(() -> builder.rate(USD, CNY, new BigDecimal("7.2")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIGURATION))
        .hasMessage("exchange rate USD/CNY set twice");
  }

  @Test
  void refusesBadRatesWhileBuilding() {
    assertThatThrownBy(() -> FixedExchangeRates.builder().rate("USD", "CNY", "-7"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rate"));
    assertThatThrownBy(() -> FixedExchangeRates.builder().rate("USD", "YUAN", "7"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quote"));
  }

  @Test
  void answersNothingForAnUnknownPair() {
    assertThat(rates.rate(USD, EUR, DAY)).isEmpty();
    assertThat(rates.rate(EUR, CNY, DAY)).isEmpty();
  }

  @Test
  void answersTheIdentityForTheSameCurrency() {
    assertThat(rates.rate(EUR, EUR, DAY)).contains(ExchangeRate.identity(EUR, DAY));
    assertThat(FixedExchangeRates.empty().require(EUR, EUR, DAY))
        .isEqualTo(ExchangeRate.identity(EUR, DAY));
  }

  @Test
  void emptyProviderHasNoRates() {
    FixedExchangeRates empty = FixedExchangeRates.empty();

    assertThat(empty.rate(USD, CNY, DAY)).isEmpty();
    assertThatThrownBy(() -> empty.require(USD, CNY, DAY))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
              assertThat(e.field()).isEqualTo("exchangeRate");
              assertThat(e.value()).isEqualTo("USD/CNY on 2026-01-01");
            })
        .hasMessage("exchangeRate not found: USD/CNY on 2026-01-01");
  }

  @Test
  void builtProvidersDoNotSeeLaterChangesToTheBuilder() {
    FixedExchangeRates.Builder builder = FixedExchangeRates.builder().rate("USD", "CNY", "7.1");
    FixedExchangeRates first = builder.build();

    builder.rate("EUR", "USD", "1.08");

    assertThat(first.rate(EUR, USD, DAY)).isEmpty();
    assertThat(builder.build().rate(EUR, USD, DAY)).isPresent();
  }

  @Test
  void listsItsPairsForDiagnostics() {
    assertThat(rates).hasToString("FixedExchangeRates[CNY/USD 0.140382401662, USD/CNY 7.1234]");
    assertThat(FixedExchangeRates.empty()).hasToString("FixedExchangeRates[]");
  }

  @Test
  void answersTheSameRatesFromManyThreadsAtOnce() throws Exception {
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<ExchangeRate>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            executor.submit(
                () -> {
                  start.await();
                  List<ExchangeRate> seen = new ArrayList<>();
                  for (int i = 0; i < 1_000; i++) {
                    seen.add(rates.require(CNY, USD, DAY.plusDays(i % 7)));
                  }
                  return seen;
                }));
      }
      start.countDown();
      for (Future<List<ExchangeRate>> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS))
            .hasSize(1_000)
            .allSatisfy(r -> assertThat(r.rate()).isEqualTo(new BigDecimal("0.140382401662")));
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
