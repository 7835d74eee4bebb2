package dev.crossborder.erp.inventory;

import dev.crossborder.erp.catalog.SkuCode;

/**
 * A check that another module runs before erp-core's inventory records a receipt, an adjustment,
 * a move to defective, a pick or a transfer out: the hook through which erp-warehouse keeps on hand and defective of a
 * bin-managed warehouse moving only through its own commands. It is a repository type: a store
 * module provides it (per transaction, so a module can allow its own commands for the rest of that
 * transaction), and a store without one checks nothing.
 *
 * <p>Implementations run inside the command's transaction, read only through it, and refuse by
 * throwing a typed {@code InvalidInputException} that says what to use instead; the command then
 * writes nothing. A replayed command whose movement is already recorded is not checked again.
 */
public interface StockGuard {

  /**
   * Called before a movement of {@code type} ({@link MovementType#RECEIPT}, {@link
   * MovementType#ADJUSTMENT}, {@link MovementType#DEFECTIVE}, {@link MovementType#PICK} or {@link
   * MovementType#TRANSFER_OUT}) of {@code sku} at {@code warehouse}
   * is recorded; throws to refuse it.
   */
  void check(MovementType type, SkuCode sku, WarehouseId warehouse);
}
