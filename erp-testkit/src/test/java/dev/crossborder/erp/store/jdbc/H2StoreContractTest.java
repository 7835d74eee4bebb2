package dev.crossborder.erp.store.jdbc;

import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.testkit.store.StoreContract;
import dev.crossborder.erp.testkit.support.TestDatabases;
import javax.sql.DataSource;

/**
 * The JDBC store on H2 keeps the storage contract. One in-memory H2 database serves every test;
 * {@link #secondInstance()} is a second store on it, as a second host instance would open one.
 */
class H2StoreContractTest extends StoreContract {
  private static final DataSource DATABASE = TestDatabases.h2();
  private static final JdbcStore FIRST =
      JdbcStore.builder(DATABASE).dialect(JdbcStore.Dialect.H2).migrate(true).build();
  private static final JdbcStore SECOND = JdbcStore.h2(DATABASE);

  @Override
  protected Store store() {
    return FIRST;
  }

  @Override
  protected Store secondInstance() {
    return SECOND;
  }
}
