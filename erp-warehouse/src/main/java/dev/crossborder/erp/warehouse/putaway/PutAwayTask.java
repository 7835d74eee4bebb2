package dev.crossborder.erp.warehouse.putaway;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.warehouse.layout.BinCode;

/**
 * One put-away instruction: move {@code quantity} units of a SKU from a dock bin to a suggested bin;
 * the worker confirms it by scanning that bin and the SKU. Immutable.
 *
 * @param id the task's id
 * @param warehouse the warehouse
 * @param sku the SKU
 * @param lot the lot, or {@code ""}
 * @param from where the units are
 * @param to the suggested bin
 * @param quantity units
 * @param reason why this bin
 * @param done whether it was confirmed
 * @param version the optimistic version
 */
public record PutAwayTask(
    PutAwayTaskId id,
    WarehouseId warehouse,
    SkuCode sku,
    String lot,
    BinCode from,
    BinCode to,
    long quantity,
    String reason,
    boolean done,
    long version) {

  /** This task confirmed. */
  public PutAwayTask confirmed() {
    return new PutAwayTask(id, warehouse, sku, lot, from, to, quantity, reason, true, version);
  }

  /** This task at {@code next} version. */
  public PutAwayTask withVersion(long next) {
    return new PutAwayTask(id, warehouse, sku, lot, from, to, quantity, reason, done, next);
  }
}
