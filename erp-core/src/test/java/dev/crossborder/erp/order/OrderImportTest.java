package dev.crossborder.erp.order;

import static dev.crossborder.erp.order.rules.Actions.hold;
import static dev.crossborder.erp.order.rules.Actions.mergeWithin;
import static dev.crossborder.erp.order.rules.Actions.shipWith;
import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static dev.crossborder.erp.order.rules.Conditions.buyer;
import static dev.crossborder.erp.order.rules.Conditions.margin;
import static dev.crossborder.erp.order.rules.Conditions.postcodeStartsWith;
import static dev.crossborder.erp.order.rules.Conditions.shippingLevel;
import static dev.crossborder.erp.order.rules.Conditions.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.Erp;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.FixedExchangeRates;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.rules.BuyerHasher;
import dev.crossborder.erp.order.rules.Comparison;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Import and routing together: the rule inputs routing derives (buyer key, postcode, shipping
 * level, margin), platform changes after import, bad input, merges and {@code routeNew}.
 */
class OrderImportTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final ShopId SHOP = ShopId.of("shopify-us");
  private static final ShopId AMAZON_SHOP = ShopId.of("amazon-us");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final Warehouse NJ =
      new Warehouse(WarehouseId.of("US-NJ"), "New Jersey", "US", WarehouseKind.OWN, ZoneId.of("America/New_York"));
  private static final BuyerHasher HASHER =
      new BuyerHasher("tenant-secret-of-acme-0123456789".getBytes(StandardCharsets.UTF_8));
  private static final Address ALICE_HOME = new Address("Alice Doe", "1 Main St", null, "Springfield", "IL", "62701", "US");
  private static final BuyerDetails ALICE = new BuyerDetails("Alice Doe", "alice@example.com", "+1 555 0100", ALICE_HOME);
  private static final BuyerDetails BOB =
      new BuyerDetails("Bob Roe", "bob@example.com", null, new Address("Bob Roe", "9 Elm St", null, "Austin", "TX", "73301", "US"));

  private static final RuleContext CONTEXT = RuleContext.builder().warehouse(NJ).build();
  private static final OrderRules SIMPLE =
      OrderRules.of(
          RuleSet.builder("simple", 1)
              .rule(Rule.id("nj").when(always()).then(warehousesInOrder("US-NJ")))
              .rule(Rule.id("post").when(always()).then(shipWith("USPS")))
              .build());

  private static final ObjectMapper MAPPER = ErpJson.newMapper();

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
            .buyerHasher(HASHER)
            .exchangeRates(FixedExchangeRates.builder().rate("CNY", "USD", "0.14").build())
            .build();
    erp.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "acme.myshopify.com", "Acme US", USD, ZoneId.of("America/New_York")));
    erp.shops().create(Shop.of(AMAZON_SHOP, PlatformId.AMAZON, "ATVPDKIKX0DER", "Acme Amazon", USD, ZoneId.of("America/New_York")));
    ProductId product = ProductId.of("P-MUG");
    erp.catalog()
        .create(
            Product.builder()
                .id(product)
                .title("Mug")
                .addSku(Sku.builder().code(MUG).productId(product).name("Mug").unitCost(UnitAmount.of("50", "CNY")).build())
                .build());
    erp.inventory().saveWarehouse(NJ);
    erp.inventory().receive("r1", MUG, NJ.id(), Quantity.of(100), "PO-1");
  }

  private static PlatformOrder platformOrder(
      ShopId shop, String id, Instant at, BuyerDetails buyer, String shippingLevel, OrderLine... lines) {
    return new PlatformOrder(
        shop, id, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0, at, USD, List.of(lines),
        Money.of("1.00", "USD"), Destination.of(buyer.shipTo().country()), buyer, shippingLevel);
  }

  private Order imported(PlatformOrder order) {
    return erp.orders().importOrder(order).order();
  }

  private static OrderLine line(String id, SkuCode sku, long units, String price) {
    return OrderLine.of(id, sku, Quantity.of(units), Money.of(price, "USD"));
  }

  private List<DomainEvent> drained(String type) {
    erp.drainOutbox();
    return events.stream().filter(e -> e.type().equals(type)).toList();
  }

  private static Map<String, Object> json(DomainEvent event) {
    try {
      return MAPPER.readValue(event.payload(), new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private long reserved() {
    return erp.inventory().level(MUG, NJ.id()).reserved();
  }

  // ---- full rule inputs

  @Test
  void routingPassesBuyerKeyPostcodeShippingLevelAndMarginToTheRules() {
    // margin: 2 × 10.00 − 1.00 fees − 2 × 50 CNY × 0.14 = 19.00 − 14.00 = 5.00 USD
    OrderRules rules =
        OrderRules.of(
            RuleSet.builder("inputs", 1)
                .rule(Rule.id("bad-buyer").when(buyer(HASHER.buyerKey(ALICE))).then(hold("known buyer")).andContinue())
                .rule(Rule.id("remote").when(postcodeStartsWith("627")).then(hold("remote postcode")).andContinue())
                .rule(Rule.id("express").when(shippingLevel("expedited")).then(hold("expedited")).andContinue())
                .rule(Rule.id("thin").when(margin(Comparison.BELOW, Money.of("5.01", "USD"))).then(hold("thin margin")).andContinue())
                .rule(Rule.id("nj").when(always()).then(warehousesInOrder("US-NJ")))
                .build());
    Order alice = imported(platformOrder(SHOP, "A-1", T0, ALICE, "Expedited", line("L1", MUG, 2, "10.00")));
    Order bob = imported(platformOrder(SHOP, "B-1", T0, BOB, "Standard", line("L1", MUG, 3, "10.00")));

    Order held = erp.routing().route(alice.id(), rules, CONTEXT).order();
    Order allocated = erp.routing().route(bob.id(), rules, CONTEXT).order();

    assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(held.holdReason()).hasValue("known buyer; remote postcode; expedited; thin margin");
    assertThat(allocated.status()).isEqualTo(OrderStatus.ALLOCATED); // margin 30 − 1 − 21 = 8.00
    String why = erp.routing().decision(alice.id()).orElseThrow().explanation();
    assertThat(why).contains(HASHER.buyerKey(ALICE), "62701", "Expedited", "5.00");
    assertThat(why).doesNotContain("Alice", "alice@example.com", "Main St", "555");
  }

  @Test
  void marginIsUnknownWithoutACostRateSoTheConditionIsFalse() {
    Erp noRates = Erp.builder().tenant(TenantId.of("acme-2")).store(erp.store()).clock(clock).build();
    OrderRules rules =
        OrderRules.of(
            RuleSet.builder("m", 1)
                .rule(Rule.id("thin").when(margin(Comparison.BELOW, Money.of("1000.00", "USD"))).then(hold("thin")))
                .build());
    noRates.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "acme.myshopify.com", "Acme US", USD, ZoneId.of("UTC")));
    ProductId product = ProductId.of("P-MUG");
    noRates.catalog()
        .create(Product.builder().id(product).title("Mug")
            .addSku(Sku.builder().code(MUG).productId(product).name("Mug").unitCost(UnitAmount.of("50", "CNY")).build()).build());
    Order order = noRates.orders().importOrder(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 1, "10.00"))).order();

    Order routed = noRates.routing().route(order.id(), rules, CONTEXT).order();

    assertThat(routed.status()).isEqualTo(OrderStatus.AWAITING_STOCK);
    assertThat(noRates.routing().decision(order.id()).orElseThrow().explanation()).contains("not matched [thin]");
  }

  // ---- platform changes after import

  @Test
  void anAddressChangeBeforeAllocationIsAppliedWithAnEventAndNoHold() {
    Order order = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 1, "10.00")));
    BuyerDetails moved = new BuyerDetails("Alice Doe", "alice@example.com", null,
        new Address("Alice Doe", "2 Oak Ave", null, "Springfield", "IL", "62702", "US"));

    Order updated = imported(platformOrder(SHOP, "A-1", T0.plusSeconds(60), moved, null, line("L1", MUG, 1, "10.00")));

    assertThat(updated.status()).isEqualTo(OrderStatus.NEW);
    assertThat(erp.orders().buyer(order.id()).orElseThrow().shipTo()).isEqualTo(moved.shipTo());
    assertThat(drained(EventTypes.ORDER_PLATFORM_CHANGED)).singleElement()
        .satisfies(e -> assertThat(json(e)).contains(Map.entry("changed", List.of("address")), Map.entry("held", false)));
  }

  @Test
  void anAddressChangeAfterAllocationHoldsTheOrderKeepsItsReservationsAndSaysSoWithoutPii() {
    Order order = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 2, "10.00")));
    erp.routing().route(order.id(), SIMPLE, CONTEXT);
    BuyerDetails moved = new BuyerDetails("Alice Doe", "alice@example.com", null,
        new Address("Alice Doe", "2 Oak Ave", null, "Springfield", "IL", "62702", "US"));

    Order updated = imported(platformOrder(SHOP, "A-1", T0.plusSeconds(60), moved, null, line("L1", MUG, 2, "10.00")));

    assertThat(updated.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(updated.holdReason()).hasValue("platform changed the address after allocation");
    assertThat(updated.shipments()).hasSize(1);
    assertThat(reserved()).isEqualTo(2);
    assertThat(erp.orders().buyer(order.id()).orElseThrow().shipTo()).isEqualTo(moved.shipTo());
    List<DomainEvent> changed = drained(EventTypes.ORDER_PLATFORM_CHANGED);
    assertThat(changed).singleElement()
        .satisfies(e -> assertThat(json(e)).contains(Map.entry("changed", List.of("address")), Map.entry("held", true)));
    assertThat(changed.get(0).payload()).doesNotContain("Oak", "Alice", "62702");
  }

  @Test
  void changedLinesWhileShipmentsExistHoldTheOrderInsteadOfReplacingThem() {
    Order order = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 2, "10.00")));
    erp.routing().route(order.id(), SIMPLE, CONTEXT);

    Order updated = imported(platformOrder(SHOP, "A-1", T0.plusSeconds(60), ALICE, null, line("L1", MUG, 5, "10.00")));

    assertThat(updated.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(updated.holdReason()).hasValue("platform changed the lines after allocation");
    assertThat(updated.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(Quantity.of(2)));
    assertThat(updated.shipments()).singleElement().satisfies(s -> assertThat(s.lines().get(0).quantity()).isEqualTo(Quantity.of(2)));
    assertThat(reserved()).isEqualTo(2);
    assertThat(drained(EventTypes.ORDER_PLATFORM_CHANGED)).singleElement().satisfies(e -> {
      assertThat(json(e)).contains(Map.entry("changed", List.of("lines")), Map.entry("held", true));
      assertThat(json(e).get("lines").toString()).contains("L1", "MUG-RED", "5");
    });
  }

  @Test
  void changedLinesInFulfilmentAlsoHoldAndASecondChangeAddsToTheReason() {
    Order order = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 2, "10.00")));
    Order routed = erp.routing().route(order.id(), SIMPLE, CONTEXT).order();
    erp.orders().changeStatus(order.id(), OrderStatus.IN_FULFILLMENT, routed.version());
    imported(platformOrder(SHOP, "A-1", T0.plusSeconds(60), ALICE, null, line("L1", MUG, 3, "10.00")));
    BuyerDetails moved = new BuyerDetails("Alice Doe", null, null, new Address("Alice Doe", "2 Oak Ave", null, "Springfield", "IL", "62702", "US"));

    Order updated = imported(platformOrder(SHOP, "A-1", T0.plusSeconds(120), moved, null, line("L1", MUG, 3, "10.00")));

    assertThat(updated.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(updated.holdReason())
        .hasValue("platform changed the lines after allocation; platform changed the address and lines after allocation");
    assertThat(reserved()).isEqualTo(2);
  }

  @Test
  void moneyOnlyChangesAfterAllocationAreAppliedWithoutAHold() {
    Order order = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 2, "10.00")));
    erp.routing().route(order.id(), SIMPLE, CONTEXT);

    Order updated = imported(platformOrder(SHOP, "A-1", T0.plusSeconds(60), ALICE, null, line("L1", MUG, 2, "9.00")));

    assertThat(updated.status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(updated.lines().get(0).unitPrice()).isEqualTo(Money.of("9.00", "USD"));
    assertThat(drained(EventTypes.ORDER_PLATFORM_CHANGED)).isEmpty();
  }

  @Test
  void aPlatformCancellationBeforeShipmentReleasesAndAfterShipmentFlags() {
    Order early = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 2, "10.00")));
    Order late = imported(platformOrder(SHOP, "B-1", T0, BOB, null, line("L1", MUG, 3, "10.00")));
    erp.routing().route(early.id(), SIMPLE, CONTEXT);
    Order shipped = erp.routing().route(late.id(), SIMPLE, CONTEXT).order();
    shipped = erp.orders().changeStatus(late.id(), OrderStatus.IN_FULFILLMENT, shipped.version());
    erp.orders().changeStatus(late.id(), OrderStatus.SHIPPED, shipped.version());
    assertThat(reserved()).isEqualTo(5);

    PlatformOrder cancelEarly = platformOrder(SHOP, "A-1", T0.plusSeconds(60), ALICE, null, line("L1", MUG, 2, "10.00"));
    PlatformOrder cancelLate = platformOrder(SHOP, "B-1", T0.plusSeconds(60), BOB, null, line("L1", MUG, 3, "10.00"));
    Order cancelled = imported(withStatus(cancelEarly, PlatformOrderStatus.CANCELLED));
    Order flagged = imported(withStatus(cancelLate, PlatformOrderStatus.CANCELLED));

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    Shipment s = cancelled.shipments().get(0);
    assertThat(erp.inventory().reservation(s.reservationKey(s.lines().get(0))))
        .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(Reservation.State.RELEASED));
    assertThat(reserved()).isEqualTo(3);
    assertThat(flagged.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(flagged.cancelRequestedAfterShipment()).isTrue();
    assertThat(drained(EventTypes.ORDER_PLATFORM_CHANGED))
        .extracting(e -> json(e).get("changed"))
        .containsExactly(List.of("cancelled"), List.of("cancelled"));
  }

  private static PlatformOrder withStatus(PlatformOrder o, PlatformOrderStatus status) {
    return new PlatformOrder(o.shopId(), o.platformOrderId(), status, o.channel(), o.purchasedAt(), o.updatedAt(),
        o.currency(), o.lines(), o.platformFees(), o.destination(), o.buyer(), o.shippingLevel());
  }

  // ---- bad input

  @Test
  void anOrderInACurrencyTheShopDoesNotUseIsRefusedWithATypedErrorAndNothingStored() {
    Currency eur = Currency.getInstance("EUR");
    PlatformOrder euro =
        new PlatformOrder(SHOP, "E-1", PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0, T0, eur,
            List.of(OrderLine.of("L1", MUG, Quantity.of(1), Money.of("9.00", "EUR"))), Money.zero(eur), Destination.of("DE"), null);

    assertThatThrownBy(() -> erp.orders().importOrder(euro))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("currency");
          assertThat(e.getMessage()).contains("EUR", "USD");
        });
    assertThat(erp.orders().findByPlatformOrderId(SHOP, "E-1")).isEmpty();
  }

  @Test
  void zeroQuantityNegativePriceAndAMissingCountryCannotBecomeAnOrderAndNameTheirField() {
    // A connector meets these while mapping and hands the order back as PlatformPage.rejected(),
    // which the sync engine quarantines (ImportRoutingSyncTest in erp-platforms).
    assertThatThrownBy(() -> Quantity.of(0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    assertThatThrownBy(() -> OrderLine.of("L1", MUG, Quantity.of(1), Money.of("-5.00", "USD")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unitPrice"));
    assertThatThrownBy(() -> new Destination(null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("destination.country"));
    assertThatThrownBy(() -> new Address("A", "1 Main St", null, "Springfield", null, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("Main St");
  }

  @Test
  void anUnknownSkuHoldsTheOrderWithATypedReasonAndAPairedSellerSkuResolves() {
    SkuCode listed = SkuCode.of("AMZ-MUG-01");
    Order unknown = imported(platformOrder(SHOP, "U-1", T0, ALICE, null, line("L1", SkuCode.of("GHOST-1"), 1, "10.00")));
    erp.listings().pair(SHOP, listed.value(), MUG);
    Order paired = imported(platformOrder(SHOP, "P-1", T0, BOB, null, line("L1", listed, 1, "10.00")));

    Order held = erp.routing().route(unknown.id(), SIMPLE, CONTEXT).order();
    Order allocated = erp.routing().route(paired.id(), SIMPLE, CONTEXT).order();

    assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(held.holdReason()).hasValueSatisfying(r -> assertThat(r).startsWith("unknown sku: GHOST-1"));
    assertThat(erp.routing().decision(unknown.id()).orElseThrow().explanation()).contains("erp:unknown-sku", "GHOST-1");
    assertThat(paired.lines().get(0).sku()).isEqualTo(MUG);
    assertThat(allocated.status()).isEqualTo(OrderStatus.ALLOCATED);
    // re-importing the same platform data with the seller SKU is not a line change
    Order again = imported(platformOrder(SHOP, "P-1", T0.plusSeconds(5), BOB, null, line("L1", listed, 1, "10.00")));
    assertThat(again.status()).isEqualTo(OrderStatus.ALLOCATED);
  }

  @Test
  void aSellerSkuPairedAfterTheHoldRoutesOnceReleased() {
    SkuCode listed = SkuCode.of("LATE-PAIR");
    Order order = imported(platformOrder(SHOP, "U-2", T0, ALICE, null, line("L1", listed, 1, "10.00")));
    Order held = erp.routing().route(order.id(), SIMPLE, CONTEXT).order();
    erp.listings().pair(SHOP, listed.value(), MUG);
    erp.orders().changeStatus(order.id(), OrderStatus.NEW, held.version());

    Order routed = erp.routing().route(order.id(), SIMPLE, CONTEXT).order();

    assertThat(routed.status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(routed.lines().get(0).sku()).isEqualTo(MUG);
    assertThat(routed.shipments().get(0).lines().get(0).sku()).isEqualTo(MUG);
  }

  // ---- routeNew

  @Test
  void routeNewRoutesEveryNewOrderOfTheShopAndLeavesAFailureNewReportedOnce() {
    OrderRules needsWeight =
        OrderRules.of(
            RuleSet.builder("w", 1)
                .rule(Rule.id("heavy").when(weight(Comparison.ABOVE, Weight.ofGrams(5000))).then(hold("heavy")))
                .rule(Rule.id("nj").when(always()).then(warehousesInOrder("US-NJ")))
                .build());
    Order a = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 1, "10.00")));
    Order b = imported(platformOrder(SHOP, "B-1", T0, BOB, null, line("L1", MUG, 1, "10.00")));

    assertThat(erp.routing().routeNew(SHOP, needsWeight, CONTEXT, 10)).isEmpty();
    assertThat(erp.routing().routeNew(SHOP, needsWeight, CONTEXT, 10)).isEmpty();

    assertThat(erp.orders().find(a.id()).orElseThrow().status()).isEqualTo(OrderStatus.NEW);
    List<DomainEvent> failed = drained(EventTypes.ORDER_ROUTING_FAILED);
    assertThat(failed).hasSize(2); // one per order, not one per attempt
    assertThat(json(failed.get(0)).get("error").toString()).contains("skuWeights[MUG-RED]");

    RuleContext withWeights = CONTEXT.toBuilder().weight(MUG, Weight.ofGrams(300)).build();
    List<RoutingResult> routed = erp.routing().routeNew(SHOP, needsWeight, withWeights, 10);

    assertThat(routed).extracting(r -> r.order().id()).containsExactlyInAnyOrder(a.id(), b.id());
    assertThat(routed).allSatisfy(r -> assertThat(r.order().status()).isEqualTo(OrderStatus.ALLOCATED));
    assertThat(erp.routing().routeNew(SHOP, needsWeight, withWeights, 10)).isEmpty();
  }

  // ---- merges

  private static OrderRules merging() {
    return OrderRules.of(
        RuleSet.builder("merge", 1)
            .rule(Rule.id("nj").when(always()).then(warehousesInOrder("US-NJ")))
            .rule(Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(6))))
            .rule(Rule.id("post").when(always()).then(shipWith("USPS")))
            .build());
  }

  @Test
  void ordersOfOneBuyerAndAddressWithinTheWindowShipAsOnePackageEachKeepingItsShipment() {
    Order first = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 1, "10.00")));
    Order second = imported(platformOrder(SHOP, "A-2", T0.plusSeconds(3600), ALICE, null, line("L1", MUG, 2, "10.00")));
    Order other = imported(platformOrder(SHOP, "B-1", T0, BOB, null, line("L1", MUG, 1, "10.00")));
    erp.routing().route(first.id(), merging(), CONTEXT);
    erp.routing().route(other.id(), merging(), CONTEXT);

    Order merged = erp.routing().route(second.id(), merging(), CONTEXT).order();

    Order firstNow = erp.orders().find(first.id()).orElseThrow();
    assertThat(merged.shipments()).singleElement().satisfies(s -> assertThat(s.mergedWith()).containsExactly(first.id()));
    assertThat(firstNow.shipments()).singleElement().satisfies(s -> assertThat(s.mergedWith()).containsExactly(second.id()));
    assertThat(erp.orders().find(other.id()).orElseThrow().shipments().get(0).isMerged()).isFalse();
    assertThat(merged.lines()).hasSize(1);
    assertThat(reserved()).isEqualTo(4);
    assertThat(erp.routing().decision(second.id()).orElseThrow().explanation()).contains("ships in one package with [" + first.id() + "]");
    assertThat(drained(EventTypes.ORDER_MERGED)).extracting(e -> json(e).get("orderId").toString())
        .containsExactlyInAnyOrder(first.id().value(), second.id().value());
  }

  @Test
  void cancellingOneOrderOfAMergeReplansTheOtherToShipAlone() {
    Order first = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 1, "10.00")));
    Order second = imported(platformOrder(SHOP, "A-2", T0.plusSeconds(60), ALICE, null, line("L1", MUG, 2, "10.00")));
    erp.routing().route(first.id(), merging(), CONTEXT);
    erp.routing().route(second.id(), merging(), CONTEXT);

    erp.orders().cancel(second.id());

    Order alone = erp.orders().find(first.id()).orElseThrow();
    assertThat(alone.status()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(alone.shipments()).singleElement().satisfies(s -> assertThat(s.isMerged()).isFalse());
    assertThat(reserved()).isEqualTo(1);
    assertThat(drained(EventTypes.ORDER_MERGED))
        .filteredOn(e -> json(e).get("orderId").toString().equals(first.id().value()))
        .last()
        .satisfies(e -> assertThat((List<?>) json(e).get("mergedWith")).isEmpty());
  }

  @Test
  void amazonOrdersAreNeverMergedAndOtherWarehousesOrMethodsAreNotMerged() {
    Order first = imported(platformOrder(AMAZON_SHOP, "111-1", T0, ALICE, null, line("L1", MUG, 1, "10.00")));
    Order second = imported(platformOrder(AMAZON_SHOP, "111-2", T0.plusSeconds(60), ALICE, null, line("L1", MUG, 1, "10.00")));
    erp.routing().route(first.id(), merging(), CONTEXT);

    Order routed = erp.routing().route(second.id(), merging(), CONTEXT).order();

    assertThat(routed.shipments().get(0).isMerged()).isFalse();
    assertThat(erp.routing().decision(second.id()).orElseThrow().explanation()).contains("AMAZON forbids merging");

    Order a = imported(platformOrder(SHOP, "A-1", T0, ALICE, null, line("L1", MUG, 1, "10.00")));
    Order b = imported(platformOrder(SHOP, "A-2", T0.plusSeconds(60), ALICE, null, line("L1", MUG, 1, "10.00")));
    erp.routing().route(a.id(), SIMPLE, CONTEXT); // ships with USPS
    OrderRules otherMethod =
        OrderRules.of(
            RuleSet.builder("merge-ups", 1)
                .rule(Rule.id("merge").when(always()).then(mergeWithin(Duration.ofHours(6))))
                .rule(Rule.id("ups").when(always()).then(shipWith("UPS")))
                .build());
    Order notMerged = erp.routing().route(b.id(), otherMethod, CONTEXT).order();
    assertThat(notMerged.shipments().get(0).isMerged()).isFalse();
    assertThat(erp.routing().decision(b.id()).orElseThrow().explanation()).contains("not merged with " + a.id() + ": ships with USPS, not UPS");
  }
}
