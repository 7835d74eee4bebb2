package dev.crossborder.erp.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariDataSource;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.testkit.store.StoreContract;
import dev.crossborder.erp.testkit.support.TestDatabases;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC store on PostgreSQL keeps the storage contract, with {@link #store()} and {@link
 * #secondInstance()} on two independent connection pools, as two host instances sharing the
 * database would run. Skipped unless {@code ERP_TEST_POSTGRES_URL} names a server; with {@code
 * ERP_REQUIRE_POSTGRES=true} a missing server fails instead.
 */
class PostgresStoreContractTest extends StoreContract {
  private static @Nullable JdbcStore first;
  private static @Nullable JdbcStore second;

  @BeforeAll
  static synchronized void openStores() {
    HikariDataSource pool = TestDatabases.assumePostgres();
    if (first == null) {
      first = JdbcStore.builder(pool).dialect(JdbcStore.Dialect.POSTGRES).migrate(true).build();
      second = JdbcStore.postgres(TestDatabases.secondPool(pool));
    }
  }

  @Override
  protected Store store() {
    return requireNonNull(first, "first == null");
  }

  @Override
  protected Store secondInstance() {
    return requireNonNull(second, "second == null");
  }
}
