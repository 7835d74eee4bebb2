package dev.crossborder.erp.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import dev.crossborder.erp.testkit.support.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL scale proof: three {@link Erp} instances, each on its own {@link JdbcStore}
 * and pool, sync one tenant concurrently (each instance's {@code runOnce()} on its own thread, all
 * three at once, round after round). The platform stub detects two calls for one shop at the same
 * time; every pull of a shop is recorded with the instance that made it. 20 shops and 5,000 orders
 * in the default build, 200 shops and 50,000 orders under {@code -Pstress}. Skipped without
 * PostgreSQL; a tenant of its own per run.
 */
class PostgresSyncScaleTest {
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final boolean STRESS = Boolean.getBoolean("erp.stress");
  private static final int SHOPS = STRESS ? 200 : 20;
  private static final int ORDERS_PER_SHOP = 250;
  private static final Duration TICK = Duration.ofSeconds(20);
  private static final SyncSettings SETTINGS = SyncSettings.ofDefaults();

  private final TenantId tenant = TenantId.of("scale-" + UUID.randomUUID().toString().substring(0, 8));
  private final MutableClock clock = MutableClock.at(T0);
  private final Source source = new Source();
  private final Random random = new Random(7);
  private final List<ShopId> shops = new ArrayList<>();
  private int nextOrder;

  @Test
  void threeInstancesShareTheShopsOneHolderAtATimeAndAStoppedInstancesShopsMoveWithNothingLost() throws Exception {
    HikariDataSource pool = TestDatabases.assumePostgres();
    List<Erp> instances = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JdbcStore store =
          i == 0
              ? JdbcStore.builder(pool).dialect(JdbcStore.Dialect.POSTGRES).migrate(true).build()
              : JdbcStore.postgres(TestDatabases.secondPool(pool));
      instances.add(erp(store, "host-" + (char) ('a' + i)));
    }
    Erp a = instances.get(0);
    for (int i = 0; i < SHOPS; i++) {
      ShopId id = ShopId.of(String.format("shop-%03d", i));
      a.shops().create(Shop.of(id, PlatformId.AMAZON, "ATVPDKIKX0DER", "Shop " + i, USD, ZoneId.of("UTC")));
      shops.add(id);
      for (int n = 0; n < ORDERS_PER_SHOP - 10; n++) {
        put(id, T0.minusSeconds(300 + random.nextInt(3 * 24 * 3600)));
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      // All three poll at once; the platform stub and the pull log watch that no shop has two pullers.
      for (int round = 0; round < 12; round++) {
        roundOn(threads, instances);
        traffic(round < 10 ? 1 : 0);
      }
      Map<String, Long> pullsBy = countPullsByInstance();
      assertThat(pullsBy.keySet()).as("every instance pulled shops").containsExactlyInAnyOrder("host-a", "host-b", "host-c");
      assertThat(owners(a)).doesNotContainNull().containsOnly("host-a", "host-b", "host-c");

      // a stops: it gives its shops up at once and b and c take them over.
      a.sync().stop();
      List<Erp> survivors = instances.subList(1, 3);
      for (int round = 0; round < 6; round++) {
        roundOn(threads, survivors);
        traffic(1);
      }
      for (int round = 0; round < 3; round++) {
        clock.advance(SETTINGS.settleDelay().plus(SETTINGS.pollInterval()));
        roundOn(threads, survivors);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(source.overlaps).as("calls for one shop overlapping in time").isEmpty();
    assertThat(source.maxConcurrentCalls.get()).as("the three instances ran at once").isGreaterThan(1);
    Erp b = instances.get(1);
    assertThat(owners(b)).containsOnly("host-b", "host-c");
    int total = 0;
    for (ShopId shop : shops) {
      Map<String, Order> stored = stored(b, shop);
      assertThat(stored.keySet()).as("orders of %s", shop).containsExactlyInAnyOrderElementsOf(source.ids(shop));
      total += stored.size();
    }
    assertThat(total).isEqualTo(nextOrder).isGreaterThanOrEqualTo(SHOPS * ORDERS_PER_SHOP);
  }

  /** One polling round: every instance's {@code runOnce()} on its own thread at once, then a tick. */
  private void roundOn(ExecutorService threads, List<Erp> instances) throws Exception {
    List<Callable<List<SyncReport>>> calls = new ArrayList<>();
    for (Erp erp : instances) {
      calls.add(() -> erp.sync().runOnce());
    }
    for (Future<List<SyncReport>> done : threads.invokeAll(calls, 5, TimeUnit.MINUTES)) {
      assertThat(done.get()).noneMatch(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.LOST_LEASE);
    }
    clock.advance(TICK);
  }

  /** {@code perShop} new orders for every shop, updated now. */
  private void traffic(int perShop) {
    for (ShopId shop : shops) {
      for (int i = 0; i < perShop; i++) {
        put(shop, clock.instant().minusSeconds(1));
      }
    }
  }

  private Map<String, Long> countPullsByInstance() {
    Map<String, Long> counts = new HashMap<>();
    source.pullers.values().forEach(p -> p.forEach(owner -> counts.merge(owner, 1L, Long::sum)));
    return counts;
  }

  private List<String> owners(Erp erp) {
    return erp.sync().health().stream().map(ShopSyncHealth::leaseOwner).toList();
  }

  private Map<String, Order> stored(Erp erp, ShopId shop) {
    List<Order> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Order> page = erp.orders().list(OrderQuery.all().withShop(shop), request);
      all.addAll(page.items());
      if (!page.hasNext()) {
        break;
      }
      request = request.next(page);
    }
    Map<String, Order> byId = new HashMap<>();
    all.forEach(o -> byId.put(o.platformOrderId(), o));
    assertThat(byId).as("each order of %s stored once", shop).hasSameSizeAs(all);
    return byId;
  }

  private Erp erp(JdbcStore store, String instance) {
    Source bound = source;
    return Erp.builder().tenant(tenant).store(store).clock(clock).instanceId(instance)
        .connector(bound.as(instance)).build();
  }

  private void put(ShopId shop, Instant updatedAt) {
    source.put(
        new PlatformOrder(
            shop, "ORD-" + (++nextOrder), PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT,
            updatedAt, updatedAt, USD,
            List.of(OrderLine.of("L1", SkuCode.of("MUG-RED"), Quantity.of(1), Money.of("9.99", "USD"))),
            Money.of("1.00", "USD"), Destination.of("US"), null));
  }

  /**
   * The platform: orders per shop by update time, pages of 100 (the cursor is an offset into the
   * window's orders). Records which instance pulled each shop, and any call for a shop made while
   * another call for it was still running.
   */
  private static final class Source {
    private final Map<ShopId, List<PlatformOrder>> orders = new ConcurrentHashMap<>();
    private final Map<ShopId, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    final Map<ShopId, Set<String>> pullers = new ConcurrentHashMap<>();
    final List<String> overlaps = new CopyOnWriteArrayList<>();
    final AtomicInteger concurrentCalls = new AtomicInteger();
    final AtomicInteger maxConcurrentCalls = new AtomicInteger();

    synchronized void put(PlatformOrder order) {
      orders.computeIfAbsent(order.shopId(), s -> new ArrayList<>()).add(order);
    }

    synchronized List<String> ids(ShopId shop) {
      return orders.getOrDefault(shop, List.of()).stream().map(PlatformOrder::platformOrderId).toList();
    }

    private synchronized List<PlatformOrder> window(ShopId shop, OrderWindow window) {
      return orders.getOrDefault(shop, List.of()).stream()
          .filter(o -> !o.updatedAt().isBefore(window.from()) && o.updatedAt().isBefore(window.to()))
          .sorted(Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId))
          .toList();
    }

    /** The connector one instance uses. */
    PlatformConnector as(String instance) {
      OrderSource reader =
          (shop, window, cursor) -> page(instance, shop, window, cursor);
      return new PlatformConnector() {
        @Override
        public PlatformId platform() {
          return PlatformId.AMAZON;
        }

        @Override
        public <T extends Capability> Optional<T> capability(Class<T> type) {
          return type == OrderSource.class ? Optional.of(type.cast(reader)) : Optional.empty();
        }
      };
    }

    private PlatformPage<PlatformOrder> page(String instance, Shop shop, OrderWindow window, @Nullable String cursor) {
      AtomicInteger running = inFlight.computeIfAbsent(shop.id(), s -> new AtomicInteger());
      if (running.incrementAndGet() > 1) {
        overlaps.add(shop.id().value() + " by " + instance);
      }
      int now = concurrentCalls.incrementAndGet();
      maxConcurrentCalls.accumulateAndGet(now, Math::max);
      try {
        pullers.computeIfAbsent(shop.id(), s -> ConcurrentHashMap.newKeySet()).add(instance);
        List<PlatformOrder> inWindow = window(shop.id(), window);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(from + 100, inWindow.size());
        Thread.yield(); // widen the window in which an overlapping call would be seen
        return new PlatformPage<>(inWindow.subList(from, to), to < inWindow.size() ? String.valueOf(to) : null);
      } finally {
        concurrentCalls.decrementAndGet();
        running.decrementAndGet();
      }
    }
  }
}
