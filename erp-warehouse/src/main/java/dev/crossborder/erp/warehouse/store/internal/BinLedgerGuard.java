package dev.crossborder.erp.warehouse.store.internal;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.StockGuard;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.warehouse.BinManagedWarehouseException;
import dev.crossborder.erp.warehouse.store.LayoutRepository;
import java.util.function.Supplier;

/**
 * The {@link StockGuard} of one transaction: refuses erp-core receipts, adjustments, picks, transfers out and moves to
 * defective in a bin-managed warehouse (one with a layout), except while an erp-warehouse command
 * of the same transaction runs them ({@link #allow}). Not thread-safe.
 */
public final class BinLedgerGuard implements StockGuard {
  private final StoreTransaction tx;
  private int allowed;

  BinLedgerGuard(StoreTransaction tx) {
    this.tx = tx;
  }

  /** Runs {@code work} (erp-core stock commands of an erp-warehouse command) past the guard. */
  public <T> T allow(Supplier<T> work) {
    allowed++;
    try {
      return work.get();
    } finally {
      allowed--;
    }
  }

  @Override
  public void check(MovementType type, SkuCode sku, WarehouseId warehouse) {
    if (allowed == 0 && tx.repository(LayoutRepository.class).find(warehouse).isPresent()) {
      throw new BinManagedWarehouseException(warehouse, type);
    }
  }
}
