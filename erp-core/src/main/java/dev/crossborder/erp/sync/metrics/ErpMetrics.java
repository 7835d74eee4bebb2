package dev.crossborder.erp.sync.metrics;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.inventory.Inventory;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.sync.SyncListener;
import dev.crossborder.erp.sync.SyncProgress;
import dev.crossborder.erp.sync.SyncReport;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * Exports what one {@code Erp} instance's sync engine and reservations do as Micrometer meters.
 * It is a {@link SyncListener}: register it when building the {@code Erp}, then bind it to the
 * host's registry (in either order); {@link #watch(Inventory)} adds the reservation conflicts.
 *
 * <pre>{@code
 * ErpMetrics metrics = new ErpMetrics();
 * Erp erp = Erp.builder().tenant(t).syncListener(metrics).build();
 * metrics.watch(erp.inventory()).bindTo(registry);
 * }</pre>
 *
 * <p>Meters (every one tagged {@code instance} only through the registry's common tags):
 *
 * <ul>
 *   <li>{@value #LAG} (gauge, seconds, tag {@code shop}): the lag the last page or pull of the shop
 *       reported on this instance ({@code now - settleDelay - watermark}); a shop appears once this
 *       instance pulled it.
 *   <li>{@value #IMPORTED} (counter, tag {@code result} = {@code created} | {@code updated}):
 *       orders imported; its rate is orders per second.
 *   <li>{@value #RATE_LIMITED} (counter): pulls that ended because the platform throttled them (a
 *       {@code RateLimitedException}), each retried after a backoff.
 *   <li>{@value #FAILURES} (counter, tag {@code outcome} = {@code RETRY_LATER} | {@code
 *       AUTH_EXPIRED} | {@code FAILED}): pulls that failed, rate limits included.
 *   <li>{@value #CONFLICTS} (counter): reservations that lost an optimistic race and were retried
 *       ({@link Inventory#reservationConflicts()}).
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class ErpMetrics implements SyncListener, MeterBinder {
  /** Sync lag per shop, in seconds. */
  public static final String LAG = "erp.sync.lag";
  /** Orders imported by the sync. */
  public static final String IMPORTED = "erp.sync.orders.imported";
  /** Pulls throttled by the platform. */
  public static final String RATE_LIMITED = "erp.sync.rate.limited";
  /** Failed pulls. */
  public static final String FAILURES = "erp.sync.pull.failures";
  /** Reservation conflicts retried. */
  public static final String CONFLICTS = "erp.inventory.reservation.conflicts";

  private static final List<Outcome> FAILED =
      List.of(Outcome.RETRY_LATER, Outcome.AUTH_EXPIRED, Outcome.FAILED);

  private final Map<ShopId, AtomicLong> lagSeconds = new ConcurrentHashMap<>();
  private final LongAdder created = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final Map<Outcome, LongAdder> failures = new ConcurrentHashMap<>();
  private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
  private volatile @Nullable Inventory inventory;

  /** A binder with no meters bound yet. */
  public ErpMetrics() {
    for (Outcome outcome : FAILED) {
      failures.put(outcome, new LongAdder());
    }
  }

  /** Exports the reservation conflicts of {@code inventory} ({@code erp.inventory()}). */
  public ErpMetrics watch(Inventory inventory) {
    this.inventory = requireNonNull(inventory, "inventory == null");
    return this;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    requireNonNull(registry, "registry == null");
    FunctionCounter.builder(IMPORTED, created, LongAdder::doubleValue)
        .tag("result", "created").description("orders imported by the sync").register(registry);
    FunctionCounter.builder(IMPORTED, updated, LongAdder::doubleValue)
        .tag("result", "updated").description("orders imported by the sync").register(registry);
    FunctionCounter.builder(RATE_LIMITED, rateLimited, LongAdder::doubleValue)
        .description("pulls throttled by the platform (429)").register(registry);
    failures.forEach((outcome, count) ->
        FunctionCounter.builder(FAILURES, count, LongAdder::doubleValue)
            .tag("outcome", outcome.name()).description("failed pulls").register(registry));
    FunctionCounter.builder(CONFLICTS, this, ErpMetrics::conflicts)
        .description("reservations retried after an optimistic conflict").register(registry);
    registries.add(registry);
    lagSeconds.forEach((shop, lag) -> lagGauge(registry, shop, lag));
  }

  @Override
  public void pageStored(SyncProgress progress) {
    lag(progress.shop(), progress.lag());
  }

  @Override
  public void pullFinished(SyncReport report) {
    created.add(report.created());
    updated.add(report.updated());
    LongAdder failed = failures.get(report.outcome());
    if (failed != null) {
      failed.increment();
    }
    String error = report.error();
    if (report.outcome() == Outcome.RETRY_LATER && error != null && error.startsWith("RateLimitedException")) {
      rateLimited.increment();
    }
    lag(report.shop(), report.lag());
  }

  private void lag(ShopId shop, @Nullable Duration lag) {
    if (lag == null) {
      return;
    }
    AtomicLong held = lagSeconds.get(shop);
    if (held == null) {
      AtomicLong created = new AtomicLong();
      held = lagSeconds.putIfAbsent(shop, created);
      if (held == null) {
        held = created;
        for (MeterRegistry registry : registries) {
          lagGauge(registry, shop, held);
        }
      }
    }
    held.set(lag.toSeconds());
  }

  private static void lagGauge(MeterRegistry registry, ShopId shop, AtomicLong lag) {
    Gauge.builder(LAG, lag, AtomicLong::doubleValue)
        .tag("shop", shop.value()).baseUnit("seconds").description("how far the shop's stored orders trail")
        .register(registry);
  }

  private double conflicts() {
    Inventory watched = inventory;
    return watched == null ? 0 : watched.reservationConflicts();
  }
}
