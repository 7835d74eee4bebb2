package dev.crossborder.erp.order.rules;

import static dev.crossborder.erp.order.rules.Actions.hold;
import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.shippingTable;
import static dev.crossborder.erp.order.rules.Actions.warehouseWithStock;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.country;
import static dev.crossborder.erp.order.rules.Conditions.orderValueAbove;
import static dev.crossborder.erp.order.rules.Fixtures.CN;
import static dev.crossborder.erp.order.rules.Fixtures.US;
import static dev.crossborder.erp.order.rules.Fixtures.line;
import static dev.crossborder.erp.order.rules.Fixtures.order;
import static dev.crossborder.erp.order.rules.Fixtures.sku;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.PlatformId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dry run over a batch, comparing a candidate rule set version with the live one. */
class DryRunTest {
  private static final RuleSet LIVE = RuleSet.builder("shop-rules", 1)
      .rule(Rule.id("stock").when(always()).then(warehouseWithStock()))
      .rule(Rule.id("ems").when(always()).then(shipWith("EMS")))
      .build();

  private static final RuleSet CANDIDATE = RuleSet.builder("shop-rules", 2)
      .rule(Rule.id("high-value").when(orderValueAbove(Money.of("500", "USD"))).then(hold("high value")))
      .rule(Rule.id("us-local").when(country("US")).then(warehousesInOrder("WH-US", "WH-CN")))
      .rule(Rule.id("stock").when(always()).then(warehouseWithStock()))
      .rule(Rule.id("light").when(always()).then(shippingTable(ShippingTable.of(
          new ShippingRow("*", Weight.ofGrams(500), null, "YUN-PACKET"), ShippingRow.to("*", "EMS")))))
      .build();

  /** 20 orders: even ones to the US, odd ones to Germany; every fifth worth 600 USD; one with an unweighed SKU. */
  private static List<OrderInput> batch() {
    List<OrderInput> orders = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String price = i % 5 == 0 ? "600.00" : "20.00";
      String sku = i == 7 ? "SKU-NOWEIGHT" : "SKU-A";
      orders.add(OrderInput.of(order("d" + i, i % 2 == 0 ? "US" : "DE", line("1", sku, 1, price)), PlatformId.SHOPIFY));
    }
    return orders;
  }

  private static RuleContext context() {
    return Fixtures.context()
        .stock(sku("SKU-A"), CN, 1_000).stock(sku("SKU-A"), US, 1_000).stock(sku("SKU-NOWEIGHT"), CN, 5)
        .build();
  }

  @Test
  void reportsPerOrderWhatWouldChangeAndAnErrorForTheOrderItCannotEvaluate() {
    DryRunReport report = OrderRules.dryRun(CANDIDATE, LIVE, batch(), context());

    assertThat(report.entries()).hasSize(20);
    assertThat(report.ruleSet()).isEqualTo("shop-rules v2");
    assertThat(report.baseline()).isEqualTo("shop-rules v1");
    // d0, d10 (US, 600) and d5, d15 (DE, 600): held; d2..d18 other US: WH-US and YUN-PACKET; other DE: YUN-PACKET.
    DryRunEntry d0 = entry(report, "d0");
    assertThat(d0.changes()).containsExactly(
        "outcome: ALLOCATED → HELD", "holds: [] → [high value]", "warehouse: [WH-CN[1:1×SKU-A]] → []",
        "shipping: [EMS] → []");
    DryRunEntry d2 = entry(report, "d2");
    assertThat(d2.changes()).containsExactly(
        "warehouse: [WH-CN[1:1×SKU-A]] → [WH-US[1:1×SKU-A]]", "shipping: [EMS] → [YUN-PACKET]");
    assertThat(d2.decision().stage(Stage.WAREHOUSE).orElseThrow().fired()).extracting(FiredRule::id)
        .containsExactly("us-local");
    assertThat(entry(report, "d3").changes()).containsExactly("shipping: [EMS] → [YUN-PACKET]");
    DryRunEntry d7 = entry(report, "d7");
    assertThat(d7.failure()).hasValueSatisfying(m -> assertThat(m).contains("skuWeights[SKU-NOWEIGHT]"));
    assertThat(d7.decision()).isNull();
    assertThat(d7.changed()).isFalse();

    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.changed()).isEqualTo(19);
    assertThat(report.changesByAspect()).isEqualTo(Map.of(
        "outcome", 4L, "holds", 4L, "warehouse", 4L + 8L, "shipping", 19L));
    assertThat(report.summary()).isEqualTo(
        "20 orders by shop-rules v2 vs shop-rules v1: 19 would change "
            + "{holds=4, outcome=4, shipping=19, warehouse=12}, 1 failed");
  }

  @Test
  void theSameRuleSetChangesNothingAndWithoutABaselineOnlyDecides() {
    List<OrderInput> orders = batch().subList(0, 5);
    assertThat(OrderRules.dryRun(LIVE, LIVE, orders, context()).changed()).isZero();
    DryRunReport alone = OrderRules.dryRun(CANDIDATE, orders, context());
    assertThat(alone.baseline()).isEmpty();
    assertThat(alone.entries()).allSatisfy(e -> {
      assertThat(e.baseline()).isNull();
      assertThat(e.decision()).isNotNull();
    });
    assertThat(alone.entries().get(0).decision().plan().outcome()).isEqualTo(Outcome.HELD);
  }

  private static DryRunEntry entry(DryRunReport report, String id) {
    return report.entries().stream().filter(e -> e.orderId().equals(OrderId.of(id))).findFirst().orElseThrow();
  }
}
