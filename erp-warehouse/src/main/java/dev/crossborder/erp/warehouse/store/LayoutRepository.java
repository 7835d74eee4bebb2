package dev.crossborder.erp.warehouse.store;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.warehouse.layout.WarehouseLayout;
import java.util.Optional;

/**
 * Warehouse layouts, one per warehouse, bound to one transaction of one tenant. Not thread-safe.
 * Implementations keep erp-core's store semantics (see {@code dev.crossborder.erp.store}).
 */
public interface LayoutRepository {

  /** The layout of {@code warehouse}, if it has one. */
  Optional<WarehouseLayout> find(WarehouseId warehouse);

  /**
   * Inserts a layout at version 0 (a stored one is a {@code ConcurrentUpdateException}), or replaces
   * the stored one if its version is {@code layout.version()} (else a {@code
   * ConcurrentUpdateException}).
   *
   * @return the layout as stored, at the next version
   */
  WarehouseLayout save(WarehouseLayout layout);
}
