package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Packing of one shipment of a wave: units scanned into the box, the weighed parcel, the chosen
 * box, and the label bought. Immutable.
 *
 * @param order the order
 * @param shipment the shipment
 * @param expected units per SKU code the shipment must contain (after any short pick, its lines)
 * @param scanned units per SKU code scanned so far
 * @param weight the weighed parcel, or {@code null}
 * @param box the chosen box code, or {@code null}
 * @param carrier the carrier name on the label, or {@code null}
 * @param trackingNumber the label's tracking number, or {@code null}
 * @param labelDocument the label document's id at the carrier, or {@code null}
 * @param shipped whether the handover scan shipped it
 * @param returned whether the shipment went back to the order module (short pick)
 */
public record PackJob(
    OrderId order,
    ShipmentId shipment,
    Map<String, Long> expected,
    Map<String, Long> scanned,
    @Nullable Weight weight,
    @Nullable String box,
    @Nullable String carrier,
    @Nullable String trackingNumber,
    @Nullable String labelDocument,
    boolean shipped,
    boolean returned) {

  /** Copies the maps. */
  public PackJob {
    expected = Map.copyOf(expected);
    scanned = Map.copyOf(scanned);
  }

  /** Whether every expected unit was scanned. */
  public boolean verified() {
    return expected.equals(scanned);
  }

  /** Builds a changed copy. */
  public PackJob with(
      Map<String, Long> scanned, @Nullable Weight weight, @Nullable String box,
      @Nullable String carrier, @Nullable String trackingNumber, @Nullable String labelDocument,
      boolean shipped, boolean returned) {
    return new PackJob(order, shipment, expected, scanned, weight, box, carrier, trackingNumber, labelDocument, shipped, returned);
  }
}
