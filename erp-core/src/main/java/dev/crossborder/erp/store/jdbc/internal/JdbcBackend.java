package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.TenantId;
import javax.sql.DataSource;

/**
 * What every transaction of one {@code JdbcStore} shares: the data source, the dialect and the JSON
 * documents' mapper. Thread-safe.
 */
public final class JdbcBackend {
  private final DataSource dataSource;
  private final SqlDialect dialect;
  private final Documents documents = new Documents();

  /** Creates the backend of a store on {@code dataSource} speaking {@code dialect}. */
  public JdbcBackend(DataSource dataSource, SqlDialect dialect) {
    this.dataSource = requireNonNull(dataSource, "dataSource == null");
    this.dialect = requireNonNull(dialect, "dialect == null");
  }

  /** Opens a transaction of {@code tenant} on a connection of its own. */
  public JdbcSession begin(TenantId tenant) {
    return JdbcSession.open(this, tenant);
  }

  DataSource dataSource() {
    return dataSource;
  }

  SqlDialect dialect() {
    return dialect;
  }

  Documents documents() {
    return documents;
  }
}
