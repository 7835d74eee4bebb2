package dev.crossborder.erp.store;

import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import java.util.Optional;

/** Warehouse summaries of the transaction's tenant. */
public interface WarehouseRepository {

  /** Inserts a warehouse or replaces the one with the same id. */
  void save(Warehouse warehouse);

  /** The warehouse with {@code id}. */
  Optional<Warehouse> find(WarehouseId id);

  /** Warehouses ordered by id. */
  Page<Warehouse> list(PageRequest page);
}
