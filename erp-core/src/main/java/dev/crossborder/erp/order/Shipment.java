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
 * @param mergedWith the other orders whose shipments this one is packed and shipped with as one
 *     package (合单), from the same warehouse with the same method; empty when it ships alone. Each
 *     order keeps its own shipment, reservations and tracking upload.
 */
public record Shipment(
    ShipmentId id,
    WarehouseId warehouse,
    @Nullable String shippingMethod,
    List<ShipmentLine> lines,
    List<Parcel> parcels,
    List<OrderId> mergedWith) {

  /** A shipment that ships alone. */
  public Shipment(
      ShipmentId id, WarehouseId warehouse, @Nullable String shippingMethod, List<ShipmentLine> lines,
      List<Parcel> parcels) {
    this(id, warehouse, shippingMethod, lines, parcels, List.of());
  }

  /** Validates every field; a missing merge list (a document stored before merges existed) is empty. */
  public Shipment {
    Checks.present("shipmentId", id);
    Checks.present("warehouse", warehouse);
    shippingMethod = shippingMethod == null ? null : Checks.token("shippingMethod", shippingMethod, 64);
    lines = List.copyOf(Checks.notEmpty("lines", lines));
    parcels = List.copyOf(Checks.present("parcels", parcels));
    @SuppressWarnings("ConstantConditions") // Jackson hands null for a field an older document lacks
    List<OrderId> merged = mergedWith == null ? List.of() : List.copyOf(mergedWith);
    mergedWith = merged;
  }

  /** This shipment packed together with the shipments of {@code orders} (replacing the list). */
  public Shipment withMergedWith(List<OrderId> orders) {
    return new Shipment(id, warehouse, shippingMethod, lines, parcels, orders);
  }

  /** Whether it ships in one package with other orders' shipments. */
  public boolean isMerged() {
    return !mergedWith.isEmpty();
  }

  /**
   * The reservation key of {@code line}: {@code <shipment id>/<order line id>}. Reserving stock
   * for a shipment line under this key twice reserves it once.
   */
  public String reservationKey(ShipmentLine line) {
    return id.value() + "/" + line.orderLineId();
  }
}
