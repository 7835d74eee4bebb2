package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * How much a bin holds: at most {@code units} units and at most {@code volumeCm3} cubic centimetres
 * of goods (by the SKUs' catalog dimensions); 0 means no limit of that kind. Immutable.
 *
 * @param units the most units, or 0 for no unit limit
 * @param volumeCm3 the most volume in cm³, or 0 for no volume limit
 */
public record Capacity(long units, long volumeCm3) {

  /** Requires both limits to be zero or positive. */
  public Capacity {
    if (units < 0) {
      throw new InvalidInputException("capacity.units", units, "must not be negative");
    }
    if (volumeCm3 < 0) {
      throw new InvalidInputException("capacity.volumeCm3", volumeCm3, "must not be negative");
    }
  }

  /** At most {@code units} units. */
  public static Capacity units(long units) {
    return new Capacity(units, 0);
  }

  /** At most {@code volumeCm3} cm³. */
  public static Capacity volume(long volumeCm3) {
    return new Capacity(0, volumeCm3);
  }

  /** No limit (a floor area, a receiving dock). */
  public static Capacity unlimited() {
    return new Capacity(0, 0);
  }

  /**
   * How many more units of {@code unitVolumeCm3} each (0 if unknown: then only the unit limit
   * counts) fit when the bin already holds {@code usedUnits} units of {@code usedVolumeCm3}.
   */
  public long free(long usedUnits, long usedVolumeCm3, long unitVolumeCm3) {
    long free = Long.MAX_VALUE;
    if (units > 0) {
      free = Math.max(0, units - usedUnits);
    }
    if (volumeCm3 > 0 && unitVolumeCm3 > 0) {
      free = Math.min(free, Math.max(0, (volumeCm3 - usedVolumeCm3) / unitVolumeCm3));
    }
    return free;
  }
}
