package dev.crossborder.erp.warehouse.outbound.route;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * What one picking walk can carry: the number of totes on the cart (one order per tote) and the
 * total units.
 *
 * @param totes the totes per walk, at least 1
 * @param units the units per walk, at least 1
 */
public record BatchCapacity(int totes, int units) {
  /** Validates the capacity. */
  public BatchCapacity {
    if (totes < 1) {
      throw new InvalidInputException("totes", totes, "must be at least 1");
    }
    if (units < 1) {
      throw new InvalidInputException("units", units, "must be at least 1");
    }
  }
}
