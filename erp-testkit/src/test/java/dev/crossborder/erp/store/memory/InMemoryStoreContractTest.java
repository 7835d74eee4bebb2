package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.testkit.store.StoreContract;

/** The in-memory store keeps the storage contract; one store serves every test. */
class InMemoryStoreContractTest extends StoreContract {
  private static final Store STORE = new InMemoryStore();

  @Override
  protected Store store() {
    return STORE;
  }
}
