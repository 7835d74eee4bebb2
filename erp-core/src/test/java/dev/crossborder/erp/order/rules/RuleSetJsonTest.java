package dev.crossborder.erp.order.rules;

import static dev.crossborder.erp.order.rules.Actions.approve;
import static dev.crossborder.erp.order.rules.Actions.backorder;
import static dev.crossborder.erp.order.rules.Actions.blacklist;
import static dev.crossborder.erp.order.rules.Actions.cheapestWarehouse;
import static dev.crossborder.erp.order.rules.Actions.hold;
import static dev.crossborder.erp.order.rules.Actions.mergeWithin;
import static dev.crossborder.erp.order.rules.Actions.nearestWarehouse;
import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.shippingTable;
import static dev.crossborder.erp.order.rules.Actions.splitByWarehouse;
import static dev.crossborder.erp.order.rules.Actions.warehouseWithStock;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.allSkus;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.anySku;
import static dev.crossborder.erp.order.rules.Conditions.buyer;
import static dev.crossborder.erp.order.rules.Conditions.country;
import static dev.crossborder.erp.order.rules.Conditions.margin;
import static dev.crossborder.erp.order.rules.Conditions.not;
import static dev.crossborder.erp.order.rules.Conditions.orderValueAbove;
import static dev.crossborder.erp.order.rules.Conditions.platform;
import static dev.crossborder.erp.order.rules.Conditions.postcodeBetween;
import static dev.crossborder.erp.order.rules.Conditions.postcodeStartsWith;
import static dev.crossborder.erp.order.rules.Conditions.shippingLevel;
import static dev.crossborder.erp.order.rules.Conditions.shop;
import static dev.crossborder.erp.order.rules.Conditions.units;
import static dev.crossborder.erp.order.rules.Conditions.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule sets written as JSON read back equal; bad documents are refused naming the JSON path. */
class RuleSetJsonTest {
  /** Uses every condition and action kind once. */
  static RuleSet everyKind(int version) {
    return RuleSet.builder("default", version)
        .rule(Rule.id("vip").when(buyer("0a1b").or(shop(ShopId.of("amazon-us")))).then(approve()))
        .rule(Rule.id("fraud").when(buyer("dead")).then(blacklist("chargebacks")).andContinue())
        .rule(Rule.id("high-value")
            .when(country("US").and(orderValueAbove(Money.of("200", "USD"))).and(not(platform(PlatformId.EBAY))))
            .then(hold("high value")).version(4))
        .rule(Rule.id("low-margin").when(margin(Comparison.BELOW, Money.of("1.50", "USD"))).then(hold("margin")))
        .rule(Rule.id("ny").when(postcodeStartsWith("100", "101").and(postcodeBetween("10000", "14999")))
            .then(warehousesInOrder("WH-US", "WH-CN")).andContinue())
        .rule(Rule.id("bulky").when(weight(Comparison.AT_LEAST, Weight.ofKilograms("2.5"))).then(nearestWarehouse()))
        .rule(Rule.id("many").when(units(Comparison.ABOVE, 10)).then(cheapestWarehouse()))
        .rule(Rule.id("rest").when(always()).then(warehouseWithStock()))
        .rule(Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(6))))
        .rule(Rule.id("split").when(anySku("SKU-A")).then(splitByWarehouse()))
        .rule(Rule.id("wait").when(allSkus("SKU-B", "SKU-C")).then(backorder()))
        .rule(Rule.id("express").when(shippingLevel("Expedited")).then(shipWith("UPS-2DAY")))
        .rule(Rule.id("table").when(always()).then(shippingTable(ShippingTable.of(
            new ShippingRow("US", Weight.ofGrams(450), Money.of("100", "USD"), "USPS-GA"),
            ShippingRow.to("*", "EMS")))))
        .build();
  }

  @Test
  void writeThenReadGivesAnEqualRuleSet() {
    RuleSet original = everyKind(3);
    String json = RuleSetJson.write(original);
    RuleSet read = RuleSetJson.read(json);
    assertThat(read).isEqualTo(original);
    assertThat(RuleSetJson.write(read)).isEqualTo(json);
    assertThat(json).contains("\"kind\" : \"orderValue\"", "\"continue\" : true", "\"window\" : \"PT6H\"");
  }

  @Test
  void aHandWrittenDocumentReads() {
    RuleSet read = RuleSetJson.read("""
        {"id": "mine", "version": 2,
         "audit": [{"id": "hv", "when": {"kind": "orderValue", "op": "above", "amount": "200", "currency": "USD"},
                    "then": {"kind": "hold", "reason": "high value"}}],
         "shipping": [{"id": "all", "when": {"kind": "always"}, "then": {"kind": "shipWith", "method": "EMS"}}]}
        """);
    assertThat(read).isEqualTo(RuleSet.builder("mine", 2)
        .rule(Rule.id("hv").when(orderValueAbove(Money.of("200", "USD"))).then(hold("high value")))
        .rule(Rule.id("all").when(always()).then(shipWith("EMS")))
        .build());
  }

  private static void refused(String json, String path, String value) {
    assertThatThrownBy(() -> RuleSetJson.read(json))
        .isInstanceOfSatisfying(RuleJsonException.class, e -> {
          assertThat(e.field()).isEqualTo(path);
          assertThat(e.value()).isEqualTo(value);
        });
  }

  private static String audit(String when, String then) {
    return "{\"id\":\"r\",\"version\":1,\"audit\":[{\"id\":\"a\",\"when\":" + when + ",\"then\":" + then + "}]}";
  }

  private static final String HOLD = "{\"kind\":\"hold\",\"reason\":\"x\"}";

  @Test
  void anUnknownConditionKindIsNamedByItsPath() {
    refused(audit("{\"kind\":\"and\",\"of\":[{\"kind\":\"always\"},{\"kind\":\"moonPhase\"}]}", HOLD),
        "$.audit[0].when.of[1].kind", "moonPhase");
  }

  @Test
  void anUnknownActionKindIsNamedByItsPath() {
    refused(audit("{\"kind\":\"always\"}", "{\"kind\":\"teleport\"}"), "$.audit[0].then.kind", "teleport");
  }

  @Test
  void badValuesAreNamedByTheirPath() {
    refused(audit("{\"kind\":\"orderValue\",\"op\":\"above\",\"amount\":\"2x\",\"currency\":\"USD\"}", HOLD),
        "$.audit[0].when.amount", "\"2x\"");
    refused(audit("{\"kind\":\"orderValue\",\"op\":\"above\",\"amount\":\"2\",\"currency\":\"XYZ\"}", HOLD),
        "$.audit[0].when.currency", "\"XYZ\"");
    refused(audit("{\"kind\":\"units\",\"op\":\"sideways\",\"value\":1}", HOLD), "$.audit[0].when.op", "sideways");
    refused(audit("{\"kind\":\"units\",\"op\":\"above\",\"value\":\"one\"}", HOLD), "$.audit[0].when.value", "\"one\"");
    refused(audit("{\"kind\":\"weight\",\"op\":\"above\",\"grams\":\"-5\"}", HOLD), "$.audit[0].when.grams", "-5");
    refused(audit("{\"kind\":\"country\",\"in\":[]}", HOLD), "$.audit[0].when.in", "ARRAY");
    refused(audit("{\"kind\":\"country\",\"in\":[7]}", HOLD), "$.audit[0].when.in[0]", "NUMBER");
    refused(audit("{\"kind\":\"always\"}", "{\"kind\":\"hold\"}"), "$.audit[0].then.reason", "null");
    refused("{\"id\":\"r\",\"version\":1,\"splitMerge\":[{\"id\":\"m\",\"when\":{\"kind\":\"always\"},"
        + "\"then\":{\"kind\":\"merge\",\"window\":\"4 hours\"}}]}", "$.splitMerge[0].then.window", "4 hours");
  }

  @Test
  void anActionInTheWrongStageIsRefused() {
    refused(audit("{\"kind\":\"always\"}", "{\"kind\":\"nearest\"}"), "$.audit[0].then.kind", "nearest");
  }

  @Test
  void malformedOrMisshapenDocumentsAreRefusedAtTheRoot() {
    refused("{\"id\": ", "$", "line 1");
    refused("[]", "$", "ARRAY");
    refused("{\"id\":\"r\",\"version\":0}", "$.version", "0");
    refused("{\"id\":\"r\",\"version\":1,\"audit\":{}}", "$.audit", "OBJECT");
  }

  @Test
  void aDuplicateRuleIdIsNamed() {
    String rule = "{\"id\":\"a\",\"when\":{\"kind\":\"always\"},\"then\":" + HOLD + "}";
    refused("{\"id\":\"r\",\"version\":1,\"audit\":[" + rule + "," + rule + "]}", "$.audit[1].id", "a");
  }

  @Test
  void aHostsOwnConditionCannotBeWritten() {
    Condition custom = new Condition() {
      @Override
      public boolean test(OrderFacts facts) {
        return true;
      }

      @Override
      public void readInputs(OrderFacts facts, java.util.Map<String, String> inputs) {}
    };
    RuleSet set = RuleSet.builder("c", 1).rule(Rule.id("x").when(custom).then(approve())).build();
    assertThatThrownBy(() -> RuleSetJson.write(set))
        .isInstanceOfSatisfying(RuleInputException.class, e -> assertThat(e.field()).isEqualTo("condition"));
  }
}
