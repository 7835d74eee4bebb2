package dev.crossborder.erp.platforms.sync;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.platforms.fake.Fault;
import dev.crossborder.erp.platforms.fake.FaultPlan;
import dev.crossborder.erp.platforms.fake.Operation;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.ShopSyncHealth;
import dev.crossborder.erp.sync.SyncListener;
import dev.crossborder.erp.sync.SyncReport;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import dev.crossborder.erp.sync.SyncSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sync engine against {@link FakePlatform}: many shops, injected faults, one or two {@link Erp}
 * instances on one in-memory store, time driven by a {@link MutableClock} and polling rounds run
 * with {@code runOnce()}, so every run takes the same path.
 */
class FakePlatformSyncTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final SyncSettings SETTINGS = SyncSettings.ofDefaults();
  private static final Duration TICK = Duration.ofSeconds(10);
  private static final int SHOPS = 200;
  /** 250 per shop: the 50,000 orders, in the default build (about 25 s on 2 cores). */
  private static final int ORDERS_PER_SHOP = 250;

  private final MutableClock clock = MutableClock.at(T0);
  private final Store store = new InMemoryStore();
  private final Random random = new Random(11);
  private final List<ShopId> shops = new ArrayList<>();
  private final Map<ShopId, List<String>> orderIds = new HashMap<>();
  private int nextOrder;

  private FakePlatform platform(FaultPlan... faults) {
    return FakePlatform.builder().platform(PlatformId.AMAZON).clock(clock).pageSize(50).seed(5).faults(faults).build();
  }

  private Erp erp(String instance, FakePlatform platform, SyncListener... listeners) {
    Erp.Builder builder = Erp.builder().tenant(TENANT).store(store).clock(clock).instanceId(instance).connector(platform);
    for (SyncListener listener : listeners) {
      builder.syncListener(listener);
    }
    return builder.build();
  }

  private void createShops(Erp erp, int count) {
    for (int i = 0; i < count; i++) {
      ShopId id = ShopId.of(String.format("shop-%03d", i));
      erp.shops().create(Shop.of(id, PlatformId.AMAZON, "ATVPDKIKX0DER", "Shop " + i, USD, ZoneId.of("UTC")));
      shops.add(id);
      orderIds.put(id, new ArrayList<>());
    }
  }

  /** Puts {@code count} orders per shop, last updated at random times of the past two days. */
  private void seedOrders(FakePlatform platform, int count) {
    for (ShopId shop : shops) {
      for (int i = 0; i < count; i++) {
        putOrder(platform, shop, clock.instant().minusSeconds(600 + random.nextInt(2 * 24 * 3600)));
      }
    }
  }

  private void putOrder(FakePlatform platform, ShopId shop, Instant updatedAt) {
    String id = "ORD-" + (++nextOrder);
    platform.putOrder(
        shop,
        new PlatformOrder(
            shop,
            id,
            PlatformOrderStatus.UNSHIPPED,
            FulfillmentChannel.MERCHANT,
            updatedAt.minusSeconds(60),
            updatedAt,
            USD,
            List.of(OrderLine.of("L1", SkuCode.of("MUG-RED"), Quantity.of(1), Money.of("9.99", "USD"))),
            Money.of("1.00", "USD"),
            Destination.of("US"),
            null));
    orderIds.get(shop).add(id);
  }

  /**
   * The platform's traffic of one tick: a new order for a few shops, and an update (shipped or
   * cancelled) of a few orders that were put at least ten minutes ago and never updated.
   */
  private void trafficTick(FakePlatform platform, Set<String> updated, Map<String, Instant> putAt) {
    for (ShopId shop : shops) {
      if (random.nextInt(4) == 0) {
        putOrder(platform, shop, clock.instant());
        putAt.put(last(shop), clock.instant());
      }
      if (random.nextInt(3) == 0) {
        List<String> ids = orderIds.get(shop);
        String id = ids.get(random.nextInt(ids.size()));
        Instant put = putAt.getOrDefault(id, Instant.MIN);
        if (!put.isAfter(clock.instant().minus(Duration.ofMinutes(10))) && updated.add(id)) {
          PlatformOrderStatus status =
              random.nextBoolean() ? PlatformOrderStatus.SHIPPED : PlatformOrderStatus.CANCELLED;
          platform.updateOrder(shop, id, status);
        }
      }
    }
  }

  private String last(ShopId shop) {
    List<String> ids = orderIds.get(shop);
    return ids.get(ids.size() - 1);
  }

  /** Every order of {@code shop} the store holds, by platform order id; fails on a duplicate. */
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
    Map<String, Order> byId = all.stream().collect(Collectors.toMap(Order::platformOrderId, o -> o));
    assertThat(byId).as("each order of %s stored once", shop).hasSameSizeAs(all);
    return byId;
  }

  /** Asserts that the store holds every order of {@code shop} exactly once, in its latest state. */
  private void assertInSync(Erp erp, FakePlatform platform, ShopId shop) {
    Map<String, Order> stored = stored(erp, shop);
    assertThat(stored.keySet()).as("orders of %s", shop).containsExactlyInAnyOrderElementsOf(orderIds.get(shop));
    for (String id : orderIds.get(shop)) {
      PlatformOrder latest = platform.order(shop, id).orElseThrow();
      Order order = stored.get(id);
      assertThat(order.platformStatus()).as("status of %s", id).isEqualTo(latest.status());
      assertThat(order.platformUpdatedAt()).as("update time of %s", id).isEqualTo(latest.updatedAt());
    }
  }

  /** Advances past the settle delay and polls until no shop has anything left to read. */
  private void settle(List<Erp> instances) {
    for (int i = 0; i < 3; i++) {
      clock.advance(SETTINGS.settleDelay().plus(SETTINGS.pollInterval()));
      for (Erp erp : instances) {
        erp.sync().runOnce();
      }
    }
  }

  /**
   * The scale proof: 200 shops and 50,000 orders, with duplicate and shuffled pages, late
   * updates, 429s, 5xx and one revoked shop. Besides the health check after every round, a listener
   * records the largest lag any completed pull reported per round.
   */
  @Test
  void twoHundredShopsWithFaultsEndWithEveryOrderStoredOnceInItsLatestStateAndTheRevokedShopUnhealthy() {
    FakePlatform platform =
        platform(
            FaultPlan.withProbability(0.3, Fault.duplicatePage()).on(Operation.ORDERS),
            FaultPlan.withProbability(0.3, Fault.outOfOrderPage()).on(Operation.ORDERS),
            FaultPlan.withProbability(0.5, Fault.lateUpdate(Duration.ofSeconds(150))));
    Map<Integer, Duration> maxLagPerRound = new ConcurrentHashMap<>();
    AtomicInteger currentRound = new AtomicInteger();
    SyncListener lagRecorder =
        new SyncListener() {
          @Override
          public void pullFinished(SyncReport report) {
            if (report.outcome() == Outcome.COMPLETED && report.lag() != null) {
              maxLagPerRound.merge(currentRound.get(), report.lag(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
            }
          }
        };
    Erp erp = erp("host-a", platform, lagRecorder);
    createShops(erp, SHOPS);
    seedOrders(platform, ORDERS_PER_SHOP);
    assertThat(orderIds.values().stream().mapToInt(List::size).sum()).isEqualTo(SHOPS * ORDERS_PER_SHOP);
    ShopId revoked = shops.get(SHOPS - 1);
    platform.revokeAuth(revoked);
    Set<String> updated = new HashSet<>();
    Map<String, Instant> putAt = new HashMap<>();
    List<SyncReport> reports = new ArrayList<>();

    for (int round = 0; round < 60; round++) {
      currentRound.set(round);
      if (round % 7 == 3) {
        platform.inject(FaultPlan.nextCalls(2, Fault.rateLimited(Duration.ofSeconds(20))).on(Operation.ORDERS));
      }
      if (round % 11 == 5) {
        platform.inject(FaultPlan.nextCalls(1, Fault.unavailable(502)).on(Operation.ORDERS));
      }
      reports.addAll(erp.sync().runOnce());
      for (ShopSyncHealth health : erp.sync().health()) {
        if (health.isHealthy()) {
          assertThat(health.lag()).as("lag of healthy %s in round %d", health.shop(), round).isLessThanOrEqualTo(SETTINGS.pollInterval());
        }
      }
      clock.advance(TICK);
      trafficTick(platform, updated, putAt);
    }
    platform.clearFaults();
    settle(List.of(erp));

    assertThat(maxLagPerRound).as("rounds with a completed pull (shops are due every sixth round)").hasSizeGreaterThanOrEqualTo(10);
    assertThat(maxLagPerRound.values()).allSatisfy(lag -> assertThat(lag).isLessThanOrEqualTo(SETTINGS.pollInterval()));
    assertThat(reports).extracting(SyncReport::outcome).contains(Outcome.RETRY_LATER, Outcome.AUTH_EXPIRED);
    assertThat(reports.stream().mapToInt(SyncReport::updated).sum()).as("updates applied").isPositive();
    for (ShopId shop : shops) {
      if (!shop.equals(revoked)) {
        assertInSync(erp, platform, shop);
        ShopSyncHealth health = erp.sync().health(shop);
        assertThat(health.isHealthy()).as("health of %s", shop).isTrue();
        assertThat(health.lag()).isLessThanOrEqualTo(SETTINGS.pollInterval());
      }
    }
    ShopSyncHealth health = erp.sync().health(revoked);
    assertThat(health.authExpired()).isTrue();
    assertThat(health.isHealthy()).isFalse();
    assertThat(health.lastError()).contains("AuthenticationException");
    assertThat(stored(erp, revoked)).isEmpty();
    assertThat(reports.stream().filter(r -> r.shop().equals(revoked)))
        .as("an expired shop is not polled again")
        .hasSize(1);
  }

  @Test
  void twoInstancesShareTheShopsAndAStoppedInstancesShopsMoveToTheOtherWithNothingLost() {
    FakePlatform platform = platform(FaultPlan.withProbability(0.3, Fault.duplicatePage()).on(Operation.ORDERS));
    Erp a = erp("host-a", platform);
    Erp b = erp("host-b", platform);
    createShops(a, 10);
    seedOrders(platform, 120);
    // b claims the even shops first; then each instance polls and keeps its own.
    for (int i = 0; i < shops.size(); i += 2) {
      assertThat(b.sync().syncNow(shops.get(i)).outcome()).isEqualTo(Outcome.COMPLETED);
    }
    Set<String> updated = new HashSet<>();
    Map<String, Instant> putAt = new HashMap<>();

    for (int round = 0; round < 20; round++) {
      List<SyncReport> byA = a.sync().runOnce();
      List<SyncReport> byB = b.sync().runOnce();
      assertOnePuller(byA, byB);
      clock.advance(TICK);
      trafficTick(platform, updated, putAt);
    }
    assertThat(owners(a)).containsOnly("host-a", "host-b");
    assertThat(owners(a).stream().filter("host-b"::equals)).hasSize(5);

    a.sync().stop();
    assertThat(owners(b)).containsOnly("host-b", null);
    for (int round = 0; round < 20; round++) {
      b.sync().runOnce();
      clock.advance(TICK);
      trafficTick(platform, updated, putAt);
    }
    assertThat(owners(b)).containsOnly("host-b");
    settle(List.of(b));
    for (ShopId shop : shops) {
      assertInSync(b, platform, shop);
    }
  }

  @Test
  void aDeadInstancesShopsAreTakenOverWhenTheirLeasesExpireWithNothingLost() {
    FakePlatform platform = platform();
    Erp a = erp("host-a", platform);
    Erp b = erp("host-b", platform);
    createShops(a, 6);
    seedOrders(platform, 100);
    a.sync().runOnce();
    Set<String> updated = new HashSet<>();
    Map<String, Instant> putAt = new HashMap<>();
    Instant expiry = clock.instant().plus(SETTINGS.leaseDuration());

    // a dies without a word; b polls on.
    while (clock.instant().isBefore(expiry)) {
      assertThat(b.sync().runOnce()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.NOT_HELD));
      clock.advance(TICK);
      trafficTick(platform, updated, putAt);
    }
    for (int round = 0; round < 12; round++) {
      b.sync().runOnce();
      clock.advance(TICK);
      trafficTick(platform, updated, putAt);
    }

    assertThat(owners(b)).containsOnly("host-b");
    settle(List.of(b));
    for (ShopId shop : shops) {
      assertInSync(b, platform, shop);
    }
  }

  private List<String> owners(Erp erp) {
    return erp.sync().health().stream().map(ShopSyncHealth::leaseOwner).toList();
  }

  /** No shop was pulled by both instances in one round. */
  private static void assertOnePuller(List<SyncReport> byA, List<SyncReport> byB) {
    Predicate<SyncReport> pulled = r -> r.outcome() != Outcome.NOT_HELD;
    Set<ShopId> shopsA = byA.stream().filter(pulled).map(SyncReport::shop).collect(Collectors.toSet());
    Set<ShopId> shopsB = byB.stream().filter(pulled).map(SyncReport::shop).collect(Collectors.toSet());
    shopsA.retainAll(shopsB);
    assertThat(shopsA).as("shops pulled by both instances").isEmpty();
  }
}
