package dev.crossborder.erp.sync.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.internal.ShopLeases;
import dev.crossborder.erp.internal.ShopWriter;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.ImportResult;
import dev.crossborder.erp.order.Orders;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.RejectedItem;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.shop.ShopStatus;
import dev.crossborder.erp.store.FencingException;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.sync.ShopSyncHealth;
import dev.crossborder.erp.sync.SyncEngine;
import dev.crossborder.erp.sync.SyncListener;
import dev.crossborder.erp.sync.SyncProgress;
import dev.crossborder.erp.sync.SyncReport;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import dev.crossborder.erp.sync.SyncSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync engine over erp-core's store. Per shop it takes the lease {@code shop:<id>}, loads the
 * orders checkpoint, and reads windows {@code [watermark - overlap, now - settleDelay)} page by
 * page; after each page's orders are imported (each in its own transaction, with its quarantine
 * entry cleared) the checkpoint is saved under the lease's fencing token. The lease is renewed
 * before every page and given up for lost {@code clockSkewMargin} before its expiry. Failures of a
 * pull change only this instance's view of the shop (backoff, health); the checkpoint keeps what was
 * stored.
 *
 * <p>Thread-safe. Background pulls run on the executor, at most one per shop at a time (a pull is
 * claimed before it is queued), so the executor's queue never holds more tasks than there are
 * shops. The default executor has {@value #DEFAULT_THREADS} daemon threads.
 */
public final class StoreSyncEngine implements SyncEngine, ShopLeases {
  private static final Logger LOG = LoggerFactory.getLogger(StoreSyncEngine.class);
  private static final long TICK_MILLIS = 1000;
  private static final int DEFAULT_THREADS = 2;
  private static final int QUARANTINE_LIMIT = 1000;
  /** Pulls after which the shop's writes run: the lease was held (or never asked for). */
  private static final Set<Outcome> WRITE_AFTER =
      EnumSet.of(Outcome.COMPLETED, Outcome.RETRY_LATER, Outcome.FAILED);

  private final ErpContext ctx;
  private final Orders orders;
  private final Map<PlatformId, PlatformConnector> connectors;
  private final SyncSettings settings;
  private final List<SyncListener> listeners;
  private final String owner;
  private final @Nullable Executor hostExecutor;
  private final @Nullable Consumer<ShopId> afterPage;
  private final ConcurrentHashMap<ShopId, ShopState> states = new ConcurrentHashMap<>();
  private final List<ShopWriter> writers = new CopyOnWriteArrayList<>();

  private final Object lifecycle = new Object();
  private volatile boolean started;
  private volatile boolean stopped;
  private @Nullable ScheduledExecutorService ticker;
  private @Nullable ExecutorService ownExecutor;
  private volatile @Nullable Executor executor;

  /**
   * An engine of the Erp behind {@code ctx}.
   *
   * @param owner this instance's name, the owner of the leases it takes
   * @param executor where background pulls run, or {@code null} for a small pool of its own
   */
  public StoreSyncEngine(
      ErpContext ctx,
      Orders orders,
      Map<PlatformId, PlatformConnector> connectors,
      SyncSettings settings,
      List<SyncListener> listeners,
      String owner,
      @Nullable Executor executor) {
    this(ctx, orders, connectors, settings, listeners, owner, executor, null);
  }

  /**
   * An engine that also calls {@code afterPage} with the shop after every page it stored (after the
   * import transactions and the checkpoint committed), such as routing on import. The hook's
   * failures are logged and never fail the pull.
   */
  public StoreSyncEngine(
      ErpContext ctx,
      Orders orders,
      Map<PlatformId, PlatformConnector> connectors,
      SyncSettings settings,
      List<SyncListener> listeners,
      String owner,
      @Nullable Executor executor,
      @Nullable Consumer<ShopId> afterPage) {
    this.afterPage = afterPage;
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.orders = requireNonNull(orders, "orders == null");
    this.connectors = Map.copyOf(connectors);
    this.settings = requireNonNull(settings, "settings == null");
    this.listeners = List.copyOf(listeners);
    this.owner = requireNonNull(owner, "owner == null");
    this.hostExecutor = executor;
  }

  /**
   * Adds durable platform writes (stock pushes, tracking uploads) this engine executes for each
   * shop it holds, after every pull that held or could take the shop's lease.
   */
  public void addWriter(ShopWriter writer) {
    writers.add(requireNonNull(writer, "writer == null"));
  }

  // ---- on demand

  @Override
  public <T> Optional<T> whileHeld(ShopId id, Function<Lease, T> work) {
    requireNonNull(id, "shop == null");
    ShopState st = state(id);
    if (!st.claimed.compareAndSet(false, true)) {
      return Optional.empty();
    }
    try {
      Lease lease = heldLease(st);
      return lease == null ? Optional.empty() : Optional.of(work.apply(lease));
    } finally {
      finish(st);
    }
  }

  @Override
  public SyncReport syncNow(ShopId id) {
    requireNonNull(id, "shop == null");
    Shop shop = findShop(id).orElseThrow(() -> new NotFoundException("shopId", id));
    ShopState st = state(id);
    if (!st.claimed.compareAndSet(false, true)) {
      return report(id, Outcome.BUSY, new Counts(), null);
    }
    try {
      return pull(st, shop, false);
    } finally {
      finish(st);
    }
  }

  @Override
  public List<SyncReport> runOnce() {
    List<SyncReport> reports = new ArrayList<>();
    forEachDueShop(
        (shop, st) -> {
          try {
            reports.add(pull(st, shop, false));
          } finally {
            finish(st);
          }
        });
    return reports;
  }

  @Override
  public void hint(ShopId id) {
    requireNonNull(id, "shop == null");
    state(id).hinted();
    if (started) {
      findShop(id)
          .filter(shop -> shop.status() == ShopStatus.ACTIVE)
          .ifPresent(
              shop -> {
                ShopState st = state(id);
                if (st.isDue(ctx.clock().instant()) && st.claimed.compareAndSet(false, true)) {
                  submit(st, shop);
                }
              });
    }
  }

  // ---- background

  @Override
  public void start() {
    synchronized (lifecycle) {
      if (started) {
        return;
      }
      stopped = false;
      Executor chosen = hostExecutor;
      if (chosen == null) {
        ownExecutor = Executors.newFixedThreadPool(DEFAULT_THREADS, daemons("erp-sync"));
        chosen = ownExecutor;
      }
      executor = chosen;
      ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(daemons("erp-sync-tick"));
      ticker = t;
      started = true;
      t.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void stop() {
    synchronized (lifecycle) {
      stopped = true;
      if (!started) {
        releaseIdle();
        return;
      }
      started = false;
      ScheduledExecutorService t = ticker;
      if (t != null) {
        t.shutdownNow();
      }
      ExecutorService own = ownExecutor;
      if (own != null) {
        own.shutdown();
      }
      ticker = null;
      ownExecutor = null;
      executor = null;
    }
    releaseIdle();
  }

  /** Releases the leases of the shops no pull of this instance is working on now. */
  private void releaseIdle() {
    for (ShopState st : states.values()) {
      if (st.claimed.compareAndSet(false, true)) {
        finish(st);
      }
    }
  }

  private void tick() {
    try {
      forEachDueShop((shop, st) -> submit(st, shop));
    } catch (RuntimeException e) {
      LOG.warn("sync polling round failed: {}", describe(e));
    }
  }

  private void submit(ShopState st, Shop shop) {
    Executor ex = executor;
    if (ex == null || !started) {
      finish(st);
      return;
    }
    try {
      ex.execute(
          () -> {
            try {
              if (started) {
                pull(st, shop, true);
              }
            } finally {
              finish(st);
            }
          });
    } catch (RejectedExecutionException e) {
      finish(st);
    }
  }

  /** Claims every active, due shop and hands it to {@code action}, which must {@link #finish}. */
  private void forEachDueShop(BiConsumer<Shop, ShopState> action) {
    for (Shop shop : activeShops()) {
      ShopState st = state(shop.id());
      if (st.isDue(ctx.clock().instant()) && st.claimed.compareAndSet(false, true)) {
        action.accept(shop, st);
      }
    }
  }

  /** Ends a claim; a stopped engine gives the shop's lease up so another instance takes it now. */
  private void finish(ShopState st) {
    try {
      if (stopped && st.lease() != null) {
        ctx.tx(tx -> tx.repository(LeaseRepository.class).release(leaseName(st.shop), owner));
        st.lease(null);
      }
    } catch (RuntimeException e) {
      LOG.warn("releasing the sync lease of shop {} failed: {}", st.shop, describe(e));
    } finally {
      st.claimed.set(false);
    }
  }

  // ---- one pull

  private SyncReport pull(ShopState st, Shop shop, boolean background) {
    Instant start = ctx.clock().instant();
    Counts counts = new Counts();
    SyncReport report;
    try {
      report = pullHeld(st, shop, start, counts, background);
    } catch (AuthenticationException e) {
      st.failed(describe(e), true, null);
      LOG.warn("sync of shop {} stopped: the platform refused its credentials", shop.id());
      report = report(shop.id(), Outcome.AUTH_EXPIRED, counts, describe(e));
    } catch (ConnectorException e) {
      Duration pause = backoff(st.failures() + 1, e.retryAfter().orElse(Duration.ZERO));
      st.failed(describe(e), false, start.plus(pause));
      LOG.info("sync of shop {} failed ({}); retrying in {}", shop.id(), describe(e), pause);
      report = report(shop.id(), Outcome.RETRY_LATER, counts, describe(e));
    } catch (FencingException e) {
      st.lease(null);
      st.retryAt(start.plus(settings.pollInterval()));
      report = report(shop.id(), Outcome.LOST_LEASE, counts, describe(e));
    } catch (RuntimeException e) {
      Duration pause = backoff(st.failures() + 1, Duration.ZERO);
      st.failed(describe(e), false, start.plus(pause));
      LOG.warn("sync of shop {} failed: {}", shop.id(), describe(e));
      report = report(shop.id(), Outcome.FAILED, counts, describe(e));
    }
    SyncReport done = report;
    notifyListeners(l -> l.pullFinished(done));
    if (WRITE_AFTER.contains(done.outcome()) && !(background && !started)) {
      runWriters(st, shop);
    }
    return done;
  }

  /**
   * The shop's write cycle: with the lease held (renewed, or taken now if the pull did not get to
   * take it), each writer executes the shop's due jobs. A writer's failure is logged; its jobs stay.
   */
  private void runWriters(ShopState st, Shop shop) {
    if (writers.isEmpty()) {
      return;
    }
    Lease lease;
    try {
      lease = heldLease(st);
    } catch (RuntimeException e) {
      LOG.warn("sync of shop {}: taking its lease for its writes failed: {}", shop.id(), describe(e));
      return;
    }
    if (lease == null) {
      return;
    }
    for (ShopWriter writer : writers) {
      try {
        writer.runHeld(shop, lease);
      } catch (FencingException e) {
        st.lease(null);
        LOG.info("platform writes of shop {} stopped: the lease changed hands", shop.id());
        return;
      } catch (RuntimeException e) {
        LOG.warn("platform writes of shop {} failed: {}", shop.id(), describe(e));
      }
    }
  }

  /**
   * The shop's lease for writes: renewed if this instance holds it, taken if it is free or lapsed,
   * or {@code null} if another instance holds it. Each write that completes a job is fenced with it.
   */
  private @Nullable Lease heldLease(ShopState st) {
    return takeLease(st, ctx.clock().instant());
  }

  private SyncReport pullHeld(
      ShopState st, Shop shop, Instant start, Counts counts, boolean background) {
    OrderSource source = orderSource(shop);
    Lease lease = takeLease(st, start);
    if (lease == null) {
      st.retryAt(start.plus(settings.pollInterval()));
      return report(shop.id(), Outcome.NOT_HELD, counts, null);
    }
    SyncCheckpoint cp =
        ctx.tx(tx -> tx.repository(SyncRepository.class).checkpoint(shop.id(), ORDERS))
            .orElseGet(
                () -> SyncCheckpoint.at(shop.id(), ORDERS, start.minus(settings.initialLookback())));
    counts.watermark = cp.watermark();
    Instant end = start.minus(settings.settleDelay());
    while (cp.isPaging() || end.isAfter(cp.watermark())) {
      if (background && !started) {
        return report(shop.id(), Outcome.STOPPED, counts, null);
      }
      lease = renewLease(st, lease);
      if (lease == null) {
        st.retryAt(start.plus(settings.pollInterval()));
        return report(shop.id(), Outcome.LOST_LEASE, counts, null);
      }
      OrderWindow window =
          cp.isPaging()
              ? new OrderWindow(requireNonNull(cp.windowFrom()), requireNonNull(cp.windowTo()))
              : new OrderWindow(cp.watermark().minus(settings.overlap()), end);
      PlatformPage<PlatformOrder> page = source.orders(shop, window, cp.cursor());
      importPage(shop, page.items(), counts);
      for (RejectedItem rejected : page.rejected()) {
        quarantine(shop, rejected.itemId(), rejected.error(), counts);
      }
      String next = page.next();
      SyncCheckpoint saved =
          next != null
              ? cp.paging(window.from(), window.to(), next)
              : SyncCheckpoint.at(shop.id(), ORDERS, window.to());
      Lease fence = lease;
      ctx.tx(
          tx -> {
            tx.repository(SyncRepository.class).saveCheckpoint(saved, fence);
            return null;
          });
      cp = saved;
      counts.pages++;
      counts.watermark = cp.watermark();
      SyncProgress progress = counts.progress(shop.id(), lag(cp.watermark()));
      notifyListeners(l -> l.pageStored(progress));
      runAfterPage(shop.id());
    }
    st.succeeded(start, start.plus(settings.pollInterval()));
    return report(shop.id(), Outcome.COMPLETED, counts, null);
  }

  private void importPage(Shop shop, List<PlatformOrder> items, Counts counts) {
    for (PlatformOrder order : items) {
      try {
        if (!order.shopId().equals(shop.id())) {
          throw new InvalidInputException("shopId", order.shopId(), "must be " + shop.id());
        }
        ImportResult result =
            ctx.tx(
                tx -> {
                  ImportResult r = orders.importOrder(order);
                  tx.repository(SyncRepository.class)
                      .release(shop.id(), ORDERS, order.platformOrderId());
                  return r;
                });
        counts.count(result);
      } catch (InvalidInputException e) {
        quarantine(shop, order.platformOrderId(), e, counts);
      }
    }
  }

  /** Sets an order the import or the connector refused aside with its typed error. */
  private void quarantine(Shop shop, String platformOrderId, InvalidInputException e, Counts counts) {
    QuarantinedItem item =
        new QuarantinedItem(shop.id(), ORDERS, platformOrderId, describe(e), ctx.clock().instant());
    ctx.tx(
        tx -> {
          tx.repository(SyncRepository.class).quarantine(item);
          return null;
        });
    counts.quarantined++;
    LOG.warn("sync of shop {} quarantined order {}: {}", shop.id(), platformOrderId, e.code());
  }

  /** Runs the after-page hook (routing on import); its failure never fails the pull. */
  private void runAfterPage(ShopId shop) {
    Consumer<ShopId> hook = afterPage;
    if (hook == null) {
      return;
    }
    try {
      hook.accept(shop);
    } catch (RuntimeException e) {
      LOG.warn("after-import work of shop {} failed: {}", shop, describe(e));
    }
  }

  // ---- leases

  private @Nullable Lease takeLease(ShopState st, Instant now) {
    Optional<Lease> taken =
        ctx.tx(
            tx ->
                tx.repository(LeaseRepository.class)
                    .tryAcquire(leaseName(st.shop), owner, now, now.plus(settings.leaseDuration())));
    st.lease(taken.orElse(null));
    return taken.orElse(null);
  }

  /**
   * Renews {@code lease}, or returns {@code null} if it must be taken as lost: it is within the
   * skew margin of its expiry by this instance's clock, or the store no longer has it under the
   * same token.
   */
  private @Nullable Lease renewLease(ShopState st, Lease lease) {
    Instant now = ctx.clock().instant();
    if (!now.isBefore(lease.expiresAt().minus(settings.clockSkewMargin()))) {
      st.lease(null);
      return null;
    }
    Lease renewed = takeLease(st, now);
    if (renewed == null || renewed.token() != lease.token()) {
      return null;
    }
    return renewed;
  }

  private static String leaseName(ShopId shop) {
    return "shop:" + shop.value();
  }

  // ---- health

  @Override
  public ShopSyncHealth health(ShopId id) {
    requireNonNull(id, "shop == null");
    Instant now = ctx.clock().instant();
    Optional<SyncCheckpoint> cp =
        ctx.tx(tx -> tx.repository(SyncRepository.class).checkpoint(id, ORDERS));
    Optional<Lease> lease = ctx.tx(tx -> tx.repository(LeaseRepository.class).find(leaseName(id)));
    ShopState st = states.get(id);
    ShopState.Snapshot seen = st == null ? new ShopState(id).snapshot() : st.snapshot();
    return new ShopSyncHealth(
        id,
        seen.lastSuccess(),
        cp.map(c -> lag(c.watermark())).orElse(null),
        seen.failures(),
        seen.authExpired(),
        seen.lastError(),
        seen.nextAttempt(),
        lease.filter(l -> l.expiresAt().isAfter(now)).map(Lease::owner).orElse(null));
  }

  @Override
  public List<ShopSyncHealth> health() {
    return activeShops().stream().map(shop -> health(shop.id())).toList();
  }

  @Override
  public List<QuarantinedItem> quarantined(ShopId id) {
    requireNonNull(id, "shop == null");
    return ctx.tx(
        tx -> tx.repository(SyncRepository.class).quarantined(id, ORDERS, QUARANTINE_LIMIT));
  }

  // ---- helpers

  private Duration lag(Instant watermark) {
    Duration lag = Duration.between(watermark, ctx.clock().instant().minus(settings.settleDelay()));
    return lag.isNegative() ? Duration.ZERO : lag;
  }

  /** {@code minBackoff} doubled per earlier failure, at most {@code maxBackoff}, at least {@code asked}. */
  private Duration backoff(int failures, Duration asked) {
    Duration pause = settings.minBackoff();
    for (int i = 1; i < failures && pause.compareTo(settings.maxBackoff()) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    if (pause.compareTo(settings.maxBackoff()) > 0) {
      pause = settings.maxBackoff();
    }
    return asked.compareTo(pause) > 0 ? asked : pause;
  }

  private OrderSource orderSource(Shop shop) {
    PlatformConnector connector = connectors.get(shop.platform());
    if (connector == null) {
      throw new ConfigurationException("no connector is registered for " + shop.platform());
    }
    return connector
        .capability(OrderSource.class)
        .orElseThrow(
            () -> new ConfigurationException("the connector of " + shop.platform() + " reads no orders"));
  }

  private Optional<Shop> findShop(ShopId id) {
    return ctx.tx(tx -> tx.repository(ShopRepository.class).find(id));
  }

  private List<Shop> activeShops() {
    List<Shop> shops = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      PageRequest current = request;
      Page<Shop> page = ctx.tx(tx -> tx.repository(ShopRepository.class).list(current));
      for (Shop shop : page.items()) {
        if (shop.status() == ShopStatus.ACTIVE) {
          shops.add(shop);
        }
      }
      if (!page.hasNext()) {
        return shops;
      }
      request = request.next(page);
    }
  }

  private ShopState state(ShopId id) {
    return states.computeIfAbsent(id, ShopState::new);
  }

  private SyncReport report(ShopId shop, Outcome outcome, Counts counts, @Nullable String error) {
    Instant watermark = counts.watermark;
    return new SyncReport(
        shop,
        outcome,
        counts.pages,
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.quarantined,
        watermark == null ? null : lag(watermark),
        error);
  }

  private void notifyListeners(Consumer<SyncListener> call) {
    for (SyncListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("sync listener {} failed: {}", listener.getClass().getName(), describe(e));
      }
    }
  }

  /** An error's type and message; the SDK's messages hold no secrets and no buyer data. */
  private static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static ThreadFactory daemons(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public String toString() {
    return "SyncEngine[" + owner + ", " + (started ? "started" : "idle") + "]";
  }

  /** What one pull has done so far. Confined to the pull's thread. */
  private static final class Counts {
    int pages;
    int created;
    int updated;
    int unchanged;
    int quarantined;
    @Nullable Instant watermark;

    void count(ImportResult result) {
      if (result instanceof ImportResult.Created) {
        created++;
      } else if (result instanceof ImportResult.Updated) {
        updated++;
      } else {
        unchanged++;
      }
    }

    SyncProgress progress(ShopId shop, Duration lag) {
      return new SyncProgress(shop, ORDERS, pages, created, updated, unchanged, quarantined, lag);
    }
  }
}
