package dev.crossborder.erp.warehouse.putaway;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.warehouse.layout.Bin;
import java.util.Set;

/**
 * A candidate bin as a put-away policy sees it: the bin, what it holds, and its walking distance from
 * the dock. Immutable.
 *
 * @param bin the bin
 * @param units units it holds (all SKUs)
 * @param volumeCm3 volume of what it holds, as far as the catalog knows the SKUs' dimensions
 * @param skus the SKUs it holds
 * @param distanceFromDock walking distance from the dock in metres
 */
public record BinOccupancy(Bin bin, long units, long volumeCm3, Set<SkuCode> skus, double distanceFromDock) {

  /** Copies the SKUs. */
  public BinOccupancy {
    skus = Set.copyOf(skus);
  }

  /** Whether the bin holds nothing. */
  public boolean empty() {
    return units == 0;
  }

  /** How many more units of {@code unitVolumeCm3} each fit. */
  public long free(long unitVolumeCm3) {
    return bin.capacity().free(units, volumeCm3, unitVolumeCm3);
  }
}
