package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import java.util.List;
import java.util.Optional;

/**
 * Layouts, bin stock, moves and cycle counts of the tenant's warehouses. Reached by {@code
 * Warehouses.of(erp).bins()}. Thread-safe; every method runs in its own transaction (or joins the
 * caller's).
 *
 * <p>Commands take an idempotency {@code key} (1 to 120 characters): repeating a command with the
 * same key changes nothing more and returns the same result; the same key for a different command
 * is an {@code InvalidInputException} on {@code key}. Bad input (an unknown bin, a negative count, a
 * move beyond what a bin holds or can take) is refused with a typed error naming the field, and
 * nothing is written.
 */
public interface Bins {

  /**
   * Stores the layout of a warehouse known to erp-core's inventory, or replaces it (read at {@code
   * layout.version()}); from then on the warehouse is bin-managed. Replacing a layout may not drop a
   * bin that holds stock or change its type.
   *
   * @return the layout as stored, with its new version
   */
  WarehouseLayout defineLayout(WarehouseLayout layout);

  /** The layout of {@code warehouse}, if it is bin-managed. */
  Optional<WarehouseLayout> layout(WarehouseId warehouse);

  /** The stock in one bin, by SKU and lot. */
  List<BinStock> stock(WarehouseId warehouse, BinCode bin);

  /** Where {@code sku} is in {@code warehouse}, bin by bin. */
  List<BinStock> stockOf(WarehouseId warehouse, SkuCode sku);

  /**
   * Moves sellable units between two bins of one warehouse (the ledger does not change). Moving into
   * or out of a defective bin is refused (QC decides what is defective), as is a target without room.
   */
  MoveResult move(String key, WarehouseId warehouse, BinCode from, BinCode to, SkuCode sku, String lot, long quantity);

  /**
   * Records a count of {@code sku} (and lot) in a sellable bin: the bin takes the counted quantity and
   * the variance is recorded in the ledger as an adjustment with {@code reason}. This is the one
   * way to correct on hand in a bin-managed warehouse.
   */
  CountResult count(String key, WarehouseId warehouse, BinCode bin, SkuCode sku, String lot, long counted, String reason);
}
