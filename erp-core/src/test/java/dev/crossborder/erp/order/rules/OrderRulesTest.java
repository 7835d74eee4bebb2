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
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.buyer;
import static dev.crossborder.erp.order.rules.Conditions.country;
import static dev.crossborder.erp.order.rules.Conditions.orderValueAbove;
import static dev.crossborder.erp.order.rules.Fixtures.CN;
import static dev.crossborder.erp.order.rules.Fixtures.DE;
import static dev.crossborder.erp.order.rules.Fixtures.T0;
import static dev.crossborder.erp.order.rules.Fixtures.US;
import static dev.crossborder.erp.order.rules.Fixtures.line;
import static dev.crossborder.erp.order.rules.Fixtures.order;
import static dev.crossborder.erp.order.rules.Fixtures.sku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.shop.PlatformId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline end to end: audit, each warehouse strategy, split vs backorder, merge, shipping. */
class OrderRulesTest {
  /** 2 × SKU-A + 1 × SKU-B to the US, 220.00 USD. */
  private final OrderInput twoLines = OrderInput.of(
      order("o1", "US", line("1", "SKU-A", 2, "60.00"), line("2", "SKU-B", 1, "100.00")), PlatformId.AMAZON);

  private static RuleSet rules(Rule... rules) {
    RuleSet.Builder b = RuleSet.builder("test", 1);
    for (Rule r : rules) {
      b.rule(r);
    }
    return b.build();
  }

  private static Decision decide(RuleSet rules, OrderInput in, RuleContext ctx) {
    return OrderRules.of(rules).decide(in, ctx);
  }

  @Test
  void auditHoldsWithTheRuleItsVersionAndWhatItRead() {
    RuleSet set = rules(
        Rule.id("approve-de").when(country("DE")).then(approve()),
        Rule.id("high-value").when(country("US").and(orderValueAbove(Money.of("200", "USD")))).then(hold("high value"))
            .version(3));

    Decision d = decide(set, twoLines, Fixtures.context().build());

    assertThat(d.plan().outcome()).isEqualTo(Outcome.HELD);
    assertThat(d.plan().outcome().status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(d.plan().holds()).containsExactly("high value");
    assertThat(d.plan().blacklisted()).isFalse();
    assertThat(d.trace()).hasSize(1);
    StageTrace audit = d.stage(Stage.AUDIT).orElseThrow();
    assertThat(audit.notMatched()).containsExactly("approve-de");
    assertThat(audit.fired()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo("high-value");
      assertThat(f.version()).isEqualTo(3);
      assertThat(f.inputs()).containsEntry("country", "US").containsEntry("orderValue", "220.00 USD");
    });
  }

  @Test
  void continuingAuditRulesCollectEveryHoldAndBlacklist() {
    RuleSet set = rules(
        Rule.id("bad-buyer").when(buyer("k1")).then(blacklist("chargebacks")).andContinue(),
        Rule.id("us").when(country("US")).then(hold("manual check")));
    OrderInput in = OrderInput.builder(twoLines.order(), PlatformId.AMAZON).buyerKey("k1").build();

    Decision d = decide(set, in, Fixtures.context().build());

    assertThat(d.plan().holds()).containsExactly("blacklist: chargebacks", "manual check");
    assertThat(d.plan().blacklisted()).isTrue();
  }

  @Test
  void approvedOrNotMatchedAuditGoesOnToAllocation() {
    RuleContext ctx = Fixtures.context().stock(sku("SKU-A"), CN, 5).stock(sku("SKU-B"), CN, 5).build();
    Decision d = decide(rules(Rule.id("ok").when(always()).then(approve())), twoLines, ctx);
    assertThat(d.stage(Stage.AUDIT).orElseThrow().outcome()).isEqualTo("approved");
    assertThat(d.plan().outcome()).isEqualTo(Outcome.ALLOCATED);
    assertThat(d.plan().shipments()).singleElement().satisfies(s -> assertThat(s.warehouse()).isEqualTo(CN));
  }

  @Test
  void byStockTakesTheFirstWarehouseWithEveryLineAndSaysWhatTheOthersMissed() {
    RuleContext ctx = Fixtures.context()
        .stock(sku("SKU-A"), CN, 5)
        .stock(sku("SKU-B"), US, 1).stock(sku("SKU-A"), US, 2)
        .stock(sku("SKU-A"), DE, 9).stock(sku("SKU-B"), DE, 9)
        .build();

    Decision d = decide(rules(Rule.id("stock").when(always()).then(warehouseWithStock())), twoLines, ctx);

    assertThat(d.plan().shipments()).singleElement().satisfies(s -> {
      assertThat(s.warehouse()).isEqualTo(US);
      assertThat(s.lines()).extracting(PlanLine::lineId).containsExactly("1", "2");
    });
    assertThat(d.stage(Stage.WAREHOUSE).orElseThrow().alternatives()).containsExactly(
        new Alternative("WH-CN", "missing 1 × SKU-B"),
        new Alternative("WH-DE", "later in the warehouse order (#3 vs #2)"));
  }

  @Test
  void byPriorityListSkipsUnlistedWarehouses() {
    RuleContext ctx = Fixtures.context()
        .stock(sku("SKU-A"), CN, 9).stock(sku("SKU-B"), CN, 9)
        .stock(sku("SKU-A"), DE, 9).stock(sku("SKU-B"), DE, 9)
        .build();

    Decision d = decide(rules(Rule.id("prio").when(always()).then(warehousesInOrder("WH-US", "WH-DE"))), twoLines, ctx);

    assertThat(d.plan().shipments().get(0).warehouse()).isEqualTo(DE);
    assertThat(d.stage(Stage.WAREHOUSE).orElseThrow().alternatives()).containsExactly(
        new Alternative("WH-US", "missing 2 × SKU-A, 1 × SKU-B"),
        new Alternative("WH-CN", "not in the priority list"));
  }

  @Test
  void nearestRanksByTheHostsDistanceTable() {
    RuleContext ctx = Fixtures.context()
        .stock(sku("SKU-A"), CN, 9).stock(sku("SKU-B"), CN, 9)
        .stock(sku("SKU-A"), DE, 9).stock(sku("SKU-B"), DE, 9)
        .distance("US", CN, 11_000).distance("US", DE, 6_500)
        .build();

    Decision d = decide(rules(Rule.id("near").when(always()).then(nearestWarehouse())), twoLines, ctx);

    assertThat(d.plan().shipments().get(0).warehouse()).isEqualTo(DE);
    assertThat(d.stage(Stage.WAREHOUSE).orElseThrow().alternatives()).containsExactly(
        new Alternative("WH-CN", "farther: 11000 km vs 6500 km"),
        new Alternative("WH-US", "no distance to US in the table"));
  }

  @Test
  void cheapestRanksByTheHostsCostTableWithACatchAllCountry() {
    RuleContext ctx = Fixtures.context()
        .stock(sku("SKU-A"), CN, 9).stock(sku("SKU-B"), CN, 9)
        .stock(sku("SKU-A"), US, 9).stock(sku("SKU-B"), US, 9)
        .cost(CN, "*", Money.of("7.50", "USD")).cost(US, "US", Money.of("12.00", "USD")).cost(DE, "FR", Money.of("1", "USD"))
        .build();

    Decision d = decide(rules(Rule.id("cheap").when(always()).then(cheapestWarehouse())), twoLines, ctx);

    assertThat(d.plan().shipments().get(0).warehouse()).isEqualTo(CN);
    assertThat(d.stage(Stage.WAREHOUSE).orElseThrow().alternatives()).containsExactly(
        new Alternative("WH-US", "costlier: 12.00 USD vs 7.50 USD"),
        new Alternative("WH-DE", "no cost to US in the table"));
  }

  @Test
  void aContinuingWarehouseRuleFallsThroughWhenNothingCovers() {
    RuleContext ctx = Fixtures.context().stock(sku("SKU-A"), DE, 9).stock(sku("SKU-B"), DE, 9).build();
    RuleSet set = rules(
        Rule.id("us-first").when(always()).then(warehousesInOrder("WH-US")).andContinue(),
        Rule.id("any").when(always()).then(warehouseWithStock()));

    Decision d = decide(set, twoLines, ctx);

    assertThat(d.plan().shipments().get(0).warehouse()).isEqualTo(DE);
    assertThat(d.stage(Stage.WAREHOUSE).orElseThrow().fired()).extracting(FiredRule::id).containsExactly("us-first", "any");
  }

  /** CN has the SKU-A line, US the SKU-B line, nobody has both. */
  private static RuleContext splitStock() {
    return Fixtures.context().stock(sku("SKU-A"), CN, 2).stock(sku("SKU-B"), US, 1).build();
  }

  @Test
  void splitByWarehouseWhenNoSingleOneCoversEveryLine() {
    RuleSet set = rules(
        Rule.id("stock").when(always()).then(warehouseWithStock()),
        Rule.id("split-us").when(country("US")).then(splitByWarehouse()),
        Rule.id("else").when(always()).then(backorder()));

    Decision d = decide(set, twoLines, splitStock());

    assertThat(d.plan().outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(d.plan().shipments()).extracting(PlannedShipment::warehouse).containsExactly(CN, US);
    assertThat(d.plan().shipments().get(0).lines()).containsExactly(new PlanLine("1", sku("SKU-A"), 2));
    assertThat(d.plan().shipments().get(1).lines()).containsExactly(new PlanLine("2", sku("SKU-B"), 1));
    assertThat(d.plan().backordered()).isEmpty();
    assertThat(d.stage(Stage.WAREHOUSE).orElseThrow().outcome()).isEqualTo("no single warehouse covers every line");
    assertThat(d.stage(Stage.SPLIT_MERGE).orElseThrow().fired()).extracting(FiredRule::id).containsExactly("split-us");
  }

  @Test
  void backorderPerRuleWhenNoSingleWarehouseCovers() {
    RuleSet set = rules(
        Rule.id("split-de").when(country("DE")).then(splitByWarehouse()),
        Rule.id("else").when(always()).then(backorder()));

    Decision d = decide(set, twoLines, splitStock());

    assertThat(d.plan().outcome()).isEqualTo(Outcome.AWAITING_STOCK);
    assertThat(d.plan().outcome().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThat(d.plan().shipments()).isEmpty();
    assertThat(d.plan().backordered()).extracting(PlanLine::lineId).containsExactly("1", "2");
    StageTrace stage = d.stage(Stage.SPLIT_MERGE).orElseThrow();
    assertThat(stage.notMatched()).containsExactly("split-de");
    assertThat(stage.outcome()).isEqualTo("backorder");
  }

  @Test
  void splitBackordersTheLinesNoWarehouseHasAndCountsStockUsedByEarlierLines() {
    OrderInput in = OrderInput.of(order("o9", "US",
        line("1", "SKU-A", 2, "1.00"), line("2", "SKU-A", 1, "1.00"), line("3", "SKU-C", 1, "1.00")), PlatformId.AMAZON);
    RuleContext ctx = Fixtures.context().stock(sku("SKU-A"), CN, 2).stock(sku("SKU-A"), US, 1).build();

    Decision d = decide(rules(Rule.id("split").when(always()).then(splitByWarehouse())), in, ctx);

    assertThat(d.plan().outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(d.plan().shipments()).extracting(PlannedShipment::warehouse).containsExactly(CN, US);
    assertThat(d.plan().shipments().get(1).lines()).extracting(PlanLine::lineId).containsExactly("2");
    assertThat(d.plan().backordered()).extracting(PlanLine::lineId).containsExactly("3");
  }

  @Test
  void withoutASplitRuleTheDefaultIsBackorder() {
    Decision d = decide(rules(), twoLines, splitStock());
    assertThat(d.plan().outcome()).isEqualTo(Outcome.AWAITING_STOCK);
    assertThat(d.stage(Stage.SPLIT_MERGE).orElseThrow().outcome()).isEqualTo("no split rule matched, default: backorder");
    assertThat(d.stage(Stage.SHIPPING).orElseThrow().outcome()).isEqualTo("nothing to ship");
  }

  @Test
  void shippingTablePicksPerShipmentAndExplainsSkippedRows() {
    RuleContext ctx = Fixtures.context().stock(sku("SKU-A"), CN, 9).stock(sku("SKU-B"), CN, 9).build();
    ShippingTable table = ShippingTable.of(
        ShippingRow.to("DE", "DHL-PAKET"),
        new ShippingRow("US", Weight.ofGrams(1000), null, "USPS-GA"),
        new ShippingRow("US", null, Money.of("500", "USD"), "UPS-GROUND"),
        ShippingRow.to("*", "EMS"));
    RuleSet set = rules(Rule.id("table").when(always()).then(shippingTable(table)));

    Decision d = decide(set, twoLines, ctx);

    assertThat(d.plan().shipments()).singleElement().satisfies(s -> assertThat(s.method()).contains("UPS-GROUND"));
    assertThat(d.stage(Stage.SHIPPING).orElseThrow().alternatives()).containsExactly(
        new Alternative("table row 1 (DHL-PAKET) for WH-CN", "country US ≠ DE"),
        new Alternative("table row 2 (USPS-GA) for WH-CN", "weight 1800 g > 1000 g"));
  }

  @Test
  void aTableWithoutAMatchingRowDeclinesAndTheNextShippingRuleApplies() {
    RuleContext ctx = Fixtures.context().stock(sku("SKU-A"), CN, 9).stock(sku("SKU-B"), CN, 9).build();
    RuleSet set = rules(
        Rule.id("light").when(always()).then(shippingTable(ShippingTable.of(new ShippingRow("US", Weight.ofGrams(500), null, "USPS")))),
        Rule.id("fallback").when(always()).then(shipWith("FEDEX")));

    Decision d = decide(set, twoLines, ctx);

    assertThat(d.plan().shipments().get(0).method()).contains("FEDEX");
    assertThat(d.stage(Stage.SHIPPING).orElseThrow().alternatives())
        .contains(new Alternative("light", "no row for the WH-CN shipment"));
  }

  @Test
  void shippingTableValueInAnotherCurrencyNamesTheRow() {
    RuleContext ctx = Fixtures.context().stock(sku("SKU-A"), CN, 9).stock(sku("SKU-B"), CN, 9).build();
    RuleSet set = rules(Rule.id("t").when(always())
        .then(shippingTable(ShippingTable.of(new ShippingRow("US", null, Money.of("5", "EUR"), "X")))));
    assertThatThrownBy(() -> decide(set, twoLines, ctx))
        .isInstanceOfSatisfying(RuleInputException.class, e -> assertThat(e.field()).isEqualTo("rows[0].maxValue.currency"));
  }

  private static final BuyerHasher HASHER = new BuyerHasher("a tenant's secret key".getBytes(StandardCharsets.UTF_8));
  private static final BuyerDetails ZHANG = new BuyerDetails("Zhang Wei", "zhang.wei@example.com", "+1 212 555 0100",
      new Address("Zhang Wei", "12 Elm Street", "Apt 4B", "Springfield", "NY", "10001", "US"));

  private static OrderInput withBuyer(String id, java.time.Instant at, PlatformId platform, BuyerDetails buyer) {
    return OrderInput.builder(order(id, "US", at, line("1", "SKU-C", 1, "5.00")), platform).buyer(HASHER, buyer).build();
  }

  @Test
  void mergeFindsOpenOrdersOfTheSameBuyerAndAddressWithinTheWindow() {
    BuyerDetails sameBuyerOtherCase = new BuyerDetails("Zhang Wei", "ZHANG.WEI@example.com ", null,
        new Address("Z. Wei", "12  elm street", "apt 4b", "springfield", "ny", "10001", "US"));
    BuyerDetails movedAway = new BuyerDetails("Zhang Wei", "zhang.wei@example.com", null,
        new Address("Zhang Wei", "1 Other Road", null, "Boston", "MA", "02101", "US"));
    OrderInput first = withBuyer("m1", T0, PlatformId.SHOPIFY, ZHANG);
    OrderInput second = withBuyer("m2", T0.plusSeconds(3_600), PlatformId.SHOPIFY, sameBuyerOtherCase);
    OrderInput late = withBuyer("m3", T0.plus(Duration.ofHours(30)), PlatformId.SHOPIFY, ZHANG);
    OrderInput elsewhere = withBuyer("m4", T0, PlatformId.SHOPIFY, movedAway);
    RuleContext ctx = Fixtures.context().stock(sku("SKU-C"), CN, 99).openOrders(List.of(first, late, elsewhere)).build();
    RuleSet set = rules(Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(24))));

    Decision d = decide(set, second, ctx);

    assertThat(d.plan().mergeWith()).containsExactly(OrderId.of("m1"));
    assertThat(d.stage(Stage.SPLIT_MERGE).orElseThrow().alternatives())
        .containsExactly(new Alternative("merge m3", "placed PT29H apart, window PT24H"));
    assertThat(d.plan().outcome()).isEqualTo(Outcome.ALLOCATED);
  }

  @Test
  void platformsThatForbidMergingAreNeverMerged() {
    OrderInput first = withBuyer("m1", T0, PlatformId.AMAZON, ZHANG);
    OrderInput second = withBuyer("m2", T0.plusSeconds(60), PlatformId.AMAZON, ZHANG);
    RuleContext ctx = Fixtures.context().forbidMerge(PlatformId.AMAZON).build();
    RuleSet set = rules(Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(24))));

    List<Decision> all = OrderRules.of(set).decideAll(List.of(first, second), ctx);

    assertThat(all).allSatisfy(d -> assertThat(d.plan().mergeWith()).isEmpty());
    assertThat(all.get(1).stage(Stage.SPLIT_MERGE).orElseThrow().outcome()).contains("AMAZON forbids merging");
    Decision allowed = OrderRules.of(set).decideAll(List.of(first, second), Fixtures.context().build()).get(1);
    assertThat(allowed.plan().mergeWith()).containsExactly(OrderId.of("m1"));
  }

  @Test
  void oneOrderRulesInstanceFollowsTheContextItIsGiven() {
    OrderInput first = withBuyer("m1", T0, PlatformId.SHOPIFY, ZHANG);
    OrderInput second = withBuyer("m2", T0.plusSeconds(60), PlatformId.SHOPIFY, ZHANG);
    OrderRules rules = OrderRules.of(rules(Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(1)))));
    RuleContext withOpen = Fixtures.context().openOrders(List.of(first)).build();
    RuleContext without = Fixtures.context().build();

    assertThat(rules.decide(second, withOpen).plan().mergeWith()).containsExactly(OrderId.of("m1"));
    assertThat(rules.decide(second, without).plan().mergeWith()).isEmpty();
    assertThat(rules.decide(second, withOpen).plan().mergeWith()).containsExactly(OrderId.of("m1"));
  }

  @Test
  void aTraceNeverHoldsTheBuyersNameOrAddressText() {
    OrderInput in = withBuyer("p1", T0, PlatformId.SHOPIFY, ZHANG);
    OrderInput other = withBuyer("p2", T0.plusSeconds(5), PlatformId.SHOPIFY, ZHANG);
    String key = HASHER.buyerKey(ZHANG);
    RuleSet set = rules(
        Rule.id("vip").when(Conditions.buyer(key).and(Conditions.postcodeStartsWith("100"))).then(approve()),
        Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(1))),
        Rule.id("ship").when(always()).then(shipWith("USPS")));
    RuleContext ctx = Fixtures.context().stock(sku("SKU-C"), US, 5).build();

    List<Decision> decisions = OrderRules.of(set).decideAll(List.of(in, other), ctx);

    String text = decisions.toString() + decisions.get(0).explain() + in + decisions.get(0).trace();
    assertThat(decisions.get(0).stage(Stage.AUDIT).orElseThrow().fired().get(0).inputs()).containsEntry("buyerKey", key);
    assertThat(decisions.get(0).plan().mergeWith()).containsExactly(OrderId.of("p2"));
    for (String pii : List.of("Zhang", "Wei", "zhang.wei", "Elm", "Apt 4B", "Springfield", "555")) {
      assertThat(text).doesNotContainIgnoringCase(pii);
    }
    assertThat(key).hasSize(32).matches("[0-9a-f]+");
  }

  @Test
  void theDecisionCarriesTheRuleSetsIdAndVersion() {
    Decision d = OrderRules.of(RuleSet.builder("shop-rules", 7).build()).decide(twoLines, splitStock());
    assertThat(d.ruleSetId()).isEqualTo("shop-rules");
    assertThat(d.ruleSetVersion()).isEqualTo(7);
    assertThat(d.orderId()).isEqualTo(OrderId.of("o1"));
    assertThat(d.trace()).extracting(StageTrace::stage)
        .containsExactly(Stage.AUDIT, Stage.WAREHOUSE, Stage.SPLIT_MERGE, Stage.SHIPPING);
  }

  @Test
  void aRuleSetRefusesDuplicateRuleIds() {
    assertThatThrownBy(() -> rules(
            Rule.id("x").when(always()).then(approve()), Rule.id("x").when(always()).then(shipWith("A"))))
        .isInstanceOfSatisfying(RuleInputException.class, e -> assertThat(e.field()).isEqualTo("shipping[0].id"));
  }
}
