package dev.crossborder.erp.warehouse.store;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.layout.BinStock;
import java.util.List;

/**
 * Units per (warehouse, bin, SKU, lot), bound to one transaction of one tenant. Not thread-safe.
 * Lists leave out rows at zero and are ordered by bin, SKU and lot.
 */
public interface BinStockRepository {

  /** Units of {@code sku} and {@code lot} in {@code bin} (0 if none). */
  long quantity(WarehouseId warehouse, BinCode bin, SkuCode sku, String lot);

  /**
   * Adds {@code delta} (negative to take) in one conditional step: only if the result stays zero or
   * more. Returns whether it did; a refusal writes nothing.
   */
  boolean add(WarehouseId warehouse, BinCode bin, SkuCode sku, String lot, long delta);

  /** The stock in {@code bin}. */
  List<BinStock> inBin(WarehouseId warehouse, BinCode bin);

  /** The bins holding {@code sku} in {@code warehouse}. */
  List<BinStock> ofSku(WarehouseId warehouse, SkuCode sku);

  /** All stock in {@code warehouse} (one row per bin, SKU and lot; a warehouse's size bounds it). */
  List<BinStock> inWarehouse(WarehouseId warehouse);
}
