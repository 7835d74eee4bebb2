package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.AbstractStore;
import dev.crossborder.erp.store.CaseRepository;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.FinanceRepository;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.RoutingRepository;
import dev.crossborder.erp.store.ListingRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.PurchasingRepository;
import dev.crossborder.erp.store.QuantityPolicyRepository;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StockPushQueueRepository;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.store.TrackingUploadRepository;
import dev.crossborder.erp.store.WarehouseRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One in-memory transaction. Writes go to a private overlay that only this session sees (so other
 * threads read committed data only: READ COMMITTED); each write also registers a precondition
 * that is checked again at commit against the then-committed tables, under the store's commit
 * lock. Single reads and scans take the store's read lock, so they never see half of another
 * transaction's commit. A failed precondition means another transaction committed first: the commit is refused
 * with {@link ConcurrentUpdateException} and {@code inTransaction} retries, as a database would
 * after a lost conditional update. Not thread-safe: one session, one thread.
 */
final class MemorySession implements AbstractStore.Session {
  private static final Object TOMBSTONE = new Object();
  /**
   * Ledger and outbox entries written by an open transaction carry a provisional position at or
   * above this base (above every real one, in write order) and get their real position at commit,
   * under the commit lock: positions then follow commit order, as a database's do for rows whose
   * writers lock the same aggregate, and a reader paging the ledger never finds a gap filled later.
   */
  static final long PROVISIONAL = Long.MAX_VALUE / 2;

  private final TenantId tenant;
  final TenantTables tables;
  private final Lock readLock;
  private final Lock commitLock;
  final InMemoryStore store;
  private final Map<Table<?, ?>, TreeMap<Object, Object>> overlay = new IdentityHashMap<>();
  private final Map<Keys.Level, StockDelta> levelDeltas = new LinkedHashMap<>();
  private final List<Supplier<@Nullable String>> preconditions = new ArrayList<>();
  private final Map<Class<?>, Object> repositories = new HashMap<>();
  private long provisional = PROVISIONAL;

  MemorySession(TenantId tenant, TenantTables tables, ReadWriteLock lock, InMemoryStore store) {
    this.tenant = tenant;
    this.tables = tables;
    this.readLock = lock.readLock();
    this.commitLock = lock.writeLock();
    this.store = store;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public <R> R repository(Class<R> type) {
    Object repo = repositories.computeIfAbsent(type, this::create);
    return type.cast(repo);
  }

  @Override
  public <R> java.util.Optional<R> optionalRepository(Class<R> type) {
    if (!type.getPackageName().equals(AbstractStore.class.getPackageName()) && !store.provides(type)) {
      return java.util.Optional.empty(); // no exception on the path of every guarded stock movement
    }
    return AbstractStore.Session.super.optionalRepository(type);
  }

  private Object create(Class<?> type) {
    Object contributed = store.moduleRepository(type, this); // other modules' types, never core's
    if (contributed != null) {
      return contributed;
    }
    if (type == CatalogRepository.class) {
      return new MemoryCatalogRepository(this);
    } else if (type == ShopRepository.class) {
      return new MemoryShopRepository(this);
    } else if (type == WarehouseRepository.class) {
      return new MemoryWarehouseRepository(this);
    } else if (type == OrderRepository.class) {
      return new MemoryOrderRepository(this);
    } else if (type == InventoryRepository.class) {
      return new MemoryInventoryRepository(this);
    } else if (type == OutboxRepository.class) {
      return new MemoryOutboxRepository(this);
    } else if (type == RoutingRepository.class) {
      return new MemoryRoutingRepository(this);
    } else if (type == LeaseRepository.class) {
      return new MemoryLeaseRepository(this);
    } else if (type == ListingRepository.class) {
      return new MemoryListingRepository(this);
    } else if (type == PurchasingRepository.class) {
      return new MemoryPurchasingRepository(this);
    } else if (type == SyncRepository.class) {
      return new MemorySyncRepository(this);
    } else if (type == TrackingUploadRepository.class) {
      return new MemoryTrackingUploadRepository(this);
    } else if (type == StockPushQueueRepository.class) {
      return new MemoryStockPushQueueRepository(this);
    } else if (type == QuantityPolicyRepository.class) {
      return new MemoryQuantityPolicyRepository(this);
    } else if (type == CaseRepository.class) {
      return new MemoryCaseRepository(this);
    } else if (type == FinanceRepository.class) {
      return new MemoryFinanceRepository(this);
    }
    throw new ConfigurationException("in-memory store has no repository " + type.getName());
  }

  // ---- reads through the overlay

  @SuppressWarnings("unchecked")
  <K extends Comparable<K>, V> @Nullable V get(Table<K, V> table, K key) {
    TreeMap<Object, Object> own = overlay.get(table);
    if (own != null && own.containsKey(key)) {
      Object v = own.get(key);
      return v == TOMBSTONE ? null : (V) v;
    }
    readLock.lock();
    try {
      return table.committed.get(key);
    } finally {
      readLock.unlock();
    }
  }

  /**
   * The entries of {@code table} after {@code after} (exclusive; {@code null} for the start) and up
   * to {@code until} (exclusive; {@code null} for the end) as this session sees them, that pass
   * {@code filter}, at most {@code limit}.
   */
  @SuppressWarnings("unchecked")
  <K extends Comparable<K>, V> List<Map.Entry<K, V>> scan(
      Table<K, V> table, @Nullable K after, @Nullable K until, BiPredicate<K, V> filter, int limit) {
    readLock.lock();
    try {
      return scanLocked(table, after, until, filter, limit);
    } finally {
      readLock.unlock();
    }
  }

  @SuppressWarnings("unchecked")
  private <K extends Comparable<K>, V> List<Map.Entry<K, V>> scanLocked(
      Table<K, V> table, @Nullable K after, @Nullable K until, BiPredicate<K, V> filter, int limit) {
    NavigableMap<K, V> committed = table.committed;
    if (after != null) {
      committed = committed.tailMap(after, false);
    }
    if (until != null) {
      committed = committed.headMap(until, false);
    }
    TreeMap<Object, Object> own = overlay.get(table);
    NavigableMap<K, Object> merged;
    if (own == null || own.isEmpty()) {
      merged = (NavigableMap<K, Object>) (NavigableMap<K, ?>) committed;
    } else {
      TreeMap<K, Object> copy = new TreeMap<>(committed);
      for (Map.Entry<Object, Object> e : own.entrySet()) {
        K k = (K) e.getKey();
        if ((after == null || k.compareTo(after) > 0) && (until == null || k.compareTo(until) < 0)) {
          copy.put(k, e.getValue());
        }
      }
      merged = copy;
    }
    List<Map.Entry<K, V>> out = new ArrayList<>();
    for (Map.Entry<K, Object> e : merged.entrySet()) {
      if (out.size() >= limit) {
        break;
      }
      Object v = e.getValue();
      if (v != TOMBSTONE && filter.test(e.getKey(), (V) v)) {
        out.add(Map.entry(e.getKey(), (V) v));
      }
    }
    return out;
  }

  // ---- writes to the overlay, with commit-time preconditions

  <K extends Comparable<K>, V> void put(Table<K, V> table, K key, V value) {
    overlay.computeIfAbsent(table, t -> new TreeMap<>()).put(key, value);
  }

  <K extends Comparable<K>, V> void remove(Table<K, V> table, K key) {
    overlay.computeIfAbsent(table, t -> new TreeMap<>()).put(key, TOMBSTONE);
  }

  /** A provisional position for a ledger or outbox entry written by this session. */
  long provisionalPosition() {
    return provisional++;
  }

  /** Registers a check run at commit; it returns {@code null} if fine, else what conflicted. */
  void precondition(Supplier<@Nullable String> check) {
    preconditions.add(check);
  }

  /** Whether this session has already written {@code key} of {@code table} (its overlay holds it). */
  boolean wrote(Table<?, ?> table, Object key) {
    TreeMap<Object, Object> own = overlay.get(table);
    return own != null && own.containsKey(key);
  }

  /**
   * Registers {@code check}, a version check of a row, unless {@code rewrite}: a row this session
   * already wrote was checked by its first write (whose expected version is the committed one), as
   * a database holds the row's lock from the first write on; a second write in the same transaction
   * expects the session's own version, which the committed table does not have yet.
   */
  void preconditionOnFirstWrite(boolean rewrite, Supplier<@Nullable String> check) {
    if (!rewrite) {
      preconditions.add(check);
    }
  }

  /**
   * Whether a condition this session relied on was already broken by another commit. A conditional
   * write that finds its condition false checks this first: if the session's earlier reads are
   * stale, the refusal may be an artefact of them, so the session must retry (as a database
   * session would, having waited on the other writer's row lock and then re-read), rather than
   * report the refusal.
   */
  boolean isStale() {
    readLock.lock();
    try {
      for (Supplier<@Nullable String> check : preconditions) {
        if (check.get() != null) {
          return true;
        }
      }
      return false;
    } finally {
      readLock.unlock();
    }
  }

  /** Requires {@code key} to be absent from the committed table at commit. */
  <K extends Comparable<K>> void requireAbsentAtCommit(Table<K, ?> table, K key, String what) {
    precondition(() -> table.committed.containsKey(key) ? what : null);
  }

  // ---- stock levels: deltas, applied to the committed level at commit

  StockLevel level(SkuCode sku, WarehouseId warehouse) {
    Keys.Level key = new Keys.Level(sku.value(), warehouse.value());
    StockLevel committed;
    readLock.lock();
    try {
      committed = tables.levels.committed.get(key);
    } finally {
      readLock.unlock();
    }
    StockLevel base = committed == null ? StockLevel.empty(sku, warehouse) : committed;
    StockDelta own = levelDeltas.get(key);
    return own == null ? base : base.plus(own);
  }

  boolean hasLevel(SkuCode sku, WarehouseId warehouse) {
    Keys.Level key = new Keys.Level(sku.value(), warehouse.value());
    return levelDeltas.containsKey(key) || tables.levels.committed.containsKey(key);
  }

  /** Warehouses whose level of {@code sku} this session changed. */
  List<String> touchedWarehouses(SkuCode sku) {
    return levelDeltas.keySet().stream()
        .filter(k -> k.sku().equals(sku.value()))
        .map(Keys.Level::warehouse)
        .toList();
  }

  void addDelta(SkuCode sku, WarehouseId warehouse, StockDelta delta) {
    Keys.Level key = new Keys.Level(sku.value(), warehouse.value());
    levelDeltas.merge(key, delta, StockDelta::plus);
  }

  // ---- commit and rollback

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void commit() {
    commitLock.lock();
    try {
      for (Supplier<@Nullable String> check : preconditions) {
        String conflict = check.get();
        if (conflict != null) {
          throw new ConcurrentUpdateException(conflict);
        }
      }
      for (Map.Entry<Keys.Level, StockDelta> e : levelDeltas.entrySet()) {
        StockLevel committed = tables.levels.committed.get(e.getKey());
        StockLevel next = (committed == null ? emptyLevel(e.getKey()) : committed).plus(e.getValue());
        if (!next.isConsistent()) {
          throw new ConcurrentUpdateException("stock of " + e.getKey().sku() + " at " + e.getKey().warehouse());
        }
      }
      for (Map.Entry<Keys.Level, StockDelta> e : levelDeltas.entrySet()) {
        tables.levels.committed.compute(
            e.getKey(), (k, old) -> (old == null ? emptyLevel(k) : old).plus(e.getValue()));
      }
      for (Map.Entry<Table<?, ?>, TreeMap<Object, Object>> t : overlay.entrySet()) {
        Map committed = t.getKey().committed;
        for (Map.Entry<Object, Object> e : t.getValue().entrySet()) {
          if (e.getValue() == TOMBSTONE) {
            committed.remove(e.getKey());
          } else {
            committed.put(positioned(e.getKey()), e.getValue());
          }
        }
      }
    } finally {
      commitLock.unlock();
      clear();
    }
  }

  /** The key with a provisional position replaced by the next real one. */
  private Object positioned(Object key) {
    if (key instanceof Keys.Ledger ledger && ledger.seq() >= PROVISIONAL) {
      return new Keys.Ledger(ledger.sku(), ledger.warehouse(), store.nextSequence());
    }
    if (key instanceof Long position && position >= PROVISIONAL) {
      return store.nextSequence();
    }
    return key;
  }

  @Override
  public void rollbackQuietly() {
    clear();
  }

  private void clear() {
    overlay.clear();
    levelDeltas.clear();
    preconditions.clear();
  }

  private static StockLevel emptyLevel(Keys.Level key) {
    return StockLevel.empty(SkuCode.of(key.sku()), WarehouseId.of(key.warehouse()));
  }
}
