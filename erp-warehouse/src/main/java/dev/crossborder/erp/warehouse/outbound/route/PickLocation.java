package dev.crossborder.erp.warehouse.outbound.route;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * Where a pick is made, as routing sees it: an aisle (its index in the {@link RoutingLayout},
 * counted from 0 on the left) and a depth along the aisle, measured from the front cross aisle
 * (the one the depot is on) in the layout's length unit. Picks from both sides of an aisle share
 * its centre line. Whether the location lies inside a given layout is checked by the router.
 *
 * @param aisle the aisle index, 0 or more
 * @param depth the distance from the front cross aisle, finite and not negative
 */
public record PickLocation(int aisle, double depth) {
  /** Validates the location. */
  public PickLocation {
    if (aisle < 0) {
      throw new InvalidInputException("aisle", aisle, "must not be negative");
    }
    if (!Double.isFinite(depth) || depth < 0) {
      throw new InvalidInputException("depth", depth, "must be a finite number of 0 or more");
    }
  }

  /** The location at {@code depth} in aisle {@code aisle}. */
  public static PickLocation of(int aisle, double depth) {
    return new PickLocation(aisle, depth);
  }
}
