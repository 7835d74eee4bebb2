package dev.crossborder.erp.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.StoreException;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncEngineTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId SHOP = ShopId.of("amazon-us");
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final SyncSettings SETTINGS = SyncSettings.ofDefaults();

  private final MutableClock clock = MutableClock.at(T0);
  private final FlakyStore store = new FlakyStore(new InMemoryStore());
  private final StubSource source = new StubSource();
  private final List<SyncProgress> progress = new CopyOnWriteArrayList<>();
  private final List<SyncReport> finished = new CopyOnWriteArrayList<>();
  private Erp erp;

  @BeforeEach
  void setUp() {
    erp = erp("host-a");
    erp.shops().create(Shop.of(SHOP, PlatformId.AMAZON, "ATVPDKIKX0DER", "Acme US", USD, ZoneId.of("UTC")));
  }

  private Erp erp(String instance) {
    AtomicInteger ids = new AtomicInteger();
    return Erp.builder()
        .tenant(TENANT)
        .store(store)
        .clock(clock)
        .ids(() -> instance + "-" + ids.incrementAndGet())
        .instanceId(instance)
        .connector(source)
        .syncListener(
            new SyncListener() {
              @Override
              public void pageStored(SyncProgress p) {
                progress.add(p);
              }

              @Override
              public void pullFinished(SyncReport report) {
                finished.add(report);
              }
            })
        .build();
  }

  private static PlatformOrder order(String id, PlatformOrderStatus status, Instant updatedAt) {
    return order(SHOP, id, status, updatedAt);
  }

  private static PlatformOrder order(ShopId shop, String id, PlatformOrderStatus status, Instant updatedAt) {
    return new PlatformOrder(
        shop,
        id,
        status,
        FulfillmentChannel.MERCHANT,
        T0.minus(Duration.ofDays(1)),
        updatedAt,
        USD,
        List.of(OrderLine.of("L1", SkuCode.of("MUG-RED"), Quantity.of(1), Money.of("9.99", "USD"))),
        Money.of("1.00", "USD"),
        Destination.of("US"),
        null);
  }

  /** Five orders updated a minute apart, ending an hour before T0. */
  private void seedFive() {
    for (int i = 1; i <= 5; i++) {
      source.put(order("O-" + i, PlatformOrderStatus.UNSHIPPED, T0.minus(Duration.ofMinutes(65 - i))));
    }
  }

  private long storedOrders() {
    return source.ids().stream()
        .filter(id -> erp.orders().findByPlatformOrderId(SHOP, id).isPresent())
        .count();
  }

  private Optional<SyncCheckpoint> checkpoint() {
    return store.inTransaction(
        TENANT, tx -> tx.repository(SyncRepository.class).checkpoint(SHOP, SyncEngine.ORDERS));
  }

  @Test
  void pullsEveryPageImportsEachOrderOnceAndEndsTheWindowAtNowMinusTheSettleDelay() {
    seedFive();

    SyncReport report = erp.sync().syncNow(SHOP);

    assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(report.pages()).isEqualTo(3);
    assertThat(report.created()).isEqualTo(5);
    assertThat(storedOrders()).isEqualTo(5);
    Instant end = T0.minus(SETTLE());
    assertThat(source.windows).allSatisfy(w -> assertThat(w.to()).isEqualTo(end));
    assertThat(source.windows.get(0).from()).isEqualTo(T0.minus(SETTINGS.initialLookback()).minus(SETTINGS.overlap()));
    assertThat(checkpoint()).contains(SyncCheckpoint.at(SHOP, SyncEngine.ORDERS, end));
    assertThat(progress).extracting(SyncProgress::pages).containsExactly(1, 2, 3);
    assertThat(progress.get(2).created()).isEqualTo(5);
    assertThat(finished).containsExactly(report);
    assertThat(erp.sync().health(SHOP).lag()).isEqualTo(Duration.ZERO);
  }

  private static Duration SETTLE() {
    return SETTINGS.settleDelay();
  }

  @Test
  void nextWindowOverlapsThePreviousOneAndPicksUpAnOrderThatWasStillSettling() {
    seedFive();
    source.put(order("O-new", PlatformOrderStatus.UNSHIPPED, T0.minusSeconds(30)));
    erp.sync().syncNow(SHOP);
    assertThat(erp.orders().findByPlatformOrderId(SHOP, "O-new")).as("newer than now - settle").isEmpty();
    source.windows.clear();

    clock.advance(Duration.ofMinutes(3));
    SyncReport second = erp.sync().syncNow(SHOP);

    assertThat(second.created()).isEqualTo(1);
    assertThat(source.windows)
        .containsExactly(new OrderWindow(T0.minus(SETTLE()).minus(SETTINGS.overlap()), clock.instant().minus(SETTLE())));
    assertThat(storedOrders()).isEqualTo(6);
  }

  @Test
  void appliesALaterUpdateThatTheOverlapCatches() {
    seedFive();
    erp.sync().syncNow(SHOP);
    // Published late: its update time lies before the stored watermark, but within the overlap.
    source.put(order("O-3", PlatformOrderStatus.CANCELLED, T0.minus(SETTLE()).minusSeconds(60)));

    clock.advance(MINUTE);
    SyncReport report = erp.sync().syncNow(SHOP);

    assertThat(report.updated()).isEqualTo(1);
    assertThat(erp.orders().findByPlatformOrderId(SHOP, "O-3").orElseThrow().platformStatus())
        .isEqualTo(PlatformOrderStatus.CANCELLED);
  }

  @Test
  void aCrashInTheMiddleOfAPageReReadsThatPageAndDuplicatesNothing() {
    seedFive();
    source.onCall(2, () -> store.failTransaction(2)); // page 2: the second order's import fails

    SyncReport crashed = erp.sync().syncNow(SHOP);

    assertThat(crashed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(crashed.error()).contains("StoreException");
    assertThat(storedOrders()).isEqualTo(3);
    SyncCheckpoint afterPage1 = checkpoint().orElseThrow();
    assertThat(afterPage1.isPaging()).as("the checkpoint stays after page 1").isTrue();

    clock.advance(MINUTE);
    SyncReport resumed = erp.sync().syncNow(SHOP);

    assertThat(resumed.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(source.cursors.get(2)).as("page 2 read again").isEqualTo(afterPage1.cursor());
    assertThat(resumed.unchanged()).as("page 2's first order, stored before the crash").isGreaterThanOrEqualTo(1);
    assertThat(storedOrders()).isEqualTo(5);
    assertThat(erp.orders().list(dev.crossborder.erp.store.OrderQuery.all(), dev.crossborder.erp.store.PageRequest.first(100)).items())
        .hasSize(5);
  }

  @Test
  void aPoisonedOrderIsQuarantinedAndTheRestOfItsPageIsStored() {
    seedFive();
    source.put(order(ShopId.of("elsewhere"), "O-bad", PlatformOrderStatus.UNSHIPPED, T0.minus(Duration.ofMinutes(62)).plusSeconds(1)));

    SyncReport report = erp.sync().syncNow(SHOP);

    assertThat(report.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(report.quarantined()).isEqualTo(1);
    assertThat(report.created()).isEqualTo(5);
    List<QuarantinedItem> quarantined = erp.sync().quarantined(SHOP);
    assertThat(quarantined).singleElement()
        .satisfies(
            q -> {
              assertThat(q.itemId()).isEqualTo("O-bad");
              assertThat(q.error()).contains("InvalidInputException").contains("shopId");
              assertThat(q.quarantinedAt()).isEqualTo(T0);
            });
    assertThat(checkpoint().orElseThrow().isPaging()).isFalse();

    // The platform corrects the order: it imports, and leaves the quarantine.
    source.put(order("O-bad", PlatformOrderStatus.UNSHIPPED, T0.minus(SETTLE()).minusSeconds(30)));
    clock.advance(MINUTE);
    assertThat(erp.sync().syncNow(SHOP).created()).isEqualTo(1);
    assertThat(erp.sync().quarantined(SHOP)).isEmpty();
  }

  @Test
  void rateLimitedPullBacksOffAsAskedAndLosesNothing() {
    seedFive();
    source.failNext(new RateLimitedException(PlatformId.AMAZON, "getOrders", Duration.ofSeconds(30), 429, null));

    assertThat(erp.sync().runOnce()).extracting(SyncReport::outcome).containsExactly(Outcome.RETRY_LATER);
    ShopSyncHealth health = erp.sync().health(SHOP);
    assertThat(health.consecutiveFailures()).isEqualTo(1);
    assertThat(health.isHealthy()).isFalse();
    assertThat(health.nextAttempt()).isEqualTo(T0.plusSeconds(30));
    assertThat(health.lastError()).contains("RateLimitedException");
    assertThat(erp.sync().runOnce()).as("not due during the backoff").isEmpty();

    clock.advance(Duration.ofSeconds(30));
    assertThat(erp.sync().runOnce()).extracting(SyncReport::outcome).containsExactly(Outcome.COMPLETED);

    assertThat(storedOrders()).isEqualTo(5);
    assertThat(erp.sync().health(SHOP).isHealthy()).isTrue();
    assertThat(erp.sync().health(SHOP).lastSuccess()).isEqualTo(clock.instant());
  }

  @Test
  void failuresInARowDoubleTheBackoff() {
    seedFive();
    for (int i = 0; i < 3; i++) {
      source.failNext(new PlatformUnavailableException(PlatformId.AMAZON, "getOrders", "unavailable", 503, null));
    }
    erp.sync().runOnce();
    clock.advance(SETTINGS.minBackoff());
    erp.sync().runOnce();
    clock.advance(SETTINGS.minBackoff().multipliedBy(2));
    erp.sync().runOnce();

    ShopSyncHealth health = erp.sync().health(SHOP);
    assertThat(health.consecutiveFailures()).isEqualTo(3);
    assertThat(health.nextAttempt()).isEqualTo(clock.instant().plus(SETTINGS.minBackoff().multipliedBy(4)));
  }

  @Test
  void refusedCredentialsMarkTheShopAuthExpiredAndStopPollingItUntilSyncNow() {
    seedFive();
    source.failNext(new AuthenticationException(PlatformId.AMAZON, "getOrders", AuthenticationException.Reason.REVOKED, 401, null));

    assertThat(erp.sync().runOnce()).extracting(SyncReport::outcome).containsExactly(Outcome.AUTH_EXPIRED);
    assertThat(erp.sync().health(SHOP).authExpired()).isTrue();
    int calls = source.calls.get();
    clock.advance(Duration.ofHours(1));
    erp.sync().hint(SHOP);
    assertThat(erp.sync().runOnce()).isEmpty();
    assertThat(source.calls.get()).as("no more calls for a shop whose credentials were refused").isEqualTo(calls);

    assertThat(erp.sync().syncNow(SHOP).outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(erp.sync().health(SHOP).authExpired()).isFalse();
    assertThat(storedOrders()).isEqualTo(5);
  }

  @Test
  void pollsOncePerIntervalAndAHintMakesTheShopDueAtOnce() {
    seedFive();
    assertThat(erp.sync().runOnce()).hasSize(1);
    clock.advance(Duration.ofSeconds(59));
    assertThat(erp.sync().runOnce()).isEmpty();
    assertThat(erp.sync().health(SHOP).lag()).isEqualTo(Duration.ofSeconds(59));

    erp.sync().hint(SHOP);

    assertThat(erp.sync().runOnce()).extracting(SyncReport::outcome).containsExactly(Outcome.COMPLETED);
    clock.advance(MINUTE);
    assertThat(erp.sync().runOnce()).hasSize(1);
  }

  @Test
  void aStartedEngineHandsAHintedShopToTheHostExecutor() {
    Deque<Runnable> queued = new java.util.concurrent.ConcurrentLinkedDeque<>();
    Erp hosted =
        Erp.builder().tenant(TENANT).store(store).clock(clock).instanceId("host-h").connector(source)
            .syncExecutor(queued::add).build();
    seedFive();
    hosted.sync().start();
    try {
      hosted.sync().hint(SHOP);
      // The engine's ticker thread may be claiming the shop at this very moment, in which case the
      // hint leaves the pull to it: wait (bounded) for the one pull to reach the host's executor.
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
      while (queued.isEmpty() && System.nanoTime() < deadline) {
        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
      }
      assertThat(queued).as("exactly one pull queued, whoever queued it").hasSize(1);
      queued.poll().run();
    } finally {
      hosted.sync().stop();
    }
    assertThat(storedOrders()).isEqualTo(5);
    assertThat(hosted.sync().health(SHOP).leaseOwner()).as("released on stop").isNull();
  }

  @Test
  void onlyTheLeaseHolderPullsAndAStoppedInstanceHandsItsShopsOver() {
    seedFive();
    Erp other = erp("host-b");
    assertThat(erp.sync().syncNow(SHOP).outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(other.sync().syncNow(SHOP).outcome()).isEqualTo(Outcome.NOT_HELD);
    assertThat(other.sync().health(SHOP).leaseOwner()).isEqualTo("host-a");

    erp.sync().stop();

    assertThat(other.sync().health(SHOP).leaseOwner()).isNull();
    source.put(order("O-6", PlatformOrderStatus.UNSHIPPED, T0.minus(Duration.ofMinutes(3))));
    clock.advance(MINUTE);
    SyncReport taken = other.sync().syncNow(SHOP);
    assertThat(taken.outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(taken.created()).isEqualTo(1);
    assertThat(storedOrders()).isEqualTo(6);
  }

  @Test
  void aDeadInstancesShopIsTakenOverWhenItsLeaseExpires() {
    seedFive();
    Erp other = erp("host-b");
    erp.sync().syncNow(SHOP);

    clock.advance(SETTINGS.leaseDuration().minusSeconds(1));
    assertThat(other.sync().syncNow(SHOP).outcome()).isEqualTo(Outcome.NOT_HELD);
    clock.advance(Duration.ofSeconds(1));
    assertThat(other.sync().syncNow(SHOP).outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(erp.sync().syncNow(SHOP).outcome()).as("the former holder").isEqualTo(Outcome.NOT_HELD);
  }

  @Test
  void aHolderWhoseLeaseIsTakenOverMidPullCannotMoveTheCheckpoint() {
    seedFive();
    source.onCall(
        2,
        () -> {
          clock.advance(SETTINGS.leaseDuration());
          store.useTransaction(
              TENANT,
              tx -> tx.repository(LeaseRepository.class)
                  .tryAcquire("shop:" + SHOP.value(), "host-b", clock.instant(), clock.instant().plus(SETTINGS.leaseDuration())));
        });

    SyncReport report = erp.sync().syncNow(SHOP);

    assertThat(report.outcome()).isEqualTo(Outcome.LOST_LEASE);
    assertThat(report.error()).contains("FencingException");
    assertThat(report.pages()).isEqualTo(1);
    assertThat(checkpoint().orElseThrow().cursor()).as("still after page 1").isEqualTo(source.cursors.get(1));
  }

  @Test
  void aHolderStopsBeforeItsLeaseIsWithinTheSkewMarginOfExpiry() {
    seedFive();
    source.onCall(2, () -> clock.advance(SETTINGS.leaseDuration().minus(SETTINGS.clockSkewMargin())));

    SyncReport report = erp.sync().syncNow(SHOP);

    assertThat(report.outcome()).isEqualTo(Outcome.LOST_LEASE);
    assertThat(report.pages()).isEqualTo(2);
    assertThat(source.calls.get()).as("no page asked for under a lease that may look expired").isEqualTo(2);
  }

  // ---- doubles

  /** An in-test order source: pages of two, cursors are offsets, with scripted failures. */
  private static final class StubSource implements PlatformConnector, OrderSource {
    private final List<PlatformOrder> orders = new ArrayList<>();
    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    private final java.util.Map<Integer, Runnable> hooks = new java.util.HashMap<>();
    final List<OrderWindow> windows = new CopyOnWriteArrayList<>();
    final List<@Nullable String> cursors = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();

    synchronized void put(PlatformOrder order) {
      orders.removeIf(o -> o.platformOrderId().equals(order.platformOrderId()));
      orders.add(order);
      orders.sort(Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId));
    }

    synchronized List<String> ids() {
      return orders.stream().filter(o -> o.shopId().equals(SHOP)).map(PlatformOrder::platformOrderId).toList();
    }

    synchronized void failNext(RuntimeException e) {
      failures.add(e);
    }

    /** Runs {@code hook} when call {@code call} (1-based) is made, before it answers. */
    synchronized void onCall(int call, Runnable hook) {
      hooks.put(call, hook);
    }

    @Override
    public PlatformId platform() {
      return PlatformId.AMAZON;
    }

    @Override
    public <T extends Capability> Optional<T> capability(Class<T> type) {
      return type == OrderSource.class ? Optional.of(type.cast(this)) : Optional.empty();
    }

    @Override
    public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
      List<PlatformOrder> inWindow;
      Runnable hook;
      synchronized (this) {
        int call = calls.incrementAndGet();
        hook = hooks.get(call);
        windows.add(window);
        cursors.add(cursor);
        if (!failures.isEmpty()) {
          throw failures.poll();
        }
        inWindow =
            orders.stream()
                .filter(o -> !o.updatedAt().isBefore(window.from()) && o.updatedAt().isBefore(window.to()))
                .toList();
      }
      if (hook != null) {
        hook.run();
      }
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      int to = Math.min(from + 2, inWindow.size());
      return new PlatformPage<>(inWindow.subList(from, to), to < inWindow.size() ? String.valueOf(to) : null);
    }
  }

  /** A store that can fail one top-level transaction after its work, as a crash would. */
  private static final class FlakyStore implements Store {
    private final Store delegate;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final AtomicInteger failIn = new AtomicInteger();

    FlakyStore(Store delegate) {
      this.delegate = delegate;
    }

    /** Fails the {@code n}-th top-level transaction from now (1 = the next). */
    void failTransaction(int n) {
      failIn.set(n);
    }

    @Override
    public <T> T inTransaction(TenantId tenant, TransactionCallback<T> callback) {
      int level = depth.get();
      depth.set(level + 1);
      try {
        return delegate.inTransaction(
            tenant,
            tx -> {
              T result = callback.apply(tx);
              if (level == 0 && failIn.get() > 0 && failIn.decrementAndGet() == 0) {
                throw new StoreException("simulated crash", null);
              }
              return result;
            });
      } finally {
        depth.set(level);
      }
    }
  }
}
