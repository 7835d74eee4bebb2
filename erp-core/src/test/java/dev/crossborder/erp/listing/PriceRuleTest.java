package dev.crossborder.erp.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.FixedExchangeRates;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceRuleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private static final FixedExchangeRates RATES =
      FixedExchangeRates.builder().rate("CNY", "USD", "0.1389").rate("CNY", "JPY", "21.05").build();
  private static final Shop US = shop("us", "USD");
  private static final Shop JP = shop("jp", "JPY");

  private static Shop shop(String id, String currency) {
    return Shop.of(ShopId.of(id), PlatformId.AMAZON, "US", id, Currency.getInstance(currency), ZoneOffset.UTC);
  }

  private static Sku sku(String cost, String currency) {
    return Sku.builder().code("MUG-1").productId(ProductId.of("MUG")).name("Mug")
        .unitCost(UnitAmount.of(cost, currency)).build();
  }

  @Test
  void convertsMarksUpAddsTheFeeAndGrossesUpForCommissionWithEveryStepShown() {
    // 50 CNY × 0.1389 = 6.945 USD; +40% = 9.723; +2.50 USD = 12.223; ÷ (1 − 15%) = 14.38 (14.3800000…)
    PriceRule rule = PriceRule.fromCost().markup("40").fixedFee(Money.of("2.50", "USD")).commission("15");
    PriceQuote quote = rule.quote(sku("50", "CNY"), US, DAY, RATES);

    assertThat(quote.price()).isEqualTo(Money.of("14.38", "USD"));
    assertThat(quote.rate()).isNotNull();
    assertThat(quote.rate().rate()).isEqualByComparingTo("0.1389");
    assertThat(quote.steps()).extracting(PriceQuote.Step::term)
        .containsExactly("base", "convert", "markup", "fixedFee", "commission", "rounding");
    assertThat(quote.steps()).extracting(s -> s.after().amount().toPlainString())
        .containsExactly("50.000000", "6.945000", "9.723000", "12.223000", "14.380000", "14.380000");
  }

  @Test
  void noMinorUnitIsLostBetweenTheStepsOnlyTheRoundingStepRounds() {
    // 1 CNY × 0.1389 = 0.1389; ×3 (+200%) = 0.4167; ÷ 0.97 = 0.42958762…; NONE rounds once: 0.43
    PriceQuote quote = PriceRule.fromCost().markup("200").commission("3").quote(sku("1", "CNY"), US, DAY, RATES);
    assertThat(quote.price()).isEqualTo(Money.of("0.43", "USD"));
    // Rounding each step to cents would have given 0.14 × 3 = 0.42, ÷ 0.97 = 0.4330 → 0.43 here but
    // drift elsewhere; the intermediate keeps 4 decimals exactly.
    assertThat(quote.steps().get(2).after().amount()).isEqualByComparingTo("0.4167");
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "NONE, 12.344, 12.34",
    "NONE, 12.345, 12.35",
    "WHOLE, 12.01, 13.00",
    "WHOLE, 12.00, 12.00",
    "NINETY_NINE, 12.30, 12.99",
    "NINETY_NINE, 12.99, 12.99",
    "NINETY_NINE, 13.00, 13.99",
    "NINETY_NINE, 12.995, 13.99",
    "NINETY_NINE, 0.50, 0.99"
  })
  void roundingStylesInUsd(Rounding style, String cost, String expected) {
    PriceQuote quote = PriceRule.fromCost().rounding(style).quote(sku(cost, "USD"), US, DAY, RATES);
    assertThat(quote.price()).isEqualTo(Money.of(expected, "USD"));
    assertThat(quote.rate()).isNull();
  }

  @ParameterizedTest(name = "JPY {0} {1} → {2}")
  @CsvSource({
    "NONE, 1234.5, 1235",
    "WHOLE, 1234.1, 1235",
    "NINETY_NINE, 1234, 1299",
    "NINETY_NINE, 1299, 1299",
    "NINETY_NINE, 1300, 1399"
  })
  void roundingStylesInACurrencyWithoutMinorUnits(Rounding style, String base, String expected) {
    PriceQuote quote = PriceRule.fromCost().rounding(style).quote(sku(base, "JPY"), JP, DAY, RATES);
    assertThat(quote.price()).isEqualTo(Money.of(expected, "JPY"));
  }

  @Test
  void floorRaisesAndCeilingLowersWithTheStepRecorded() {
    PriceRule rule = PriceRule.fromCost().floor(Money.of("9.99", "USD")).ceiling(Money.of("20.00", "USD"));
    PriceQuote low = rule.quote(sku("5", "USD"), US, DAY, RATES);
    PriceQuote high = rule.quote(sku("25", "USD"), US, DAY, RATES);
    PriceQuote within = rule.quote(sku("12.50", "USD"), US, DAY, RATES);

    assertThat(low.price()).isEqualTo(Money.of("9.99", "USD"));
    assertThat(low.steps().get(low.steps().size() - 1).term()).isEqualTo("floor");
    assertThat(high.price()).isEqualTo(Money.of("20.00", "USD"));
    assertThat(high.steps().get(high.steps().size() - 1).term()).isEqualTo("ceiling");
    assertThat(within.price()).isEqualTo(Money.of("12.50", "USD"));
  }

  @Test
  void anExplicitPriceOutsideTheFloorOrCeilingIsRefusedNamingThePrice() {
    PriceRule rule = PriceRule.fromCost().floor(Money.of("9.99", "USD")).ceiling(Money.of("20.00", "USD"));
    assertThatThrownBy(() -> rule.check(Money.of("9.98", "USD")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("price");
          assertThat(e.getMessage()).contains("9.98").contains("below the floor");
        });
    assertThatThrownBy(() -> rule.check(Money.of("20.01", "USD")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
    assertThatThrownBy(() -> rule.check(Money.of("12.00", "EUR"))).isInstanceOf(CurrencyMismatchException.class);
    assertThat(rule.check(Money.of("9.99", "USD")).steps()).extracting(PriceQuote.Step::term).containsExactly("override");
  }

  @Test
  void badRulesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> PriceRule.fromCost().commission("100"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("commissionPercent"));
    assertThatThrownBy(() -> PriceRule.fromCost().markup("-100"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("markupPercent"));
    assertThatThrownBy(() -> PriceRule.fromCost().floor(Money.of("20", "USD")).ceiling(Money.of("10", "USD")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ceiling"));
    assertThatThrownBy(() -> PriceRule.fromCost().floor(Money.of("0", "USD")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("floor"));
    assertThatThrownBy(() -> new PriceRule(PriceRule.Base.BASE_PRICE, null, BigDecimal.ZERO, null, BigDecimal.ZERO,
            Rounding.NONE, null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("basePrice"));
  }

  @Test
  void aMissingCostOrRateIsATypedError() {
    Sku noCost = Sku.builder().code("MUG-2").productId(ProductId.of("MUG")).name("Mug").build();
    assertThatThrownBy(() -> PriceRule.fromCost().quote(noCost, US, DAY, RATES))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("unitCost");
          assertThat(e.getMessage()).contains("MUG-2");
        });
    assertThatThrownBy(() -> PriceRule.fromCost().quote(sku("10", "EUR"), US, DAY, RATES))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("exchangeRate"));
  }

  @Test
  void aFeeInAThirdCurrencyIsRefused() {
    PriceRule rule = PriceRule.fromCost().fixedFee(Money.of("1", "EUR"));
    assertThatThrownBy(() -> rule.quote(sku("50", "CNY"), US, DAY, RATES)).isInstanceOf(CurrencyMismatchException.class);
    // a fee in the cost's currency is converted with the same recorded rate: 50 + 10 CNY = 60 × 0.1389 = 8.334 → 8.33
    assertThat(PriceRule.fromCost().fixedFee(Money.of("10", "CNY")).quote(sku("50", "CNY"), US, DAY, RATES).price())
        .isEqualTo(Money.of("8.33", "USD"));
  }
}
