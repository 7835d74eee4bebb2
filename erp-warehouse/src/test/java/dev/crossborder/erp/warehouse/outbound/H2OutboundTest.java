package dev.crossborder.erp.warehouse.outbound;

import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.warehouse.support.WarehouseTestStores;

/** The outbound flow on the JDBC store on H2. */
class H2OutboundTest extends OutboundContract {
  private static final JdbcStore STORE = WarehouseTestStores.h2();

  @Override
  protected Store store() {
    return STORE;
  }
}
