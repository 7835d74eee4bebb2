package dev.crossborder.erp.warehouse.store.internal;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.memory.MemoryTable;
import dev.crossborder.erp.store.memory.MemoryTransaction;
import dev.crossborder.erp.warehouse.inbound.Receipt;
import dev.crossborder.erp.warehouse.inbound.ReceiptId;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import dev.crossborder.erp.warehouse.putaway.PutAwayTask;
import dev.crossborder.erp.warehouse.putaway.PutAwayTaskId;
import dev.crossborder.erp.warehouse.store.BinStockRepository;
import dev.crossborder.erp.warehouse.store.InboundRepository;
import dev.crossborder.erp.warehouse.store.LayoutRepository;
import dev.crossborder.erp.warehouse.store.OutboundRepository;
import dev.crossborder.erp.warehouse.outbound.Wave;
import dev.crossborder.erp.warehouse.outbound.WaveId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The warehouse repositories of one in-memory transaction. Each write registers, once per key and
 * transaction, the committed value it started from as a condition of the commit, so a concurrent
 * commit of the same row makes this one retry (the store's optimistic semantics). Not thread-safe.
 */
final class MemoryWarehouseRepositories implements LayoutRepository, BinStockRepository, InboundRepository, OutboundRepository {
  private static final char SEP = '\u0000';
  private final MemoryTransaction tx;
  private final MemoryWarehouseTables t;
  /** The keys whose committed value this transaction already requires at commit, per table. */
  private final Map<MemoryTable<?, ?>, Set<String>> guarded = new java.util.IdentityHashMap<>();

  MemoryWarehouseRepositories(MemoryTransaction tx, MemoryWarehouseTables tables) {
    this.tx = tx;
    this.t = tables;
  }

  // ---- layouts

  @Override
  public Optional<WarehouseLayout> find(WarehouseId warehouse) {
    return Optional.ofNullable(tx.get(t.layouts, warehouse.value()));
  }

  @Override
  public WarehouseLayout save(WarehouseLayout layout) {
    String key = layout.warehouse().value();
    return saveVersioned(t.layouts, key, layout, layout.version(), WarehouseLayout::version, "layout of " + key, layout::withVersion);
  }

  // ---- bin stock

  @Override
  public long quantity(WarehouseId warehouse, BinCode bin, SkuCode sku, String lot) {
    BinStock s = tx.get(t.binStock, stockKey(warehouse, bin, sku, lot));
    return s == null ? 0 : s.quantity();
  }

  @Override
  public boolean add(WarehouseId warehouse, BinCode bin, SkuCode sku, String lot, long delta) {
    String key = stockKey(warehouse, bin, sku, lot);
    BinStock current = tx.get(t.binStock, key);
    long now = current == null ? 0 : current.quantity();
    if (now + delta < 0) {
      if (tx.isStale()) {
        throw new ConcurrentUpdateException("stock of " + sku + " in bin " + bin);
      }
      return false;
    }
    guard(t.binStock, key, current == null ? null : current.quantity(), s -> s.quantity(), "stock of " + sku + " in bin " + bin);
    tx.put(t.binStock, key, new BinStock(bin, sku, lot, now + delta));
    return true;
  }

  @Override
  public List<BinStock> inBin(WarehouseId warehouse, BinCode bin) {
    String prefix = warehouse.value() + SEP + bin.value() + SEP;
    return range(prefix, s -> true);
  }

  @Override
  public List<BinStock> ofSku(WarehouseId warehouse, SkuCode sku) {
    return range(warehouse.value() + SEP, s -> s.sku().equals(sku));
  }

  @Override
  public List<BinStock> inWarehouse(WarehouseId warehouse) {
    return range(warehouse.value() + SEP, s -> true);
  }

  private List<BinStock> range(String prefix, java.util.function.Predicate<BinStock> filter) {
    return tx.scan(t.binStock, prefix, prefix + '\uffff', (k, v) -> v.quantity() > 0 && filter.test(v), Integer.MAX_VALUE)
        .stream()
        .map(Map.Entry::getValue)
        .toList();
  }

  private static String stockKey(WarehouseId warehouse, BinCode bin, SkuCode sku, String lot) {
    return warehouse.value() + SEP + bin.value() + SEP + sku.value() + SEP + lot;
  }

  // ---- receipts, tasks, commands

  @Override
  public void insertReceipt(Receipt receipt) {
    insert(t.receipts, receipt.id().value(), receipt.withVersion(0), "receiptId");
  }

  @Override
  public Receipt updateReceipt(Receipt receipt) {
    String id = receipt.id().value();
    requireStored(t.receipts, id, "receiptId");
    return saveVersioned(t.receipts, id, receipt, receipt.version(), Receipt::version, "receipt " + id, receipt::withVersion);
  }

  @Override
  public Optional<Receipt> findReceipt(ReceiptId id) {
    return Optional.ofNullable(tx.get(t.receipts, id.value()));
  }

  @Override
  public void insertTask(PutAwayTask task) {
    insert(t.tasks, task.id().value(), task.withVersion(0), "taskId");
  }

  @Override
  public PutAwayTask updateTask(PutAwayTask task) {
    String id = task.id().value();
    requireStored(t.tasks, id, "taskId");
    return saveVersioned(t.tasks, id, task, task.version(), PutAwayTask::version, "task " + id, task::withVersion);
  }

  @Override
  public Optional<PutAwayTask> findTask(PutAwayTaskId id) {
    return Optional.ofNullable(tx.get(t.tasks, id.value()));
  }

  @Override
  public Optional<String> command(String key) {
    return Optional.ofNullable(tx.get(t.commands, key));
  }

  @Override
  public void recordCommand(String key, String record) {
    if (tx.get(t.commands, key) != null) {
      throw new ConcurrentUpdateException("command " + key);
    }
    tx.put(t.commands, key, record);
    tx.requireAtCommit(t.commands, key, Objects::isNull, "command " + key);
  }

  // ---- waves and bin allocation

  @Override
  public void insertWave(Wave wave) {
    insert(t.waves, wave.id().value(), wave.withVersion(0), "waveId");
  }

  @Override
  public Wave updateWave(Wave wave) {
    String id = wave.id().value();
    requireStored(t.waves, id, "waveId");
    return saveVersioned(t.waves, id, wave, wave.version(), Wave::version, "wave " + id, wave::withVersion);
  }

  @Override
  public Optional<Wave> findWave(WaveId id) {
    return Optional.ofNullable(tx.get(t.waves, id.value()));
  }

  @Override
  public long binReserved(WarehouseId warehouse, BinCode bin, SkuCode sku) {
    Long held = tx.get(t.binReserved, warehouse.value() + SEP + bin.value() + SEP + sku.value());
    return held == null ? 0 : held;
  }

  @Override
  public boolean reserveBin(WarehouseId warehouse, BinCode bin, SkuCode sku, long delta) {
    String key = warehouse.value() + SEP + bin.value() + SEP + sku.value();
    Long current = tx.get(t.binReserved, key);
    long now = current == null ? 0 : current;
    if (now + delta < 0) {
      return false;
    }
    guard(t.binReserved, key, current, v -> v, "held stock of " + sku + " in bin " + bin);
    tx.put(t.binReserved, key, now + delta);
    return true;
  }

  // ---- helpers

  private <V> void insert(MemoryTable<String, V> table, String id, V value, String field) {
    if (tx.get(table, id) != null) {
      throw new DuplicateKeyException(field, id);
    }
    guard(table, id, null, v -> 0L, field + " " + id);
    tx.put(table, id, value);
  }

  private <V> void requireStored(MemoryTable<String, V> table, String id, String field) {
    if (tx.get(table, id) == null) {
      throw new NotFoundException(field, id);
    }
  }

  private <V> V saveVersioned(
      MemoryTable<String, V> table,
      String key,
      V value,
      long expected,
      ToLongFunction<V> version,
      String what,
      java.util.function.LongFunction<V> withVersion) {
    V stored = tx.get(table, key);
    if (stored == null ? expected != 0 : version.applyAsLong(stored) != expected) {
      throw new ConcurrentUpdateException(what + " version " + expected);
    }
    guard(table, key, stored == null ? null : version.applyAsLong(stored), version, what);
    V next = withVersion.apply(expected + 1);
    tx.put(table, key, next);
    return next;
  }

  /**
   * Requires at commit that the committed row of {@code key} still has the {@code measure} it had
   * when this transaction first touched it ({@code null}: absent).
   */
  private <V> void guard(
      MemoryTable<String, V> table, String key, @Nullable Long seen, ToLongFunction<V> measure, String what) {
    if (!guarded.computeIfAbsent(table, x -> new HashSet<>()).add(key)) {
      return;
    }
    tx.requireAtCommit(
        table, key, c -> c == null ? seen == null : seen != null && measure.applyAsLong(c) == seen, what);
  }
}
