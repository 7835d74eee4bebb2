package dev.crossborder.erp.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeRateTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency CNY = Currency.getInstance("CNY");
  static final Currency JPY = Currency.getInstance("JPY");
  static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  final ExchangeRate usdCny = ExchangeRate.of("USD", "CNY", "7.1234", DAY, "ecb");

  @Test
  void convertsMoneyIntoTheQuoteCurrency() {
    // 12.30 * 7.1234 = 87.61782
    assertThat(usdCny.convert(Money.of("12.30", "USD"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("87.62", "CNY"));
    assertThat(usdCny.convert(Money.of("12.30", "USD"), RoundingMode.DOWN))
        .isEqualTo(Money.of("87.61", "CNY"));
    assertThat(usdCny.convert(Money.of("-12.30", "USD"), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("-87.62", "CNY"));
  }

  @Test
  void convertsIntoACurrencyWithoutDecimals() {
    ExchangeRate usdJpy = new ExchangeRate(USD, JPY, new BigDecimal("151.2345"), DAY, "ecb");

    // 10.00 * 151.2345 = 1512.345
    assertThat(usdJpy.convert(Money.of("10", "USD"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("1512", "JPY"));
  }

  @Test
  void convertsUnitAmountsAtSixDecimals() {
    // 0.0375 * 7.1234 = 0.2671275
    assertThat(usdCny.convert(UnitAmount.of("0.0375", "USD"), RoundingMode.HALF_EVEN))
        .isEqualTo(UnitAmount.of("0.267128", "CNY"));
    assertThat(usdCny.convert(UnitAmount.of("0.0375", "USD"), RoundingMode.HALF_DOWN))
        .isEqualTo(UnitAmount.of("0.267127", "CNY"));
  }

  @Test
  void refusesToConvertAnotherCurrencyThanTheBase() {
    assertThatThrownBy(() -> usdCny.convert(Money.of("1", "CNY"), RoundingMode.HALF_EVEN))
        .isInstanceOfSatisfying(
            CurrencyMismatchException.class,
            e -> {
              assertThat(e.expected()).isEqualTo(USD);
              assertThat(e.actual()).isEqualTo(CNY);
            })
        .hasMessage("currency mismatch: USD vs CNY");
    assertThatThrownBy(() -> usdCny.convert(UnitAmount.of("1", "JPY"), RoundingMode.HALF_EVEN))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void inverseIsOneOverTheRateAtTwelveDecimalsHalfEven() {
    ExchangeRate inverse = usdCny.inverse();

    assertThat(inverse.base()).isEqualTo(CNY);
    assertThat(inverse.quote()).isEqualTo(USD);
    assertThat(inverse.rate())
        .isEqualTo(BigDecimal.ONE.divide(new BigDecimal("7.1234"), 12, RoundingMode.HALF_EVEN));
    assertThat(inverse.rate().toPlainString()).isEqualTo("0.140382401662");
    assertThat(inverse.date()).isEqualTo(DAY);
    assertThat(inverse.source()).isEqualTo("ecb (inverse)");
    assertThat(new ExchangeRate(USD, CNY, new BigDecimal("8"), DAY, "x").inverse().rate())
        .isEqualTo(new BigDecimal("0.125"));
  }

  @Test
  void inverseOfTheExtremeRatesIsStillARate() {
    ExchangeRate smallest = new ExchangeRate(USD, CNY, new BigDecimal("1E-12"), DAY, "x");
    ExchangeRate largest = new ExchangeRate(USD, CNY, new BigDecimal("1E+12"), DAY, "x");

    assertThat(smallest.inverse().rate()).isEqualByComparingTo("1000000000000");
    assertThat(largest.inverse().rate()).isEqualByComparingTo("0.000000000001");
  }

  @Test
  void keepsTheGivenRateButIgnoresTrailingZeros() {
    ExchangeRate padded = ExchangeRate.of("USD", "CNY", "7.123400000000000000", DAY, "ecb");

    assertThat(padded).isEqualTo(usdCny);
    assertThat(padded.rate().toPlainString()).isEqualTo("7.1234");
    assertThat(ExchangeRate.of("USD", "JPY", "150.00", DAY, "ecb").rate().toPlainString())
        .isEqualTo("150");
    assertThat(ExchangeRate.of("USD", "JPY", "1.5E+2", DAY, "ecb").rate().toPlainString())
        .isEqualTo("150");
    assertThat(ExchangeRate.of("USD", "CNY", "0.123456789012", DAY, "ecb").rate().scale())
        .isEqualTo(12);
  }

  @Test
  void refusesRateWithMoreThanTwelveDecimals() {
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "0.1234567890123", DAY, "ecb"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rate"))
        .hasMessage("rate has more than 12 decimals: 0.1234567890123");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-0.0001", "0.000"})
  void refusesNonPositiveRate(String rate) {
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", rate, DAY, "ecb"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rate"))
        .hasMessageStartingWith("rate must be positive");
  }

  @Test
  void refusesRateAboveTenToTheTwelve() {
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "1000000000000.5", DAY, "ecb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("rate must be at most 10^12");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "1E+999999999", DAY, "ecb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rate must be at most 10^12: 1E+999999999");
  }

  @Test
  void refusesBadCodesAndRateTextNamingTheField() {
    assertThatThrownBy(() -> ExchangeRate.of("usd", "CNY", "7", DAY, "ecb"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("base"));
    assertThatThrownBy(() -> ExchangeRate.of("USD", "RMB", "7", DAY, "ecb"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quote"));
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "7,12", DAY, "ecb"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rate"));
  }

  @Test
  void refusesMissingDateAndBlankSource() {
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "7", null, "ecb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("date is required: null");
    assertThatThrownBy(() -> ExchangeRate.of("USD", "CNY", "7", DAY, "  "))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("source"));
    assertThat(ExchangeRate.of("USD", "CNY", "7", DAY, " ecb ").source()).isEqualTo("ecb");
  }

  @Test
  void refusesRateOtherThanOneFromACurrencyToItself() {
    assertThatThrownBy(() -> ExchangeRate.of("USD", "USD", "1.01", DAY, "ecb"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rate must be 1: USD/USD 1.01");
    assertThat(ExchangeRate.of("USD", "USD", "1.000", DAY, "ecb").rate()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void identityRateLeavesMoneyAsItIs() {
    ExchangeRate identity = ExchangeRate.identity(USD, DAY);
    Money money = Money.of("12.30", "USD");

    assertThat(identity.rate()).isEqualTo(BigDecimal.ONE);
    assertThat(identity.source()).isEqualTo("identity");
    assertThat(identity.convert(money, RoundingMode.UNNECESSARY)).isEqualTo(money);
    assertThat(identity.inverse().rate()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void describesItselfWithPairRateDateAndSource() {
    assertThat(usdCny).hasToString("USD/CNY 7.1234 on 2026-01-01 (ecb)");
  }
}
