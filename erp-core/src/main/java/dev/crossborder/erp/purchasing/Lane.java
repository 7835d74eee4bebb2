package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * A destination the planner stocks: the domestic warehouse that purchases arrive at, or a forward
 * warehouse (an overseas 3PL, an FBA marketplace) supplied from it by transfer after {@code
 * transitDays} of first-leg transport. Immutable.
 *
 * @param warehouse the warehouse
 * @param domestic whether purchases arrive here and transfers leave from here
 * @param transitDays days of transport from the domestic warehouse (0 for the domestic one)
 */
public record Lane(WarehouseId warehouse, boolean domestic, int transitDays) {

  /** Validates the fields; a domestic lane has no transit. */
  public Lane {
    Checks.present("warehouse", warehouse);
    Checks.nonNegative("transitDays", transitDays);
    if (domestic && transitDays != 0) {
      throw new InvalidInputException("transitDays", transitDays, "must be 0 for the domestic warehouse");
    }
  }

  /** The domestic warehouse. */
  public static Lane domestic(WarehouseId warehouse) {
    return new Lane(warehouse, true, 0);
  }

  /** A forward warehouse {@code transitDays} from the domestic one. */
  public static Lane forward(WarehouseId warehouse, int transitDays) {
    return new Lane(warehouse, false, transitDays);
  }
}
