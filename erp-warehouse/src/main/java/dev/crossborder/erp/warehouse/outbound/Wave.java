package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.order.ShipmentId;
import java.util.List;
import java.util.Optional;

/**
 * A released wave: its pick list in walking order (bin stock held for each open task), and the
 * packing of each of its shipments. Immutable.
 *
 * @param id the wave's id
 * @param warehouse the warehouse
 * @param group the group key of its {@link WavePlan}
 * @param picks every pick task, by {@link PickTask#seq()}
 * @param packs the packing of each shipment, in the order of their first pick
 * @param routeLength the total walking length of its cart walks, in layout units (metres)
 * @param version the optimistic version
 */
public record Wave(
    WaveId id, WarehouseId warehouse, String group, List<PickTask> picks, List<PackJob> packs, double routeLength, long version) {

  /** Copies the lists. */
  public Wave {
    picks = List.copyOf(picks);
    packs = List.copyOf(packs);
  }

  /** This wave at {@code next} version. */
  public Wave withVersion(long next) {
    return new Wave(id, warehouse, group, picks, packs, routeLength, next);
  }

  /** The first open task in walking order. */
  public Optional<PickTask> nextTask() {
    return picks.stream().filter(p -> p.state() == PickState.OPEN).findFirst();
  }

  /** The packing of {@code shipment}. */
  public Optional<PackJob> pack(ShipmentId shipment) {
    return packs.stream().filter(p -> p.shipment().equals(shipment)).findFirst();
  }

  /** Whether no task is open. */
  public boolean picked() {
    return nextTask().isEmpty();
  }
}
