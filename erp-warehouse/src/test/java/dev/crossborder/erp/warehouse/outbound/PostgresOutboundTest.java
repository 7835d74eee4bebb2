package dev.crossborder.erp.warehouse.outbound;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.warehouse.support.WarehouseTestStores;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;

/**
 * The outbound flow on the JDBC store on PostgreSQL, in a schema of this JVM's own. Skipped
 * unless {@code ERP_TEST_POSTGRES_URL} names a server; with {@code ERP_REQUIRE_POSTGRES=true} a
 * missing server fails instead.
 */
class PostgresOutboundTest extends OutboundContract {
  private static @Nullable JdbcStore store;

  @BeforeAll
  static synchronized void open() {
    if (store == null) {
      store = WarehouseTestStores.postgres();
    }
  }

  @Override
  protected Store store() {
    return requireNonNull(store, "store == null");
  }
}
