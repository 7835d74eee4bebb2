package dev.crossborder.erp.order;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fulfilment order: lines of one {@link Order} assigned to one warehouse and one shipping
 * method, shipped in one or more {@link Parcel parcels}. Immutable.
 *
 * @param id the shipment's id
 * @param warehouse the warehouse that ships it
 * @param shippingMethod the shipping method code, or {@code null} until chosen
 * @param lines the lines it ships, at least one
 * @param parcels its parcels, empty until packed
 */
public record Shipment(
    ShipmentId id,
    WarehouseId warehouse,
    @Nullable String shippingMethod,
    List<ShipmentLine> lines,
    List<Parcel> parcels) {

  /** Validates every field. */
  public Shipment {
    Checks.present("shipmentId", id);
    Checks.present("warehouse", warehouse);
    shippingMethod = shippingMethod == null ? null : Checks.token("shippingMethod", shippingMethod, 64);
    lines = List.copyOf(Checks.notEmpty("lines", lines));
    parcels = List.copyOf(Checks.present("parcels", parcels));
  }

  /**
   * The reservation key of {@code line}: {@code <shipment id>/<order line id>}. Reserving stock
   * for a shipment line under this key twice reserves it once.
   */
  public String reservationKey(ShipmentLine line) {
    return id.value() + "/" + line.orderLineId();
  }
}
