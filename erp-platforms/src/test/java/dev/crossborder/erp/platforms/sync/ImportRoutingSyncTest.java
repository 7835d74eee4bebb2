package dev.crossborder.erp.platforms.sync;

import static dev.crossborder.erp.order.rules.Actions.hold;
import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.weight;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.rules.Comparison;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing on import and bad input through {@link FakePlatform} and the sync engine: orders the
 * sync imports are routed after their page, a routing failure leaves the order {@code NEW} and is
 * retried on the next round, and every kind of bad input is quarantined or held with a typed
 * reason while the rest of the page imports.
 */
class ImportRoutingSyncTest {
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId SHOP = ShopId.of("shopify-us");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final Warehouse NJ =
      new Warehouse(WarehouseId.of("US-NJ"), "New Jersey", "US", WarehouseKind.OWN, ZoneId.of("America/New_York"));
  private static final OrderRules RULES =
      OrderRules.of(
          RuleSet.builder("on-import", 1)
              .rule(Rule.id("heavy").when(weight(Comparison.ABOVE, Weight.ofGrams(30_000))).then(hold("heavy")))
              .rule(Rule.id("nj").when(always()).then(warehousesInOrder("US-NJ")))
              .rule(Rule.id("post").when(always()).then(shipWith("USPS")))
              .build());

  private final MutableClock clock = MutableClock.at(T0);
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private static final RuleContext WITH_WEIGHTS = RuleContext.builder().warehouse(NJ).weight(MUG, Weight.ofGrams(300)).build();

  private final AtomicReference<RuleContext> context = new AtomicReference<>(WITH_WEIGHTS);
  private FakePlatform platform;
  private Erp erp;

  @BeforeEach
  void setUp() {
    platform = FakePlatform.builder().platform(PlatformId.SHOPIFY).clock(clock).pageSize(3).seed(1).build();
    erp =
        Erp.builder()
            .tenant(TenantId.of("acme"))
            .store(new InMemoryStore())
            .clock(clock)
            .connector(platform)
            .listener("test", events::add)
            .routingOnImport(RULES, context::get)
            .build();
    erp.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "acme.myshopify.com", "Acme US", USD, ZoneId.of("UTC")));
    ProductId product = ProductId.of("P-MUG");
    erp.catalog()
        .create(Product.builder().id(product).title("Mug").addSku(Sku.builder().code(MUG).productId(product).name("Mug").build()).build());
    erp.inventory().saveWarehouse(NJ);
    erp.inventory().receive("r1", MUG, NJ.id(), Quantity.of(100), "PO-1");
  }

  private PlatformOrder put(String id, Currency currency, SkuCode sku) {
    Instant at = clock.instant().minus(Duration.ofMinutes(10));
    PlatformOrder order =
        new PlatformOrder(
            SHOP, id, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, at, at, currency,
            List.of(OrderLine.of("L1", sku, Quantity.of(1), Money.of("9.99", currency.getCurrencyCode()))),
            Money.zero(currency), Destination.of("US"), null);
    platform.putOrder(SHOP, order);
    return order;
  }

  private Order stored(String platformOrderId) {
    return erp.orders().findByPlatformOrderId(SHOP, platformOrderId).orElseThrow();
  }

  @Test
  void importedOrdersAreRoutedAfterTheirPageWithoutAnyCallByTheHost() {
    for (int i = 1; i <= 7; i++) {
      put("ORD-" + i, USD, MUG);
    }

    SyncReport report = erp.sync().syncNow(SHOP);

    assertThat(report.created()).isEqualTo(7);
    for (int i = 1; i <= 7; i++) {
      Order order = stored("ORD-" + i);
      assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
      assertThat(order.shipments()).singleElement().satisfies(s -> assertThat(s.warehouse()).isEqualTo(NJ.id()));
    }
    assertThat(erp.inventory().level(MUG, NJ.id()).reserved()).isEqualTo(7);
    clock.advance(Duration.ofMinutes(5));
    erp.sync().syncNow(SHOP); // idempotent: nothing routed or reserved twice
    assertThat(erp.inventory().level(MUG, NJ.id()).reserved()).isEqualTo(7);
  }

  @Test
  void ordersWaitingForStockAreRoutedAgainWhenAReceiptArrivesOldestFirst() {
    for (int i = 1; i <= 3; i++) {
      put("BIG-" + i, USD, MUG);
      clock.advance(Duration.ofSeconds(1));
    }
    // Take the stock away so that every imported order waits.
    erp.inventory().adjust("shrink", MUG, NJ.id(), -100, "cycle count");
    erp.drainOutbox();
    erp.sync().syncNow(SHOP);
    for (int i = 1; i <= 3; i++) {
      assertThat(stored("BIG-" + i).status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    }

    // Two units arrive: the outbox listener routes the backlog, the two oldest orders first.
    erp.inventory().receive("r2", MUG, NJ.id(), Quantity.of(2), "PO-2");
    erp.drainOutbox();

    assertThat(stored("BIG-1").status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(stored("BIG-2").status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(stored("BIG-3").status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThat(erp.inventory().level(MUG, NJ.id()).reserved()).isEqualTo(2);

    // Cancelling one frees its unit, and the last waiting order takes it.
    erp.orders().cancel(stored("BIG-1").id());
    erp.drainOutbox();
    assertThat(stored("BIG-3").status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(erp.inventory().level(MUG, NJ.id()).reserved()).isEqualTo(2);
  }

  @Test
  void aRoutingFailureLeavesTheOrderNewReportsItAndTheNextRoundRoutesIt() {
    context.set(RuleContext.builder().warehouse(NJ).build()); // no catalog weights: the weight rule cannot decide
    put("ORD-1", USD, MUG);

    SyncReport first = erp.sync().syncNow(SHOP);

    assertThat(first.outcome()).isEqualTo(SyncReport.Outcome.COMPLETED);
    assertThat(first.created()).isEqualTo(1);
    assertThat(stored("ORD-1").status()).isEqualTo(OrderStatus.NEW);
    erp.drainOutbox();
    assertThat(events).filteredOn(e -> e.type().equals(EventTypes.ORDER_ROUTING_FAILED))
        .singleElement()
        .satisfies(e -> assertThat(e.payload()).contains("skuWeights[MUG-RED]"));

    context.set(WITH_WEIGHTS);
    clock.advance(Duration.ofMinutes(1));
    SyncReport next = erp.sync().syncNow(SHOP);

    assertThat(next.created()).isZero();
    assertThat(stored("ORD-1").status()).isEqualTo(OrderStatus.ALLOCATED);
  }

  @Test
  void badInputIsQuarantinedOrHeldWithATypedReasonAndTheRestOfThePageImports() {
    put("OK-1", USD, MUG);
    put("EUR-1", Currency.getInstance("EUR"), MUG); // a currency the shop does not sell in
    put("GHOST-1", USD, SkuCode.of("GHOST-SKU")); // a SKU nobody knows
    put("ZERO-1", USD, MUG);
    put("NEG-1", USD, MUG);
    put("NOCOUNTRY-1", USD, MUG);
    put("OK-2", USD, MUG);
    // what a connector reports for payloads it cannot map to the domain
    platform.markUnmappable(SHOP, "ZERO-1", new InvalidInputException("lines[0].quantity", 0, "must be positive"));
    platform.markUnmappable(SHOP, "NEG-1", new InvalidInputException("lines[0].unitPrice", "-5.00 USD", "must not be negative"));
    platform.markUnmappable(SHOP, "NOCOUNTRY-1", new InvalidInputException("destination.country", "null", "is required"));

    SyncReport report = erp.sync().syncNow(SHOP);

    assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.COMPLETED);
    assertThat(report.created()).isEqualTo(3);
    assertThat(report.quarantined()).isEqualTo(4);
    Map<String, String> quarantined =
        erp.sync().quarantined(SHOP).stream().collect(Collectors.toMap(QuarantinedItem::itemId, QuarantinedItem::error));
    assertThat(quarantined).containsOnlyKeys("EUR-1", "ZERO-1", "NEG-1", "NOCOUNTRY-1");
    assertThat(quarantined.get("EUR-1")).contains("currency", "EUR");
    assertThat(quarantined.get("ZERO-1")).contains("lines[0].quantity");
    assertThat(quarantined.get("NEG-1")).contains("lines[0].unitPrice");
    assertThat(quarantined.get("NOCOUNTRY-1")).contains("destination.country");
    assertThat(stored("OK-1").status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(stored("OK-2").status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(stored("GHOST-1").status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(stored("GHOST-1").holdReason()).hasValueSatisfying(r -> assertThat(r).startsWith("unknown sku: GHOST-SKU"));
    assertThat(erp.orders().findByPlatformOrderId(SHOP, "EUR-1")).isEmpty();
  }
}
