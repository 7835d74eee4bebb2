package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.time.LocalTime;
import java.util.Map;

/**
 * How {@link Outbound#planWaves} cuts allocated shipments into waves and batches. Immutable.
 *
 * @param maxOrders shipments per wave, at least 1
 * @param maxUnits units per wave, at least 1
 * @param totes totes on one picking cart (one shipment per tote), at least 1
 * @param cartUnits units one cart walk carries, at least 1
 * @param cutOffs the carrier cut-off time of each shipping method (shipments of a method with no
 *     entry group under "no cut-off")
 */
public record WaveSettings(int maxOrders, int maxUnits, int totes, int cartUnits, Map<String, LocalTime> cutOffs) {
  /** Validates the limits and copies the map. */
  public WaveSettings {
    positive("maxOrders", maxOrders);
    positive("maxUnits", maxUnits);
    positive("totes", totes);
    positive("cartUnits", cartUnits);
    cutOffs = Map.copyOf(cutOffs);
  }

  /** 50 shipments, 500 units, 8 totes of a 60-unit cart, no cut-offs. */
  public static WaveSettings ofDefaults() {
    return new WaveSettings(50, 500, 8, 60, Map.of());
  }

  private static void positive(String field, int value) {
    if (value < 1) {
      throw new InvalidInputException(field, value, "must be 1 or more");
    }
  }
}
