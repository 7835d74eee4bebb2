package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.jdbc.JdbcStoreModule;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * What every transaction of one {@code JdbcStore} shares: the data source, the dialect and the JSON
 * documents' mapper. Thread-safe.
 */
public final class JdbcBackend {
  private final DataSource dataSource;
  private final SqlDialect dialect;
  private final Documents documents = new Documents();
  private final Map<Class<?>, JdbcStoreModule> modules;

  /** Creates the backend of a store on {@code dataSource} speaking {@code dialect}. */
  public JdbcBackend(DataSource dataSource, SqlDialect dialect) {
    this(dataSource, dialect, Map.of());
  }

  /**
   * Creates the backend of a store on {@code dataSource} speaking {@code dialect}, with other
   * modules' repositories by type.
   */
  public JdbcBackend(DataSource dataSource, SqlDialect dialect, Map<Class<?>, JdbcStoreModule> modules) {
    this.dataSource = requireNonNull(dataSource, "dataSource == null");
    this.dialect = requireNonNull(dialect, "dialect == null");
    this.modules = Map.copyOf(modules);
  }

  /** The registered modules, in no particular order (duplicates when one provides several types). */
  public List<JdbcStoreModule> modules() {
    return modules.values().stream().distinct().toList();
  }

  /** Whether a registered module provides repositories of {@code type}. */
  boolean provides(Class<?> type) {
    return modules.containsKey(type);
  }

  /** The repository of {@code type} from a registered module bound to {@code session}, or {@code null}. */
  @Nullable Object moduleRepository(Class<?> type, JdbcSession session) {
    JdbcStoreModule module = modules.get(type);
    if (module == null) {
      return null;
    }
    return requireNonNull(
        module.repository(type, new ModuleTransaction(session)),
        () -> module.name() + " returned no repository " + type.getName());
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
