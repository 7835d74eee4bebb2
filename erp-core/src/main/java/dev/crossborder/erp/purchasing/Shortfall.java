package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.LocalDate;

/**
 * Units that are missing (an order could not be allocated) and must be bought.
 *
 * @param sku the SKU
 * @param quantity units missing
 * @param neededBy the date they are needed at the warehouse
 * @param warehouse where they must arrive
 */
public record Shortfall(SkuCode sku, Quantity quantity, LocalDate neededBy, WarehouseId warehouse) {

  /** Requires every field. */
  public Shortfall {
    Checks.present("sku", sku);
    Checks.present("quantity", quantity);
    Checks.present("neededBy", neededBy);
    Checks.present("warehouse", warehouse);
  }
}
