package dev.crossborder.erp.order.rules;

import static dev.crossborder.erp.order.rules.Comparison.ABOVE;
import static dev.crossborder.erp.order.rules.Comparison.AT_LEAST;
import static dev.crossborder.erp.order.rules.Comparison.AT_MOST;
import static dev.crossborder.erp.order.rules.Comparison.BELOW;
import static dev.crossborder.erp.order.rules.Conditions.allOf;
import static dev.crossborder.erp.order.rules.Conditions.allSkus;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.anyOf;
import static dev.crossborder.erp.order.rules.Conditions.anySku;
import static dev.crossborder.erp.order.rules.Conditions.buyer;
import static dev.crossborder.erp.order.rules.Conditions.country;
import static dev.crossborder.erp.order.rules.Conditions.margin;
import static dev.crossborder.erp.order.rules.Conditions.not;
import static dev.crossborder.erp.order.rules.Conditions.orderValue;
import static dev.crossborder.erp.order.rules.Conditions.orderValueAbove;
import static dev.crossborder.erp.order.rules.Conditions.platform;
import static dev.crossborder.erp.order.rules.Conditions.postcodeBetween;
import static dev.crossborder.erp.order.rules.Conditions.postcodeStartsWith;
import static dev.crossborder.erp.order.rules.Conditions.shippingLevel;
import static dev.crossborder.erp.order.rules.Conditions.shop;
import static dev.crossborder.erp.order.rules.Conditions.units;
import static dev.crossborder.erp.order.rules.Conditions.weight;
import static dev.crossborder.erp.order.rules.Fixtures.line;
import static dev.crossborder.erp.order.rules.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each condition kind on an order that satisfies it and one that does not, with what it reads. */
class ConditionsTest {
  private final RuleContext context = Fixtures.context().build();

  /** 2 × SKU-A at 60.00 + 1 × SKU-B at 100.00 = 220.00 USD, 1800 g, 3 units, to US 10001. */
  private final OrderInput usOrder = OrderInput.builder(
          order("o1", "US", line("1", "SKU-A", 2, "60.00"), line("2", "SKU-B", 1, "100.00")), PlatformId.AMAZON)
      .postcode("10001-2345")
      .buyerKey("b0b0")
      .shippingLevel("Expedited")
      .margin(Money.of("30.00", "USD"))
      .build();

  /** 1 × SKU-C at 9.99 to DE, on eBay, nothing else known. */
  private final OrderInput deOrder = OrderInput.of(order("o2", "DE", line("1", "SKU-C", 1, "9.99")), PlatformId.EBAY);

  private boolean holds(Condition c, OrderInput in) {
    return c.test(new OrderFacts(in, context));
  }

  private Map<String, String> inputs(Condition c, OrderInput in) {
    Map<String, String> read = new HashMap<>();
    c.readInputs(new OrderFacts(in, context), read);
    return read;
  }

  private void golden(Condition c, String input, String usValue, String deValue) {
    assertThat(holds(c, usOrder)).as("US order").isTrue();
    assertThat(holds(c, deOrder)).as("DE order").isFalse();
    assertThat(inputs(c, usOrder)).containsEntry(input, usValue);
    assertThat(inputs(c, deOrder)).containsEntry(input, deValue);
  }

  @Test
  void shopAndPlatformAndCountry() {
    assertThat(holds(shop(ShopId.of("amazon-us")), usOrder)).isTrue();
    assertThat(holds(shop(ShopId.of("other")), usOrder)).isFalse();
    assertThat(inputs(shop(ShopId.of("other")), usOrder)).containsEntry("shop", "amazon-us");
    golden(platform(PlatformId.AMAZON), "platform", "AMAZON", "EBAY");
    golden(country("us", "CA"), "country", "US", "DE");
  }

  @Test
  void postcodePrefixAndRangeAreFalseWhenUnknown() {
    golden(postcodeStartsWith("100"), "postcode", "10001-2345", "unknown");
    golden(postcodeBetween("10000", "14999"), "postcode", "10001-2345", "unknown");
    assertThat(holds(postcodeBetween("10002", "14999"), usOrder)).isFalse();
    assertThat(holds(postcodeStartsWith("9"), usOrder)).isFalse();
    assertThatThrownBy(() -> postcodeBetween("200", "10"))
        .isInstanceOf(RuleInputException.class)
        .hasMessageContaining("postcodeRange");
  }

  @Test
  void anyAndAllSkus() {
    golden(anySku("SKU-B", "SKU-X"), "skus", "[SKU-A, SKU-B]", "[SKU-C]");
    assertThat(holds(allSkus("SKU-A", "SKU-B", "SKU-X"), usOrder)).isTrue();
    assertThat(holds(allSkus("SKU-A"), usOrder)).isFalse();
    assertThat(holds(allSkus("SKU-C"), deOrder)).isTrue();
  }

  @Test
  void unitsValueWeightAndMarginCompare() {
    golden(units(AT_LEAST, 3), "units", "3", "1");
    assertThat(holds(units(ABOVE, 3), usOrder)).isFalse();
    golden(orderValueAbove(Money.of("219.99", "USD")), "orderValue", "220.00 USD", "9.99 USD");
    assertThat(holds(orderValue(ABOVE, Money.of("220.00", "USD")), usOrder)).isFalse();
    assertThat(holds(orderValue(AT_MOST, Money.of("220.00", "USD")), usOrder)).isTrue();
    golden(weight(ABOVE, Weight.ofGrams(1000)), "weight", "1800 g", "50 g");
    assertThat(holds(weight(BELOW, Weight.ofGrams(1800)), usOrder)).isFalse();
    golden(margin(AT_LEAST, Money.of("30", "USD")), "margin", "30.00 USD", "unknown");
  }

  @Test
  void buyerAndShippingLevel() {
    golden(buyer("b0b0"), "buyerKey", "b0b0", "unknown");
    golden(shippingLevel("expedited"), "shippingLevel", "Expedited", "unknown");
  }

  @Test
  void combinators() {
    Condition usAndBig = country("US").and(orderValueAbove(Money.of("200", "USD")));
    assertThat(holds(usAndBig, usOrder)).isTrue();
    assertThat(holds(usAndBig.negate(), usOrder)).isFalse();
    assertThat(holds(country("FR").or(anySku("SKU-C")), deOrder)).isTrue();
    assertThat(holds(anyOf(country("FR"), country("IT")), deOrder)).isFalse();
    assertThat(holds(allOf(always(), not(country("US"))), deOrder)).isTrue();
    assertThat(inputs(usAndBig, usOrder)).containsOnlyKeys("country", "orderValue");
  }

  @Test
  void aMoneyThresholdInAnotherCurrencyNamesTheField() {
    assertThatThrownBy(() -> holds(orderValueAbove(Money.of("200", "EUR")), usOrder))
        .isInstanceOfSatisfying(RuleInputException.class, e -> {
          assertThat(e.field()).isEqualTo("orderValue.currency");
          assertThat(e.value()).isEqualTo("rule EUR vs order USD");
        });
    assertThatThrownBy(() -> holds(margin(BELOW, Money.of("5", "EUR")), usOrder))
        .isInstanceOfSatisfying(RuleInputException.class, e -> assertThat(e.field()).isEqualTo("margin.currency"));
  }

  @Test
  void aSkuWithoutCatalogWeightNamesTheField() {
    OrderInput unknown = OrderInput.of(order("o3", "US", line("1", "SKU-Z", 1, "1.00")), PlatformId.AMAZON);
    assertThatThrownBy(() -> holds(weight(ABOVE, Weight.ofGrams(1)), unknown))
        .isInstanceOfSatisfying(RuleInputException.class, e -> {
          assertThat(e.field()).isEqualTo("skuWeights[SKU-Z]");
          assertThat(e.value()).isEqualTo("SKU-Z");
        });
  }
}
