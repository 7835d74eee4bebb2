package dev.crossborder.erp.order;

import static dev.crossborder.erp.order.rules.Actions.hold;
import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.splitByWarehouse;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.rules.Comparison;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.purchasing.PriceTier;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.Purchasing.DraftLine;
import dev.crossborder.erp.purchasing.Shortfall;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutingTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final ShopId SHOP = ShopId.of("shopify-us");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final SkuCode BOWL = SkuCode.of("BOWL-BLUE");
  private static final Warehouse SZ = new Warehouse(WarehouseId.of("CN-SZ"), "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai"));
  private static final Warehouse NJ = new Warehouse(WarehouseId.of("US-NJ"), "New Jersey", "US", WarehouseKind.OWN, ZoneId.of("America/New_York"));

  private static final OrderRules RULES =
      OrderRules.of(
          RuleSet.builder("shop-rules", 3)
              .rule(Rule.id("bulk").when(units(Comparison.ABOVE, 50)).then(hold("bulk order")))
              .rule(Rule.id("us-first").when(always()).then(warehousesInOrder("US-NJ", "CN-SZ")))
              .rule(Rule.id("split").when(always()).then(splitByWarehouse()))
              .rule(Rule.id("post").when(always()).then(shipWith("USPS")))
              .build());
  private static final RuleContext CONTEXT = RuleContext.builder().warehouse(NJ).warehouse(SZ).build();

  private final MutableClock clock = MutableClock.at(T0);
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private Erp erp;

  @BeforeEach
  void setUp() {
    AtomicInteger ids = new AtomicInteger();
    erp =
        Erp.builder()
            .tenant(TenantId.of("acme"))
            .store(new InMemoryStore())
            .clock(clock)
            .ids(() -> "id-" + ids.incrementAndGet())
            .listener("test", events::add)
            .build();
    erp.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "acme.myshopify.com", "Acme US", USD, ZoneId.of("America/New_York")));
    for (SkuCode code : List.of(MUG, BOWL)) {
      ProductId product = ProductId.of("P-" + code.value());
      erp.catalog()
          .create(Product.builder().id(product).title(code.value()).addSku(Sku.builder().code(code).productId(product).name(code.value()).build()).build());
    }
    erp.inventory().saveWarehouse(SZ);
    erp.inventory().saveWarehouse(NJ);
  }

  private Order order(String id, Instant purchasedAt, OrderLine... lines) {
    return erp.orders()
        .importOrder(
            new PlatformOrder(
                SHOP, id, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, purchasedAt, purchasedAt, USD,
                Arrays.asList(lines), Money.of("0.00", "USD"), Destination.of("US"), null))
        .order();
  }

  private static OrderLine line(String id, SkuCode sku, long units) {
    return OrderLine.of(id, sku, Quantity.of(units), Money.of("9.99", "USD"));
  }

  private long reserved(SkuCode sku, Warehouse warehouse) {
    return erp.inventory().level(sku, warehouse.id()).reserved();
  }

  @Test
  void allocatesFromTheFirstWarehouseWithStockReservesAndStoresWhy() {
    erp.inventory().receive("r1", MUG, SZ.id(), Quantity.of(10), "PO-1");
    Order order = order("1001", T0, line("L1", MUG, 2));

    RoutingResult result = erp.routing().route(order.id(), RULES, CONTEXT);

    Order routed = erp.orders().find(order.id()).orElseThrow();
    assertThat(result.order()).isEqualTo(routed);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(routed.status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(routed.shipments()).singleElement().satisfies(s -> {
      assertThat(s.warehouse()).isEqualTo(SZ.id());
      assertThat(s.shippingMethod()).isEqualTo("USPS");
      assertThat(s.lines()).containsExactly(new ShipmentLine("L1", MUG, Quantity.of(2)));
    });
    Shipment shipment = routed.shipments().get(0);
    assertThat(erp.inventory().reservation(shipment.reservationKey(shipment.lines().get(0))))
        .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(Reservation.State.ACTIVE));
    assertThat(reserved(MUG, SZ)).isEqualTo(2);
    RoutingRecord why = erp.routing().decision(order.id()).orElseThrow();
    assertThat(why.ruleSetId()).isEqualTo("shop-rules");
    assertThat(why.ruleSetVersion()).isEqualTo(3);
    assertThat(why.status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(why.decidedAt()).isEqualTo(T0);
    assertThat(why.explanation()).contains("us-first", "US-NJ", "missing 2 × MUG-RED");
    erp.drainOutbox();
    assertThat(events).filteredOn(e -> e.type().equals(EventTypes.ORDER_STATUS_CHANGED)).hasSize(1);
  }

  @Test
  void splitsByWarehouseWhenNoSingleOneCoversEveryLine() {
    erp.inventory().receive("r1", MUG, SZ.id(), Quantity.of(5), "PO-1");
    erp.inventory().receive("r2", BOWL, NJ.id(), Quantity.of(5), "PO-2");
    Order order = order("1002", T0, line("L1", MUG, 1), line("L2", BOWL, 3));

    Order routed = erp.routing().route(order.id(), RULES, CONTEXT).order();

    assertThat(routed.status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(routed.shipments()).extracting(Shipment::warehouse).containsExactlyInAnyOrder(SZ.id(), NJ.id());
    assertThat(reserved(MUG, SZ)).isEqualTo(1);
    assertThat(reserved(BOWL, NJ)).isEqualTo(3);
  }

  @Test
  void aHoldPutsTheOrderOnHoldWithTheRulesReasonAndReservesNothing() {
    erp.inventory().receive("r1", MUG, SZ.id(), Quantity.of(100), "PO-1");
    Order order = order("1003", T0, line("L1", MUG, 60));

    Order routed = erp.routing().route(order.id(), RULES, CONTEXT).order();

    assertThat(routed.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(routed.holdReason()).hasValue("bulk order");
    assertThat(routed.shipments()).isEmpty();
    assertThat(reserved(MUG, SZ)).isZero();
    assertThat(erp.routing().decision(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThatThrownBy(() -> erp.routing().route(order.id(), RULES, CONTEXT))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void withoutStockTheOrderWaitsAndAReceiptReleasesTheOldestFirst() {
    Order newer = order("2002", T0.plusSeconds(60), line("L1", MUG, 2));
    Order older = order("2001", T0, line("L1", MUG, 2));
    assertThat(erp.routing().route(newer.id(), RULES, CONTEXT).order().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThat(erp.routing().route(older.id(), RULES, CONTEXT).order().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThat(erp.routing().decision(older.id()).orElseThrow().explanation()).contains("missing 2 × MUG-RED");

    erp.inventory().receive("r1", MUG, SZ.id(), Quantity.of(3), "PO-1");
    List<RoutingResult> released = erp.routing().releaseBacklog(RULES, CONTEXT, 10);

    assertThat(released).extracting(r -> r.order().id()).containsExactly(older.id(), newer.id());
    assertThat(erp.orders().find(older.id()).orElseThrow().status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(erp.orders().find(newer.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThat(reserved(MUG, SZ)).isEqualTo(2);
  }

  @Test
  void cancellingAnAllocatedOrderReleasesItsReservations() {
    erp.inventory().receive("r1", MUG, SZ.id(), Quantity.of(10), "PO-1");
    erp.inventory().receive("r2", BOWL, NJ.id(), Quantity.of(10), "PO-2");
    Order order = order("1004", T0, line("L1", MUG, 2), line("L2", BOWL, 1));
    Order routed = erp.routing().route(order.id(), RULES, CONTEXT).order();

    erp.orders().cancel(order.id());

    assertThat(reserved(MUG, SZ)).isZero();
    assertThat(reserved(BOWL, NJ)).isZero();
    for (Shipment s : routed.shipments()) {
      for (ShipmentLine l : s.lines()) {
        assertThat(erp.inventory().reservation(s.reservationKey(l)).orElseThrow().state()).isEqualTo(Reservation.State.RELEASED);
      }
    }
  }

  @Test
  void routingAnOrderThatIsNotNewOrWaitingIsRefused() {
    erp.inventory().receive("r1", MUG, SZ.id(), Quantity.of(10), "PO-1");
    Order order = order("1005", T0, line("L1", MUG, 1));
    erp.routing().route(order.id(), RULES, CONTEXT);

    assertThatThrownBy(() -> erp.routing().route(order.id(), RULES, CONTEXT))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(reserved(MUG, SZ)).isEqualTo(1);
    assertThatThrownBy(() -> erp.routing().releaseBacklog(RULES, CONTEXT, 0)).isInstanceOf(InvalidInputException.class);
  }

  private static final SupplierId FACTORY = SupplierId.of("factory");
  private static final SupplierId TRADER = SupplierId.of("trader");
  private static final LocalDate NEEDED_BY = LocalDate.of(2026, 12, 31);

  /** Two suppliers of MUG, both in time for {@link #NEEDED_BY}; FACTORY is preferred. Nobody offers BOWL. */
  private void mugSuppliers() {
    for (SupplierId id : List.of(FACTORY, TRADER)) {
      erp.purchasing().saveSupplier(new Supplier(id, "Supplier " + id, null, USD, "net 30", 4, false));
      erp.purchasing()
          .saveOffer(
              new SupplierOffer(
                  id, MUG, USD, List.of(new PriceTier(1, UnitAmount.of("2.00", "USD"))), 1, 1, 10, id.equals(FACTORY)));
    }
  }

  private Order waitingFor(String id, SkuCode sku, long units) {
    Order order = order(id, T0, line("L1", sku, units));
    assertThat(erp.routing().route(order.id(), RULES, CONTEXT).order().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    return order;
  }

  @Test
  void aWaitingOrderDraftsItsShortfallAtTheBestSupplierOnce() {
    mugSuppliers();
    Order order = waitingFor("1001", MUG, 5);

    ShortfallReport first = erp.routing().raiseShortfalls(NJ.id(), NEEDED_BY);

    assertThat(first.raised()).containsExactly(new Shortfall(MUG, Quantity.of(5), NEEDED_BY, NJ.id()));
    assertThat(first.withoutOffer()).isEmpty();
    PurchaseOrder draft = erp.purchasing().purchaseOrder(first.drafts().get(0)).orElseThrow();
    assertThat(draft.supplier()).isEqualTo(FACTORY);
    assertThat(draft.warehouse()).isEqualTo(NJ.id());
    assertThat(draft.line(MUG)).hasValueSatisfying(l -> assertThat(l.quantity()).isEqualTo(5));

    // The same backlog routed and raised again: the draft already covers it.
    assertThat(erp.routing().releaseBacklog(RULES, CONTEXT, 10)).singleElement()
        .satisfies(r -> assertThat(r.order().status()).isEqualTo(OrderStatus.AWAITING_STOCK));
    ShortfallReport again = erp.routing().raiseShortfalls(NJ.id(), NEEDED_BY);

    assertThat(again.raised()).isEmpty();
    assertThat(erp.purchasing().purchaseOrder(draft.id()).orElseThrow().line(MUG))
        .hasValueSatisfying(l -> assertThat(l.quantity()).isEqualTo(5));

    // A second waiting order drafts only its own units on top.
    waitingFor("1002", MUG, 2);
    ShortfallReport more = erp.routing().raiseShortfalls(NJ.id(), NEEDED_BY);
    assertThat(more.raised()).extracting(s -> s.quantity().value()).containsExactly(2L);
    assertThat(erp.purchasing().purchaseOrder(draft.id()).orElseThrow().line(MUG))
        .hasValueSatisfying(l -> assertThat(l.quantity()).isEqualTo(7));
    assertThat(erp.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
  }

  @Test
  void anOpenPurchaseOrderOrStockOnHandCoversTheShortfall() {
    mugSuppliers();
    waitingFor("1001", MUG, 5);
    PurchaseOrder open = erp.purchasing().addToDraft(TRADER, SZ.id(), List.of(new DraftLine(MUG, 4, null)));
    erp.purchasing().approve(open.id()); // 4 inbound at Shenzhen
    erp.inventory().receive("r1", MUG, NJ.id(), Quantity.of(1), "found"); // arrived after routing

    ShortfallReport report = erp.routing().raiseShortfalls(NJ.id(), NEEDED_BY);

    assertThat(report.raised()).isEmpty();
    assertThat(report.drafts()).isEmpty();
  }

  @Test
  void aSkuNobodyOffersIsReportedAndTheOrderKeepsWaiting() {
    mugSuppliers();
    Order bowls = waitingFor("1001", BOWL, 3);
    waitingFor("1002", MUG, 1);

    ShortfallReport report = erp.routing().raiseShortfalls(NJ.id(), NEEDED_BY);

    assertThat(report.withoutOffer()).containsExactly(BOWL);
    assertThat(report.raised()).extracting(Shortfall::sku).containsExactly(MUG);
    assertThat(erp.orders().find(bowls.id()).orElseThrow().status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThatThrownBy(() -> erp.routing().raiseShortfalls(WarehouseId.of("NOWHERE"), NEEDED_BY))
        .isInstanceOf(dev.crossborder.erp.kernel.NotFoundException.class);
  }
}
