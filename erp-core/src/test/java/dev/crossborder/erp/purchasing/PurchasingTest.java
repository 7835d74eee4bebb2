package dev.crossborder.erp.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.purchasing.Purchasing.DraftLine;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PurchasingTest {
  static final SkuCode MUG = SkuCode.of("MUG-01");
  static final SkuCode CUP = SkuCode.of("CUP-01");
  static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  static final SupplierId ACME = SupplierId.of("acme");
  static final SupplierId BETA = SupplierId.of("beta");
  static final Currency CNY = Currency.getInstance("CNY");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  final MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");
  final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  Erp erp;
  Purchasing purchasing;

  @BeforeEach
  void setUp() {
    erp = Erp.builder().tenant(TenantId.of("t1")).clock(clock).store(new InMemoryStore())
        .instanceId("test").listener("recorder", events::add).build();
    purchasing = erp.purchasing();
    erp.catalog().create(
        Product.builder().id("P1").title("Mug")
            .addSku(Sku.builder().code(MUG).productId(ProductId.of("P1")).name("Mug").build())
            .addSku(Sku.builder().code(CUP).productId(ProductId.of("P1")).name("Cup").build())
            .build());
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    purchasing.saveSupplier(supplier(ACME, false));
    purchasing.saveOffer(offer(ACME, MUG, 10, 30, false));
    purchasing.saveOffer(offer(ACME, CUP, 10, 30, false));
  }

  static Supplier supplier(SupplierId id, boolean overReceipt) {
    return new Supplier(id, "Factory " + id, null, CNY, "30% deposit", 4, overReceipt);
  }

  static SupplierOffer offer(SupplierId supplier, SkuCode sku, long moq, int leadTimeDays, boolean preferred) {
    return new SupplierOffer(
        supplier, sku, CNY,
        List.of(new PriceTier(1, UnitAmount.of("10.00", "CNY")), new PriceTier(100, UnitAmount.of("9.00", "CNY"))),
        moq, 10, leadTimeDays, preferred);
  }

  StockLevel mugs() {
    return erp.inventory().level(MUG, SZ);
  }

  void assertBuckets(long inbound, long onHand) {
    assertThat(mugs().inbound()).as("inbound").isEqualTo(inbound);
    assertThat(mugs().onHand()).as("on hand").isEqualTo(onHand);
  }

  PurchaseOrder draftOf(long mugs) {
    return purchasing.addToDraft(ACME, SZ, List.of(new DraftLine(MUG, mugs, null)));
  }

  PurchaseOrder ordered(long mugs) {
    PurchaseOrder po = draftOf(mugs);
    purchasing.approve(po.id());
    return purchasing.markOrdered(po.id(), "1688-42", TODAY.plusDays(30));
  }

  // ---- the lifecycle against the ledger

  @Test
  void walksEveryStateWithAPartialReceiptAndMovesTheLedgerAtEachStep() {
    PurchaseOrder po = draftOf(100);
    assertThat(po.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
    assertThat(po.lines().get(0).unitPrice()).isEqualTo(UnitAmount.of("9.00", "CNY"));
    assertBuckets(0, 0);

    po = purchasing.approve(po.id());
    assertThat(po.status()).isEqualTo(PurchaseOrderStatus.APPROVED);
    assertBuckets(100, 0);

    po = purchasing.markOrdered(po.id(), "1688-42", TODAY.plusDays(30));
    assertThat(po.status()).isEqualTo(PurchaseOrderStatus.ORDERED);
    assertThat(po.expectedArrival()).isEqualTo(TODAY.plusDays(30));
    assertBuckets(100, 0);

    po = purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 40)));
    assertThat(po.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
    assertThat(po.lines().get(0).received()).isEqualTo(40);
    assertBuckets(60, 40);

    po = purchasing.receive(po.id(), "r2", List.of(ReceiptLine.of(MUG, 60)));
    assertThat(po.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    assertBuckets(0, 100);

    po = purchasing.close(po.id(), "invoice paid");
    assertThat(po.status()).isEqualTo(PurchaseOrderStatus.CLOSED);
    assertBuckets(0, 100);
    assertThat(po.history()).extracting(PurchaseOrderChange::action)
        .containsExactly("line_added", "approved", "ordered", "received", "received", "closed");
    assertThat(po.version()).isEqualTo(5);

    erp.drainOutbox();
    assertThat(events).extracting(DomainEvent::type).contains(
        "purchase_order.created", "purchase_order.approved", "purchase_order.ordered",
        "purchase_order.received", "purchase_order.closed");
  }

  @Test
  void placesAnApprovedOrderThroughTheSuppliersConnectorOnce() {
    FakeSupplierConnector connector = new FakeSupplierConnector(ACME);
    PurchaseOrder po = draftOf(100);
    assertThatThrownBy(() -> purchasing.placeWith(connector, po.id(), TODAY.plusDays(20)))
        .isInstanceOf(IllegalTransitionException.class);
    purchasing.approve(po.id());

    PurchaseOrder ordered = purchasing.placeWith(connector, po.id(), TODAY.plusDays(20));

    assertThat(ordered.status()).isEqualTo(PurchaseOrderStatus.ORDERED);
    assertThat(ordered.supplierReference()).isEqualTo("FAKE-1");
    assertThat(ordered.expectedArrival()).isEqualTo(TODAY.plusDays(20));
    assertThatThrownBy(() -> purchasing.placeWith(connector, po.id(), TODAY.plusDays(20)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(connector.placedCount()).isEqualTo(1);
    assertThatThrownBy(() -> purchasing.placeWith(new FakeSupplierConnector(BETA), po.id(), TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("supplier"));
  }

  @Test
  void aRepeatedReceiptKeyReceivesNothingMore() {
    PurchaseOrder po = ordered(100);
    purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 40)));
    PurchaseOrder again = purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 40)));

    assertThat(again.lines().get(0).received()).isEqualTo(40);
    assertBuckets(60, 40);
  }

  @Test
  void closingShortCancelsTheOpenRestFromInbound() {
    PurchaseOrder po = ordered(100);
    purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 30)));

    PurchaseOrder closed = purchasing.close(po.id(), "supplier out of stock");

    assertThat(closed.status()).isEqualTo(PurchaseOrderStatus.CLOSED);
    assertThat(closed.history().get(closed.history().size() - 1).detail())
        .isEqualTo("supplier out of stock; 70 open units cancelled");
    assertBuckets(0, 30);
  }

  @Test
  void cancellingAnApprovedOrderTakesItsQuantityOutOfInbound() {
    PurchaseOrder po = draftOf(100);
    purchasing.approve(po.id());
    assertBuckets(100, 0);

    assertThat(purchasing.cancel(po.id(), "wrong colour").status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    assertBuckets(0, 0);
  }

  @Test
  void cancellingADraftMovesNothing() {
    PurchaseOrder po = draftOf(100);
    assertThat(purchasing.cancel(po.id(), "not needed").status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
    assertBuckets(0, 0);
    assertThat(erp.inventory().levels(MUG)).isEmpty();
  }

  @Test
  void refusesAReceiptLargerThanTheOpenQuantityAndReceivesNothing() {
    PurchaseOrder po = ordered(100);
    purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 90)));

    assertThatThrownBy(() -> purchasing.receive(po.id(), "r2", List.of(ReceiptLine.of(MUG, 11))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("lines[0].quantity");
          assertThat(e.value()).isEqualTo("11");
          assertThat(e).hasMessage("lines[0].quantity exceeds the open quantity 10 of MUG-01: 11");
        });
    assertBuckets(10, 90);
    assertThat(purchasing.purchaseOrder(po.id()).orElseThrow().lines().get(0).received()).isEqualTo(90);
  }

  @Test
  void aSupplierThatAllowsOverReceiptGetsTheExcessReceivedAsUnexpectedStock() {
    purchasing.saveSupplier(supplier(ACME, true));
    PurchaseOrder po = ordered(100);

    PurchaseOrder received = purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 104)));

    assertThat(received.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
    assertThat(received.lines().get(0).received()).isEqualTo(104);
    assertBuckets(0, 104);
  }

  @Test
  void aReceiptForASkuNotOnTheOrderIsRefused() {
    PurchaseOrder po = ordered(100);
    assertThatThrownBy(() -> purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 1), ReceiptLine.of(CUP, 1))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("lines[1].sku"));
    assertBuckets(100, 0);
  }

  @Test
  void aReceiptListingASkuTwiceIsRefused() {
    PurchaseOrder po = ordered(100);
    assertThatThrownBy(() -> purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 5), ReceiptLine.of(MUG, 5))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lines[1].sku"));
    assertBuckets(100, 0);
  }

  @Test
  void refusesStepsTheStateMachineDoesNotAllow() {
    PurchaseOrder po = draftOf(100);
    assertThatThrownBy(() -> purchasing.markOrdered(po.id(), null, TODAY))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.field()).isEqualTo("status");
          assertThat(e.value()).isEqualTo("DRAFT -> ORDERED");
        });
    assertThatThrownBy(() -> purchasing.receive(po.id(), "r1", List.of(ReceiptLine.of(MUG, 1))))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> purchasing.close(po.id(), "done")).isInstanceOf(IllegalTransitionException.class);
    purchasing.cancel(po.id(), "start again");
    assertThatThrownBy(() -> purchasing.approve(po.id()))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.value()).isEqualTo("CANCELLED -> APPROVED"));
    PurchaseOrder done = ordered(10);
    purchasing.receive(done.id(), "r1", List.of(ReceiptLine.of(MUG, 10)));
    assertThatThrownBy(() -> purchasing.cancel(done.id(), "too late"))
        .isInstanceOfSatisfying(IllegalTransitionException.class,
            e -> assertThat(e.value()).isEqualTo("RECEIVED -> CANCELLED"));
    assertThatThrownBy(() -> purchasing.approve(PurchaseOrderId.of("nope")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("purchaseOrderId"));
  }

  @Test
  void changesADraftLineWithAnAuditEntryAndRepricesIt() {
    PurchaseOrder po = draftOf(50);
    assertThat(po.lines().get(0).unitPrice()).isEqualTo(UnitAmount.of("10.00", "CNY"));

    PurchaseOrder changed = purchasing.changeLine(po.id(), MUG, 120, "bigger promotion");

    assertThat(changed.lines().get(0).quantity()).isEqualTo(120);
    assertThat(changed.lines().get(0).unitPrice()).isEqualTo(UnitAmount.of("9.00", "CNY"));
    assertThat(changed.history().get(1).detail()).isEqualTo("line 1 MUG-01: 50 -> 120 (bigger promotion)");
    purchasing.approve(po.id());
    assertThatThrownBy(() -> purchasing.changeLine(po.id(), MUG, 10, "late"))
        .isInstanceOf(IllegalTransitionException.class);
    assertBuckets(120, 0);
  }

  @Test
  void overdueOrdersAreTheOpenOnesExpectedBeforeTheDay() {
    PurchaseOrder late = ordered(10);
    purchasing.close(purchasing.receive(late.id(), "r1", List.of(ReceiptLine.of(MUG, 5))).id(), "short");
    PurchaseOrder open = purchasing.addToDraft(ACME, SZ, List.of(new DraftLine(CUP, 10, null)));
    purchasing.approve(open.id());
    purchasing.markOrdered(open.id(), null, TODAY.plusDays(3));

    assertThat(purchasing.overdue(TODAY.plusDays(3), PageRequest.first(10)).items()).isEmpty();
    assertThat(purchasing.overdue(TODAY.plusDays(4), PageRequest.first(10)).items())
        .extracting(PurchaseOrder::id).containsExactly(open.id());
  }

  @Test
  void buildsPlanningItemsFromTheLedgerAndPlansThem() {
    WarehouseId la = WarehouseId.of("US-LA");
    erp.inventory().saveWarehouse(new Warehouse(la, "Los Angeles", "US", WarehouseKind.OVERSEAS_3PL,
        ZoneId.of("America/Los_Angeles")));
    erp.inventory().receive("stock-1", MUG, SZ, Quantity.of(50), "count");
    purchasing.approve(draftOf(20).id());
    SalesHistory history = (sku, warehouse, last, days) ->
        DailySales.of(last, PurchasePlannerTest.days(days, warehouse.equals(SZ) ? 2 : 1));

    List<PlanningItem> items = purchasing.planningItems(
        List.of(MUG), List.of(Lane.domestic(SZ), Lane.forward(la, 30)), history, TODAY, 7, Map.of(la, 15L));

    assertThat(items).hasSize(1);
    assertThat(items.get(0).lanes().get(0).stock()).isEqualTo(new StockPosition(50, 0, 20, 0));
    assertThat(items.get(0).lanes().get(1).stock()).isEqualTo(new StockPosition(0, 0, 0, 15));
    // SZ: v 2 × (lead 30) = 60 against 50 + 20 inbound = 70: need 0, surplus min(50, 10) = 10.
    // LA: v 1 × (30 + 30 transit) = 60 against 15 in transit: need 45 = transfer 10 + purchase 35;
    // 35 → 4 cases of 10 = 40.
    SkuSuggestion s = new PurchasePlanner(
            WeightedWindowForecast.of(new int[] {7}, new double[] {1}, 3),
            PlanningPolicy.of(new PlanningParameters(0, 0, SafetyStock.daysOfCover(0))))
        .plan(items.get(0));
    assertThat(s.surplus()).isEqualTo(10);
    assertThat(s.lanes()).extracting(LaneSuggestion::transfer).containsExactly(0L, 10L);
    assertThat(s.purchaseQuantity()).isEqualTo(40);
    assertThatThrownBy(() -> purchasing.planningItems(
            List.of(MUG, SkuCode.of("NOPE")), List.of(Lane.domestic(SZ)), history, TODAY, 7, Map.of()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("skus[1]"));
  }

  // ---- shortfalls

  @Test
  void aShortfallGoesToTheBestSuppliersDraftAndMergesWithItsLine() {
    purchasing.saveSupplier(supplier(BETA, false));
    // acme is preferred but needs 30 days; beta reaches the needed-by date in 5.
    purchasing.saveOffer(offer(ACME, MUG, 10, 30, true));
    purchasing.saveOffer(offer(BETA, MUG, 10, 5, false));

    PurchaseOrder first = purchasing.addShortfall(new Shortfall(MUG, Quantity.of(3), TODAY.plusDays(10), SZ));
    PurchaseOrder second = purchasing.addShortfall(new Shortfall(MUG, Quantity.of(4), TODAY.plusDays(8), SZ));

    assertThat(first.supplier()).isEqualTo(BETA);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.lines()).hasSize(1);
    assertThat(second.lines().get(0).quantity()).isEqualTo(7);
    assertThat(second.lines().get(0).neededBy()).isEqualTo(TODAY.plusDays(8));
    assertThat(second.history()).extracting(PurchaseOrderChange::detail).containsExactly(
        "line 1 MUG-01 +3 = 3 needed by 2026-03-11", "line 1 MUG-01 +4 = 7 needed by 2026-03-09");
  }

  @Test
  void whenEveryOfferIsInTimeThePreferredOneWins() {
    purchasing.saveSupplier(supplier(BETA, false));
    purchasing.saveOffer(offer(ACME, MUG, 10, 30, true));
    purchasing.saveOffer(offer(BETA, MUG, 10, 5, false));

    PurchaseOrder po = purchasing.addShortfall(new Shortfall(MUG, Quantity.of(3), TODAY.plusDays(60), SZ));

    assertThat(po.supplier()).isEqualTo(ACME);
  }

  @Test
  void aShortfallForASkuNobodyOffersIsRefused() {
    assertThatThrownBy(() -> purchasing.addShortfall(new Shortfall(SkuCode.of("NOPE"), Quantity.of(1), TODAY, SZ)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("sku"));
  }

  @Test
  void draftsFromAPlanGroupBySupplier() {
    SupplierOffer mugOffer = offer(ACME, MUG, 10, 30, false);
    PurchasePlanner planner = new PurchasePlanner(
        WeightedWindowForecast.of(new int[] {7}, new double[] {1}, 3),
        PlanningPolicy.of(new PlanningParameters(0, 0, SafetyStock.daysOfCover(0))));
    PurchasePlan plan = planner.plan(List.of(new PlanningItem(MUG, null, mugOffer, List.of(
        new PlanningItem.LaneInput(Lane.domestic(SZ), DailySales.of(TODAY, 1, 1, 1, 1, 1, 1, 1), StockPosition.empty())))));

    List<PurchaseOrder> drafts = purchasing.draftsFrom(plan);

    // 1/day × 30 days = 30, already a multiple of the case pack of 10.
    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).supplier()).isEqualTo(ACME);
    assertThat(drafts.get(0).lines()).extracting(PurchaseOrderLine::quantity).containsExactly(30L);
  }

  // ---- bad input

  @Test
  void refusesANegativeLeadTime() {
    assertThatThrownBy(() -> offer(ACME, MUG, 10, -1, false))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("leadTimeDays");
          assertThat(e.value()).isEqualTo("-1");
        });
  }

  @Test
  void refusesAnMoqOfZero() {
    assertThatThrownBy(() -> offer(ACME, MUG, 0, 10, false))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("moq"));
  }

  @Test
  void refusesAnOfferOfAnUnknownSupplierOrSku() {
    assertThatThrownBy(() -> purchasing.saveOffer(offer(SupplierId.of("ghost"), MUG, 10, 10, false)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.field()).isEqualTo("supplier");
          assertThat(e.value()).isEqualTo("ghost");
        });
    assertThatThrownBy(() -> purchasing.saveOffer(offer(ACME, SkuCode.of("NOPE"), 10, 10, false)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("sku"));
    assertThatThrownBy(() -> purchasing.addToDraft(SupplierId.of("ghost"), SZ, List.of(new DraftLine(MUG, 1, null))))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("supplier"));
  }

  @Test
  void refusesOffersInAnotherCurrency() {
    assertThatThrownBy(() -> new SupplierOffer(ACME, MUG, CNY,
            List.of(new PriceTier(1, UnitAmount.of("1.00", "CNY")), new PriceTier(100, UnitAmount.of("0.90", "USD"))),
            10, 10, 10, false))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.field()).isEqualTo("currency");
          assertThat(e.value()).isEqualTo("CNY vs USD");
        });
    SupplierOffer inUsd = new SupplierOffer(ACME, MUG, Currency.getInstance("USD"),
        List.of(new PriceTier(1, UnitAmount.of("1.00", "USD"))), 10, 10, 10, false);
    assertThatThrownBy(() -> purchasing.saveOffer(inUsd))
        .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
          assertThat(e.field()).isEqualTo("currency");
          assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        });
  }

  @Test
  void refusesBadPlanningInput() {
    assertThatThrownBy(() -> Lane.forward(SZ, -3))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("transitDays"));
    assertThatThrownBy(() -> new PlanningParameters(-1, 0, SafetyStock.daysOfCover(1)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("qcDays"));
    assertThatThrownBy(() -> new StockPosition(5, 6, 0, 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reserved"));
    assertThatThrownBy(() -> WeightedWindowForecast.of(new int[] {7, 7}, new double[] {1, 1}, 3))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("windows[1]"));
    SupplierOffer mugOffer = offer(ACME, MUG, 10, 30, false);
    assertThatThrownBy(() -> new PlanningItem(MUG, null, mugOffer, List.of(
            new PlanningItem.LaneInput(Lane.forward(SZ, 3), DailySales.none(TODAY), StockPosition.empty()))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lanes"));
  }
}
