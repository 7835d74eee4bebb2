package dev.crossborder.erp.warehouse.store;

import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.warehouse.support.WarehouseTestStores;

/** The warehouse contract on the JDBC store on H2, migrated with the warehouse module's scripts. */
class H2WarehouseStoreTest extends WarehouseStoreContract {
  private static final JdbcStore STORE = WarehouseTestStores.h2();

  @Override
  protected Store store() {
    return STORE;
  }
}
