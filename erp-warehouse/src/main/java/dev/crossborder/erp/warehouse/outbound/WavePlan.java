package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.order.ShipmentId;
import java.util.List;

/**
 * A proposed wave: shipments of one group, not yet released (nothing is held). Immutable.
 *
 * @param warehouse the warehouse
 * @param group the group key: shipping method, cut-off, zone, and {@code single} or {@code multi}
 *     (single-item shipments have one unit)
 * @param shipments the shipments, oldest order first
 * @param units the units they ship
 */
public record WavePlan(WarehouseId warehouse, String group, List<ShipmentId> shipments, long units) {
  /** Copies the list. */
  public WavePlan {
    shipments = List.copyOf(shipments);
  }
}
