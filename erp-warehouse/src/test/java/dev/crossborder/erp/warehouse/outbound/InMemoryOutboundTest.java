package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.warehouse.store.WarehouseStoreModule;

/** The outbound flow on the in-memory store. */
class InMemoryOutboundTest extends OutboundContract {
  private static final Store STORE = InMemoryStore.builder().module(WarehouseStoreModule.instance()).build();

  @Override
  protected Store store() {
    return STORE;
  }
}
