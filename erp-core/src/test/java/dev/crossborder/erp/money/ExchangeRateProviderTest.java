package dev.crossborder.erp.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.NotFoundException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeRateProviderTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency EUR = Currency.getInstance("EUR");
  static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  @Test
  void requireAnswersTheIdentityWithoutAskingTheProvider() {
    ExchangeRateProvider provider =
        (base, quote, date) -> {
          throw new AssertionError("provider asked for " + base + "/" + quote);
        };

    assertThat(provider.require(USD, USD, DAY)).isEqualTo(ExchangeRate.identity(USD, DAY));
  }

  @Test
  void requireReturnsTheProvidersRate() {
    ExchangeRate rate = ExchangeRate.of("USD", "CNY", "7.1", DAY.minusDays(1), "feed");
    ExchangeRateProvider provider = (base, quote, date) -> Optional.of(rate);

    assertThat(provider.require(USD, CNY, DAY)).isSameAs(rate);
  }

  @Test
  void requireNamesThePairAndDateWhenTheProviderHasNoRate() {
    ExchangeRateProvider provider = (base, quote, date) -> Optional.empty();

    assertThatThrownBy(() -> provider.require(USD, CNY, DAY))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.field()).isEqualTo("exchangeRate");
              assertThat(e.value()).isEqualTo("USD/CNY on 2026-01-01");
            });
  }

  @Test
  void requireRefusesARateOfAnotherPair() {
    ExchangeRateProvider provider =
        (base, quote, date) -> Optional.of(ExchangeRate.of("USD", "EUR", "0.9", date, "feed"));

    assertThatThrownBy(() -> provider.require(USD, CNY, DAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("USD/EUR 0.9")
        .hasMessageContaining("when asked for USD/CNY");
    assertThat(provider.require(USD, EUR, DAY).quote()).isEqualTo(EUR);
  }
}
