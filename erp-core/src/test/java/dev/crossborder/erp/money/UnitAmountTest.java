package dev.crossborder.erp.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class UnitAmountTest {
  static final Currency USD = Currency.getInstance("USD");
  static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void holdsAmountsAtSixDecimals() {
    UnitAmount cost = UnitAmount.of("0.0375", "USD");

    assertThat(cost.amount().toPlainString()).isEqualTo("0.037500");
    assertThat(cost).hasToString("0.037500 USD");
    assertThat(UnitAmount.of("12", "JPY")).hasToString("12.000000 JPY");
  }

  @Test
  void equalityIgnoresHowTheAmountWasWritten() {
    UnitAmount a = UnitAmount.of(new BigDecimal("0.0375"), USD);
    UnitAmount b = UnitAmount.of("0.03750000", "USD");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(UnitAmount.of("0.0375", "EUR"));
  }

  @Test
  void refusesMoreThanSixDecimals() {
    assertThatThrownBy(() -> UnitAmount.of("0.1234567", "USD"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("amount");
              assertThat(e.value()).isEqualTo("0.1234567 USD");
            })
        .hasMessage("amount has more than 6 decimals: 0.1234567 USD");
  }

  @Test
  void refusesBadTextAndPseudoCurrencies() {
    assertThatThrownBy(() -> UnitAmount.of("1.5.0", "USD"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(() -> UnitAmount.of("1.5", "DOLLAR"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currency"));
    assertThatThrownBy(() -> UnitAmount.of("1.5", "XAU"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currency"));
    assertThatThrownBy(() -> new UnitAmount(null, USD))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount is required: null");
  }

  @Test
  void refusesAmountsOfTenToTheThirtyOrMore() {
    assertThat(UnitAmount.of("9".repeat(30), "USD").amount().precision()).isEqualTo(36);
    assertThatThrownBy(() -> UnitAmount.of("1E+30", "USD"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("amount is too large: 1E+30 USD");
  }

  @Test
  void roundedRoundsToSixDecimalsWithTheGivenMode() {
    BigDecimal value = new BigDecimal("0.26712750");

    assertThat(UnitAmount.rounded(value, USD, RoundingMode.HALF_EVEN))
        .isEqualTo(UnitAmount.of("0.267128", "USD"));
    assertThat(UnitAmount.rounded(value, USD, RoundingMode.HALF_DOWN))
        .isEqualTo(UnitAmount.of("0.267127", "USD"));
    assertThatThrownBy(() -> UnitAmount.rounded(value, USD, RoundingMode.UNNECESSARY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("amount has more than 6 decimals");
  }

  @Test
  void addsAndSubtractsInOneCurrency() {
    UnitAmount a = UnitAmount.of("0.0375", "USD");
    UnitAmount b = UnitAmount.of("0.0025", "USD");

    assertThat(a.plus(b)).isEqualTo(UnitAmount.of("0.04", "USD"));
    assertThat(b.minus(a)).isEqualTo(UnitAmount.of("-0.035", "USD"));
  }

  @Test
  void refusesMixedCurrencies() {
    UnitAmount dollars = UnitAmount.of("1", "USD");
    UnitAmount yen = UnitAmount.of("1", "JPY");

    assertThatThrownBy(() -> dollars.plus(yen))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: USD vs JPY");
    assertThatThrownBy(() -> yen.minus(dollars))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: JPY vs USD");
  }

  @Test
  void multipliesByQuantityExactly() {
    UnitAmount cost = UnitAmount.of("0.037501", "USD");

    assertThat(cost.times(1000)).isEqualTo(UnitAmount.of("37.501", "USD"));
    assertThat(cost.times(-3)).isEqualTo(UnitAmount.of("-0.112503", "USD"));
  }

  @Test
  void multipliesByDecimalsWithTheGivenRoundingMode() {
    UnitAmount cost = UnitAmount.of("0.333333", "USD");

    assertThat(cost.times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
        .isEqualTo(UnitAmount.of("0.166666", "USD"));
    assertThat(cost.times(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isEqualTo(UnitAmount.of("0.166667", "USD"));
  }

  @Test
  void becomesMoneyOnlyThroughANamedRoundingMode() {
    UnitAmount total = UnitAmount.of("37.505", "USD");

    assertThat(total.toMoney(RoundingMode.HALF_UP)).isEqualTo(Money.of("37.51", "USD"));
    assertThat(total.toMoney(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("37.50", "USD"));
    assertThat(UnitAmount.of("151.5", "JPY").toMoney(RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("152", "JPY"));
    assertThatThrownBy(() -> total.toMoney(RoundingMode.UNNECESSARY))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void convertsFromMoneyExactly() {
    Money money = Money.of("12.30", "USD");

    UnitAmount amount = UnitAmount.from(money);

    assertThat(amount).isEqualTo(UnitAmount.of("12.3", "USD"));
    assertThat(amount.toMoney(RoundingMode.UNNECESSARY)).isEqualTo(money);
  }
}
