package dev.crossborder.erp.warehouse.store;

import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.memory.InMemoryStore;

/** The warehouse contract on erp-core's in-memory store with the warehouse module. */
class InMemoryWarehouseStoreTest extends WarehouseStoreContract {
  private static final Store STORE = InMemoryStore.builder().module(WarehouseStoreModule.instance()).build();

  @Override
  protected Store store() {
    return STORE;
  }
}
