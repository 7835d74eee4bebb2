package dev.crossborder.erp.inventory;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * One line of a reservation request: reserve {@code quantity} of {@code sku} at {@code warehouse}
 * for the shipment line {@code key}.
 *
 * @param key the shipment line's key; reserving the same key again is a no-op
 * @param sku the SKU
 * @param warehouse the warehouse to reserve at
 * @param quantity how many units
 */
public record ReservationLine(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity) {

  /** Validates every field. */
  public ReservationLine {
    key = Checks.text("key", key, 200);
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    Checks.present("quantity", quantity);
  }
}
