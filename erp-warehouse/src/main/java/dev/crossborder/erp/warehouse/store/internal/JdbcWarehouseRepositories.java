package dev.crossborder.erp.warehouse.store.internal;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.jdbc.JdbcTransaction;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The warehouse repositories on one JDBC transaction: documents with versions checked by
 * conditional updates, and bin stock changed by one conditional statement. Not thread-safe.
 */
final class JdbcWarehouseRepositories implements LayoutRepository, BinStockRepository, InboundRepository, OutboundRepository {
  private final JdbcTransaction tx;

  JdbcWarehouseRepositories(JdbcTransaction tx) {
    this.tx = tx;
  }

  // ---- layouts

  @Override
  public Optional<WarehouseLayout> find(WarehouseId warehouse) {
    return tx.queryOne(
        "layout",
        "SELECT doc FROM erp_wh_layout WHERE tenant_id = ? AND warehouse_id = ?",
        rs -> WarehouseDocuments.read(rs.getString("doc"), WarehouseLayout.class),
        tx.tenantId(),
        warehouse.value());
  }

  @Override
  public WarehouseLayout save(WarehouseLayout layout) {
    String id = layout.warehouse().value();
    long expected = layout.version();
    WarehouseLayout next = layout.withVersion(expected + 1);
    String doc = WarehouseDocuments.write(next);
    if (expected == 0) {
      if (!tx.insertIfAbsent(
          "layout",
          "INSERT INTO erp_wh_layout (tenant_id, warehouse_id, version, doc) VALUES (?, ?, ?, ?)",
          tx.tenantId(), id, 1L, doc)) {
        throw new ConcurrentUpdateException("layout of " + id + " version 0");
      }
    } else if (tx.update(
            "layout",
            "UPDATE erp_wh_layout SET version = ?, doc = ? WHERE tenant_id = ? AND warehouse_id = ? AND version = ?",
            expected + 1, doc, tx.tenantId(), id, expected)
        == 0) {
      throw new ConcurrentUpdateException("layout of " + id + " version " + expected);
    }
    return next;
  }

  // ---- bin stock

  @Override
  public long quantity(WarehouseId warehouse, BinCode bin, SkuCode sku, String lot) {
    return tx.queryOne(
            "bin stock",
            "SELECT quantity FROM erp_wh_bin_stock WHERE tenant_id = ? AND warehouse_id = ? AND bin = ? AND sku = ? AND lot = ?",
            rs -> rs.getLong(1),
            tx.tenantId(), warehouse.value(), bin.value(), sku.value(), lot)
        .orElse(0L);
  }

  @Override
  public boolean add(WarehouseId warehouse, BinCode bin, SkuCode sku, String lot, long delta) {
    Object[] key = {tx.tenantId(), warehouse.value(), bin.value(), sku.value(), lot};
    int changed =
        tx.update(
            "bin stock",
            "UPDATE erp_wh_bin_stock SET quantity = quantity + ? WHERE tenant_id = ? AND warehouse_id = ? AND bin = ?"
                + " AND sku = ? AND lot = ? AND quantity + ? >= 0",
            delta, key[0], key[1], key[2], key[3], key[4], delta);
    if (changed > 0) {
      return true;
    }
    if (delta < 0) {
      return false;
    }
    if (tx.insertIfAbsent(
        "bin stock",
        "INSERT INTO erp_wh_bin_stock (tenant_id, warehouse_id, bin, sku, lot, quantity) VALUES (?, ?, ?, ?, ?, ?)",
        key[0], key[1], key[2], key[3], key[4], delta)) {
      return true;
    }
    // A concurrent transaction inserted the row first: add to it, or retry if it is not yet visible.
    if (tx.update(
            "bin stock",
            "UPDATE erp_wh_bin_stock SET quantity = quantity + ? WHERE tenant_id = ? AND warehouse_id = ? AND bin = ?"
                + " AND sku = ? AND lot = ?",
            delta, key[0], key[1], key[2], key[3], key[4])
        == 0) {
      throw new ConcurrentUpdateException("stock of " + sku + " in bin " + bin);
    }
    return true;
  }

  @Override
  public List<BinStock> inBin(WarehouseId warehouse, BinCode bin) {
    return tx.query(
        "bin stock",
        "SELECT bin, sku, lot, quantity FROM erp_wh_bin_stock WHERE tenant_id = ? AND warehouse_id = ? AND bin = ?"
            + " AND quantity > 0 ORDER BY bin, sku, lot",
        JdbcWarehouseRepositories::stock,
        tx.tenantId(), warehouse.value(), bin.value());
  }

  @Override
  public List<BinStock> ofSku(WarehouseId warehouse, SkuCode sku) {
    return tx.query(
        "bin stock",
        "SELECT bin, sku, lot, quantity FROM erp_wh_bin_stock WHERE tenant_id = ? AND warehouse_id = ? AND sku = ?"
            + " AND quantity > 0 ORDER BY bin, sku, lot",
        JdbcWarehouseRepositories::stock,
        tx.tenantId(), warehouse.value(), sku.value());
  }

  @Override
  public List<BinStock> inWarehouse(WarehouseId warehouse) {
    return tx.query(
        "bin stock",
        "SELECT bin, sku, lot, quantity FROM erp_wh_bin_stock WHERE tenant_id = ? AND warehouse_id = ?"
            + " AND quantity > 0 ORDER BY bin, sku, lot",
        JdbcWarehouseRepositories::stock,
        tx.tenantId(), warehouse.value());
  }

  private static BinStock stock(ResultSet rs) throws SQLException {
    return new BinStock(
        BinCode.of(rs.getString("bin")), SkuCode.of(rs.getString("sku")), rs.getString("lot"), rs.getLong("quantity"));
  }

  // ---- receipts and tasks

  @Override
  public void insertReceipt(Receipt receipt) {
    Receipt stored = receipt.withVersion(0);
    insertDoc("erp_wh_receipt", "receiptId", stored.id().value(), stored.warehouse().value(), WarehouseDocuments.write(stored));
  }

  @Override
  public Receipt updateReceipt(Receipt receipt) {
    Receipt next = receipt.withVersion(receipt.version() + 1);
    updateDoc("erp_wh_receipt", "receiptId", receipt.id().value(), receipt.version(), WarehouseDocuments.write(next));
    return next;
  }

  @Override
  public Optional<Receipt> findReceipt(ReceiptId id) {
    return findDoc("erp_wh_receipt", id.value(), Receipt.class);
  }

  @Override
  public void insertTask(PutAwayTask task) {
    PutAwayTask stored = task.withVersion(0);
    insertDoc("erp_wh_task", "taskId", stored.id().value(), stored.warehouse().value(), WarehouseDocuments.write(stored));
  }

  @Override
  public PutAwayTask updateTask(PutAwayTask task) {
    PutAwayTask next = task.withVersion(task.version() + 1);
    updateDoc("erp_wh_task", "taskId", task.id().value(), task.version(), WarehouseDocuments.write(next));
    return next;
  }

  @Override
  public Optional<PutAwayTask> findTask(PutAwayTaskId id) {
    return findDoc("erp_wh_task", id.value(), PutAwayTask.class);
  }

  @Override
  public Optional<String> command(String key) {
    return tx.queryOne(
        "command",
        "SELECT fingerprint FROM erp_wh_command WHERE tenant_id = ? AND command_key = ?",
        rs -> rs.getString(1),
        tx.tenantId(), key);
  }

  @Override
  public void recordCommand(String key, String record) {
    if (!tx.insertIfAbsent(
        "command",
        "INSERT INTO erp_wh_command (tenant_id, command_key, fingerprint) VALUES (?, ?, ?)",
        tx.tenantId(), key, record)) {
      throw new ConcurrentUpdateException("command " + key);
    }
  }

  // ---- waves and bin allocation

  @Override
  public void insertWave(Wave wave) {
    Wave stored = wave.withVersion(0);
    insertDoc("erp_wh_wave", "waveId", stored.id().value(), stored.warehouse().value(), WarehouseDocuments.write(stored));
  }

  @Override
  public Wave updateWave(Wave wave) {
    Wave next = wave.withVersion(wave.version() + 1);
    updateDoc("erp_wh_wave", "waveId", wave.id().value(), wave.version(), WarehouseDocuments.write(next));
    return next;
  }

  @Override
  public Optional<Wave> findWave(WaveId id) {
    return findDoc("erp_wh_wave", id.value(), Wave.class);
  }

  @Override
  public long binReserved(WarehouseId warehouse, BinCode bin, SkuCode sku) {
    return tx.queryOne(
            "held bin stock",
            "SELECT quantity FROM erp_wh_bin_reserved WHERE tenant_id = ? AND warehouse_id = ? AND bin = ? AND sku = ?",
            rs -> rs.getLong(1),
            tx.tenantId(), warehouse.value(), bin.value(), sku.value())
        .orElse(0L);
  }

  @Override
  public boolean reserveBin(WarehouseId warehouse, BinCode bin, SkuCode sku, long delta) {
    Object[] key = {tx.tenantId(), warehouse.value(), bin.value(), sku.value()};
    String update =
        "UPDATE erp_wh_bin_reserved SET quantity = quantity + ? WHERE tenant_id = ? AND warehouse_id = ? AND bin = ?"
            + " AND sku = ? AND quantity + ? >= 0";
    if (tx.update("held bin stock", update, delta, key[0], key[1], key[2], key[3], delta) > 0) {
      return true;
    }
    if (delta < 0) {
      return false;
    }
    if (tx.insertIfAbsent(
        "held bin stock",
        "INSERT INTO erp_wh_bin_reserved (tenant_id, warehouse_id, bin, sku, quantity) VALUES (?, ?, ?, ?, ?)",
        key[0], key[1], key[2], key[3], delta)) {
      return true;
    }
    if (tx.update("held bin stock", update, delta, key[0], key[1], key[2], key[3], delta) == 0) {
      throw new ConcurrentUpdateException("held stock of " + sku + " in bin " + bin);
    }
    return true;
  }

  private void insertDoc(String table, String field, String id, String warehouse, String doc) {
    if (!tx.insertIfAbsent(
        field,
        "INSERT INTO " + table + " (tenant_id, id, warehouse_id, version, doc) VALUES (?, ?, ?, ?, ?)",
        tx.tenantId(), id, warehouse, 0L, doc)) {
      throw new DuplicateKeyException(field, id);
    }
  }

  private void updateDoc(String table, String field, String id, long expected, String doc) {
    int changed =
        tx.update(
            field,
            "UPDATE " + table + " SET version = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?",
            expected + 1, doc, tx.tenantId(), id, expected);
    if (changed == 0) {
      boolean exists =
          tx.queryOne(field, "SELECT 1 FROM " + table + " WHERE tenant_id = ? AND id = ?", rs -> true, tx.tenantId(), id)
              .isPresent();
      if (!exists) {
        throw new NotFoundException(field, id);
      }
      throw new ConcurrentUpdateException(field + " " + id + " version " + expected);
    }
  }

  private <T> Optional<T> findDoc(String table, String id, Class<T> type) {
    return tx.queryOne(
        table,
        "SELECT doc FROM " + table + " WHERE tenant_id = ? AND id = ?",
        rs -> WarehouseDocuments.read(rs.getString("doc"), type),
        tx.tenantId(),
        id);
  }
}
