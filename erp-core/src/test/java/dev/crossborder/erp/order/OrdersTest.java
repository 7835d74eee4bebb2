package dev.crossborder.erp.order;

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
import dev.crossborder.erp.inventory.ReservationLine;
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
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrdersTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final ShopId SHOP = ShopId.of("amazon-us");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final WarehouseId SZ = WarehouseId.of("CN-SZ");

  private final MutableClock clock = MutableClock.at(T0);
  private final InMemoryStore store = new InMemoryStore();
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
  private Erp erp;

  @BeforeEach
  void setUp() {
    AtomicInteger ids = new AtomicInteger();
    erp =
        Erp.builder()
            .tenant(TenantId.of("acme"))
            .store(store)
            .clock(clock)
            .ids(() -> "id-" + ids.incrementAndGet())
            .listener("test", events::add)
            .build();
    erp.shops().create(Shop.of(SHOP, PlatformId.AMAZON, "ATVPDKIKX0DER", "Acme US", USD, ZoneId.of("America/Los_Angeles")));
    ProductId product = ProductId.of("MUG");
    erp.catalog()
        .create(
            Product.builder().id(product).title("Mug").addSku(Sku.builder().code(MUG).productId(product).name("Red mug").build()).build());
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.inventory().receive("r1", MUG, SZ, Quantity.of(10), "PO-1");
  }

  private static PlatformOrder order(String id, PlatformOrderStatus status, Instant updatedAt) {
    return order(id, status, FulfillmentChannel.MERCHANT, updatedAt, Destination.of("US"), buyer());
  }

  private static PlatformOrder order(
      String id, PlatformOrderStatus status, FulfillmentChannel channel, Instant updatedAt, Destination to, BuyerDetails buyer) {
    return new PlatformOrder(
        SHOP,
        id,
        status,
        channel,
        T0,
        updatedAt,
        USD,
        List.of(OrderLine.of("L1", MUG, Quantity.of(2), Money.of("12.99", "USD"))),
        Money.of("3.90", "USD"),
        to,
        buyer);
  }

  private static BuyerDetails buyer() {
    return new BuyerDetails(
        "Jane Roe", "jane@example.com", "+1 555 0100",
        new Address("Jane Roe", "1 Main Street", null, "Springfield", "IL", "62701", "US"));
  }

  private long eventsOfType(String type) {
    erp.drainOutbox();
    return events.stream().filter(e -> e.type().equals(type)).count();
  }

  @Test
  void importsANewOrderOnceAndEmitsOrderImported() {
    ImportResult first = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0));
    ImportResult again = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0));

    assertThat(first).isInstanceOf(ImportResult.Created.class);
    assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
    assertThat(again.order().id()).isEqualTo(first.order().id());
    Order stored = erp.orders().findByPlatformOrderId(SHOP, "113-1").orElseThrow();
    assertThat(stored.status()).isEqualTo(OrderStatus.NEW);
    assertThat(stored.total()).isEqualTo(Money.of("25.98", "USD"));
    assertThat(stored.version()).isZero();
    assertThat(eventsOfType(EventTypes.ORDER_IMPORTED)).isEqualTo(1);
  }

  @Test
  void olderPlatformDataNeverOverwritesNewer() {
    erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0.plusSeconds(60)));
    ImportResult late = erp.orders().importOrder(order("113-1", PlatformOrderStatus.PENDING, T0));

    assertThat(late).isInstanceOf(ImportResult.Unchanged.class);
    assertThat(late.order().platformStatus()).isEqualTo(PlatformOrderStatus.UNSHIPPED);
    assertThat(late.order().platformUpdatedAt()).isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void newerPlatformDataReplacesPlatformFieldsAndKeepsLocalState() {
    Order created = erp.orders().importOrder(order("113-1", PlatformOrderStatus.PENDING, T0)).order();
    erp.orders().hold(created.id(), "address check");

    Destination moved = new Destination("US", "CA");
    ImportResult updated =
        erp.orders()
            .importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0.plusSeconds(5), moved, buyer()));

    assertThat(updated).isInstanceOf(ImportResult.Updated.class);
    Order order = updated.order();
    assertThat(order.platformStatus()).isEqualTo(PlatformOrderStatus.UNSHIPPED);
    assertThat(order.destination()).isEqualTo(moved);
    assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
    assertThat(order.holdReason()).contains("address check");
    assertThat(eventsOfType(EventTypes.ORDER_UPDATED)).isEqualTo(1);
  }

  @Test
  void platformCancellationCancelsAnUnshippedOrderAndReleasesItsStock() {
    Order created = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0)).order();
    Shipment shipment =
        new Shipment(ShipmentId.of("S1"), SZ, null, List.of(new ShipmentLine("L1", MUG, Quantity.of(2))), List.of());
    String key = shipment.reservationKey(shipment.lines().get(0));
    store.useTransaction(
        erp.tenant(),
        tx -> tx.repository(OrderRepository.class).update(created.toBuilder().shipments(List.of(shipment)).status(OrderStatus.ALLOCATED).build()));
    erp.inventory().reserve(List.of(new ReservationLine(key, MUG, SZ, Quantity.of(2))));
    assertThat(erp.inventory().available(MUG)).isEqualTo(8);

    ImportResult result = erp.orders().importOrder(order("113-1", PlatformOrderStatus.CANCELLED, T0.plusSeconds(1)));

    assertThat(result.order().status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(((ImportResult.Updated) result).previousStatus()).isEqualTo(OrderStatus.ALLOCATED);
    assertThat(erp.inventory().reservation(key).orElseThrow().state()).isEqualTo(Reservation.State.RELEASED);
    assertThat(erp.inventory().available(MUG)).isEqualTo(10);
    assertThat(eventsOfType(EventTypes.ORDER_STATUS_CHANGED)).isEqualTo(1);
  }

  @Test
  void platformCancellationAfterShipmentIsFlaggedNotApplied() {
    Order order = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0)).order();
    for (OrderStatus next : List.of(OrderStatus.ALLOCATED, OrderStatus.IN_FULFILLMENT, OrderStatus.SHIPPED)) {
      order = erp.orders().changeStatus(order.id(), next, order.version());
    }

    Order after = erp.orders().importOrder(order("113-1", PlatformOrderStatus.CANCELLED, T0.plusSeconds(1))).order();

    assertThat(after.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(after.cancelRequestedAfterShipment()).isTrue();
    assertThat(after.platformStatus()).isEqualTo(PlatformOrderStatus.CANCELLED);
  }

  @Test
  void ordersAlreadyCancelledOrFulfilledByThePlatformStartInTheirFinalState() {
    Order cancelled = erp.orders().importOrder(order("113-1", PlatformOrderStatus.CANCELLED, T0)).order();
    Order fba =
        erp.orders()
            .importOrder(order("113-2", PlatformOrderStatus.SHIPPED, FulfillmentChannel.PLATFORM, T0, Destination.of("US"), null))
            .order();

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(fba.status()).isEqualTo(OrderStatus.EXTERNALLY_FULFILLED);
    assertThat(erp.orders().buyer(fba.id())).isEmpty();
  }

  @Test
  void importForAnUnknownShopIsRefusedAndWritesNothing() {
    PlatformOrder stranger =
        new PlatformOrder(ShopId.of("nope"), "1", PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, T0, T0, USD,
            List.of(OrderLine.of("L1", MUG, Quantity.of(1), Money.of("1.00", "USD"))), Money.zero(USD), Destination.of("US"), null);

    assertThatThrownBy(() -> erp.orders().importOrder(stranger))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.field()).isEqualTo("shopId");
          assertThat(e.value()).isEqualTo("nope");
        });
    assertThat(erp.orders().list(OrderQuery.all(), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void buyerDataIsKeptApartAndCanBeErasedWithoutTouchingTheOrder() {
    Order order = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0)).order();
    assertThat(erp.orders().buyer(order.id())).contains(buyer());

    assertThat(erp.orders().eraseBuyer(order.id())).isTrue();
    assertThat(erp.orders().eraseBuyer(order.id())).isFalse();

    assertThat(erp.orders().buyer(order.id())).isEmpty();
    Order after = erp.orders().find(order.id()).orElseThrow();
    assertThat(after.total()).isEqualTo(order.total());
    assertThat(after.lines()).isEqualTo(order.lines());
    assertThat(after.purchasedAt()).isEqualTo(order.purchasedAt());
    assertThat(eventsOfType(EventTypes.ORDER_BUYER_ERASED)).isEqualTo(1);
    assertThat(events).allSatisfy(e -> assertThat(e.payload()).doesNotContain("Jane", "Main Street", "jane@"));
  }

  @Test
  void buyerDataNeverAppearsInToStringOrErrorMessages() {
    PlatformOrder placed = order("113-1", PlatformOrderStatus.UNSHIPPED, T0);
    assertThat(placed.toString() + buyer() + buyer().shipTo()).doesNotContain("Jane", "Main Street", "62701", "555");

    String longStreet = "Secret Lane ".repeat(40);
    assertThatThrownBy(() -> new Address("Jane Roe", longStreet, null, "Springfield", null, null, "US"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("address.line1");
          assertThat(e.getMessage()).doesNotContain("Secret");
        });
  }

  @Test
  void statusChangesFollowTheStateMachineAndTheVersionRead() {
    Order order = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0)).order();

    assertThatThrownBy(() -> erp.orders().changeStatus(order.id(), OrderStatus.SHIPPED, order.version()))
        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
          assertThat(e.field()).isEqualTo("status");
          assertThat(e.value()).isEqualTo("NEW -> SHIPPED");
        });
    Order allocated = erp.orders().changeStatus(order.id(), OrderStatus.ALLOCATED, order.version());
    assertThat(allocated.version()).isEqualTo(1);

    assertThatThrownBy(() -> erp.orders().changeStatus(order.id(), OrderStatus.IN_FULFILLMENT, order.version()))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(erp.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.ALLOCATED);
  }

  @Test
  void aHoldNeedsAReasonAndIsClearedWhenReleased() {
    Order order = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0)).order();

    assertThatThrownBy(() -> erp.orders().hold(order.id(), " ")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> erp.orders().changeStatus(order.id(), OrderStatus.ON_HOLD, 0)).isInstanceOf(InvalidInputException.class);
    Order held = erp.orders().hold(order.id(), "fraud check");
    Order released = erp.orders().changeStatus(order.id(), OrderStatus.NEW, held.version());

    assertThat(released.holdReason()).isEmpty();
  }

  @Test
  void cancellingAShippedOrderIsRefused() {
    Order order = erp.orders().importOrder(order("113-1", PlatformOrderStatus.UNSHIPPED, T0)).order();
    for (OrderStatus next : List.of(OrderStatus.ALLOCATED, OrderStatus.IN_FULFILLMENT, OrderStatus.SHIPPED)) {
      order = erp.orders().changeStatus(order.id(), next, order.version());
    }
    OrderId id = order.id();

    assertThatThrownBy(() -> erp.orders().cancel(id)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void listsOrdersFilteredAndKeysetPagedInPurchaseOrder() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      PlatformOrder p = order("P-" + i, i % 2 == 0 ? PlatformOrderStatus.UNSHIPPED : PlatformOrderStatus.CANCELLED, T0);
      PlatformOrder shifted =
          new PlatformOrder(p.shopId(), p.platformOrderId(), p.status(), p.channel(), T0.plus(Duration.ofMinutes(7 - i)),
              p.updatedAt(), p.currency(), p.lines(), p.platformFees(), p.destination(), null);
      erp.orders().importOrder(shifted);
      if (i % 2 == 0) {
        expected.add(0, "P-" + i);
      }
    }

    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    OrderQuery newOnly = OrderQuery.all().withStatuses(OrderStatus.NEW).withShop(SHOP);
    while (true) {
      Page<Order> page = erp.orders().list(newOnly, request);
      page.items().forEach(o -> seen.add(o.platformOrderId()));
      if (!page.hasNext()) {
        break;
      }
      request = request.next(page);
    }
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void linesOfMixedCurrenciesAreRefused() {
    assertThatThrownBy(
            () -> new OrderLine("L1", MUG, Quantity.of(1), Money.of("1.00", "USD"), Money.of("0.10", "EUR"),
                Money.zero(USD), Money.zero(USD)))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
