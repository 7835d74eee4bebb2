package dev.crossborder.erp.store.jdbc;

import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.jdbc.JdbcStore.Dialect;
import dev.crossborder.erp.testkit.support.TestDatabases;
import java.util.UUID;
import javax.sql.DataSource;

/** The databases the JDBC tests run on, by dialect; PostgreSQL ones skip when it is absent. */
final class JdbcTestDatabases {
  private JdbcTestDatabases() {}

  /**
   * The shared database of {@code dialect}: a fresh H2 database, or this JVM's PostgreSQL schema.
   */
  static DataSource shared(Dialect dialect) {
    return dialect == Dialect.H2 ? TestDatabases.h2() : TestDatabases.assumePostgres();
  }

  /** An empty database of {@code dialect}: a fresh H2 database or a new PostgreSQL schema. */
  static DataSource empty(Dialect dialect) {
    return dialect == Dialect.H2 ? TestDatabases.h2() : TestDatabases.assumeFreshPostgresSchema();
  }

  /** A migrated store of {@code dialect} on {@code dataSource}. */
  static JdbcStore store(Dialect dialect, DataSource dataSource) {
    return JdbcStore.builder(dataSource).dialect(dialect).migrate(true).build();
  }

  /** A migrated store of {@code dialect} on {@code dataSource} that tries each transaction once. */
  static JdbcStore singleAttemptStore(Dialect dialect, DataSource dataSource) {
    return JdbcStore.builder(dataSource).dialect(dialect).maxAttempts(1).migrate(true).build();
  }

  /** A tenant no other test uses. */
  static TenantId newTenant() {
    return TenantId.of("t-" + UUID.randomUUID());
  }
}
