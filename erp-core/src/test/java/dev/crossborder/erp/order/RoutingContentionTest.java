package dev.crossborder.erp.order;

import static dev.crossborder.erp.order.rules.Actions.warehousesInOrder;
import static dev.crossborder.erp.order.rules.Conditions.always;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's "routing under contention" proof on the in-memory store: 1,000 one-unit orders compete
 * for 300 units in two warehouses from four threads.
 */
class RoutingContentionTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final ShopId SHOP = ShopId.of("shopify-us");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final Warehouse SZ = new Warehouse(WarehouseId.of("CN-SZ"), "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai"));
  private static final Warehouse NJ = new Warehouse(WarehouseId.of("US-NJ"), "New Jersey", "US", WarehouseKind.OWN, ZoneId.of("America/New_York"));
  private static final OrderRules RULES =
      OrderRules.of(RuleSet.builder("contention", 1).rule(Rule.id("us-first").when(always()).then(warehousesInOrder("US-NJ", "CN-SZ"))).build());
  private static final RuleContext CONTEXT = RuleContext.builder().warehouse(NJ).warehouse(SZ).build();
  private static final int ORDERS = 1_000;
  private static final int THREADS = 4;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void neverReservesMoreThanOnHandAndAReceiptReleasesTheBacklogInPurchaseOrder() throws Exception {
    AtomicInteger ids = new AtomicInteger();
    Erp erp =
        Erp.builder().tenant(TenantId.of("acme")).store(new InMemoryStore()).clock(MutableClock.at(T0))
            .ids(() -> "id-" + ids.incrementAndGet()).build();
    erp.shops().create(Shop.of(SHOP, PlatformId.SHOPIFY, "acme.myshopify.com", "Acme US", USD, ZoneId.of("America/New_York")));
    ProductId product = ProductId.of("MUG");
    erp.catalog().create(Product.builder().id(product).title("Mug").addSku(Sku.builder().code(MUG).productId(product).name("Mug").build()).build());
    erp.inventory().saveWarehouse(SZ);
    erp.inventory().saveWarehouse(NJ);
    erp.inventory().receive("r-sz", MUG, SZ.id(), Quantity.of(180), "PO-1");
    erp.inventory().receive("r-nj", MUG, NJ.id(), Quantity.of(120), "PO-2");
    List<OrderId> orders = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      Instant at = T0.plusSeconds(i);
      orders.add(
          erp.orders()
              .importOrder(
                  new PlatformOrder(
                      SHOP, "o-" + i, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, at, at, USD,
                      List.of(OrderLine.of("L1", MUG, Quantity.of(1), Money.of("9.99", "USD"))),
                      Money.of("0.00", "USD"), Destination.of("US"), null))
              .order()
              .id());
    }
    List<OrderId> shuffled = new ArrayList<>(orders);
    Collections.shuffle(shuffled, new Random(6));

    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t;
      workers.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = offset; i < shuffled.size(); i += THREADS) {
                  erp.routing().route(shuffled.get(i), RULES, CONTEXT);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> worker : workers) {
      worker.get();
    }

    List<Order> routed = orders.stream().map(id -> erp.orders().find(id).orElseThrow()).toList();
    assertThat(routed).allSatisfy(o -> assertThat(o.status()).isIn(OrderStatus.ALLOCATED, OrderStatus.AWAITING_STOCK));
    for (Warehouse w : List.of(SZ, NJ)) {
      StockLevel level = erp.inventory().level(MUG, w.id());
      assertThat(level.reserved()).isBetween(0L, level.onHand());
    }
    long allocated = routed.stream().filter(o -> o.status() == OrderStatus.ALLOCATED).count();
    assertThat(allocated).isEqualTo(300);
    assertThat(reservedTotal(erp)).isEqualTo(allocated);
    assertThat(routed.stream().filter(o -> o.status() == OrderStatus.ALLOCATED))
        .allSatisfy(o -> assertActiveReservation(erp, o));

    erp.inventory().receive("r-sz-2", MUG, SZ.id(), Quantity.of(100), "PO-3");
    List<RoutingResult> released = erp.routing().releaseBacklog(RULES, CONTEXT, ORDERS);

    List<Order> waitedBefore =
        routed.stream().filter(o -> o.status() == OrderStatus.AWAITING_STOCK)
            .sorted(Comparator.comparing(Order::purchasedAt)).toList();
    assertThat(released).hasSize(waitedBefore.size());
    for (int i = 0; i < waitedBefore.size(); i++) {
      OrderStatus now = erp.orders().find(waitedBefore.get(i).id()).orElseThrow().status();
      assertThat(now).as("the %d-th oldest waiting order", i).isEqualTo(i < 100 ? OrderStatus.ALLOCATED : OrderStatus.AWAITING_STOCK);
    }
    StockLevel sz = erp.inventory().level(MUG, SZ.id());
    assertThat(sz.reserved()).isEqualTo(sz.onHand()).isEqualTo(280);
    assertThat(reservedTotal(erp)).isEqualTo(400);
  }

  private static long reservedTotal(Erp erp) {
    return erp.inventory().levels(MUG).stream().mapToLong(StockLevel::reserved).sum();
  }

  private static void assertActiveReservation(Erp erp, Order order) {
    Shipment shipment = order.shipments().get(0);
    Reservation r = erp.inventory().reservation(shipment.reservationKey(shipment.lines().get(0))).orElseThrow();
    assertThat(r.state()).isEqualTo(Reservation.State.ACTIVE);
    assertThat(r.warehouse()).isEqualTo(shipment.warehouse());
  }
}
