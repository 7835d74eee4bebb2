package dev.crossborder.erp.store.jdbc;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.AbstractStore;
import dev.crossborder.erp.store.jdbc.internal.JdbcBackend;
import dev.crossborder.erp.store.jdbc.internal.Migrator;
import dev.crossborder.erp.store.jdbc.internal.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The {@link dev.crossborder.erp.store.Store} of erp-core's aggregates in a relational database: H2
 * 2.x for an embedded, durable store in one process, PostgreSQL 15 or later for any number of host
 * instances sharing one database.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.postgres(dataSource);          // schema applied by the host's Flyway
 * JdbcStore store = JdbcStore.builder(dataSource)
 *     .dialect(JdbcStore.Dialect.H2)
 *     .maxAttempts(5)
 *     .migrate(true)                                         // apply db/migration/core on build
 *     .build();
 * }</pre>
 *
 * <p>Each transaction takes one connection from the {@link DataSource}, turns autocommit off, runs
 * at READ COMMITTED and gives the connection back when it commits or rolls back; the repositories
 * it hands out are bound to that connection and to the transaction's tenant, and every statement
 * filters on the tenant. Aggregates are stored as JSON documents next to the columns that queries
 * and unique keys need; stock movements, reservations and leases are single conditional statements,
 * so invariants hold across instances without locks held in Java. SQL failures become the SDK's
 * exceptions: a unique key taken by an insert is a {@link
 * dev.crossborder.erp.kernel.DuplicateKeyException} naming the field, a serialization failure,
 * deadlock, lock timeout or stale version a {@link
 * dev.crossborder.erp.store.ConcurrentUpdateException} (on which the callback is retried), and
 * anything else a {@link dev.crossborder.erp.store.StoreException} whose message holds no SQL
 * values and no buyer data. Instants kept in columns (purchase times, ledger, outbox and lease
 * times) are truncated to the microsecond; instants inside documents are kept exactly.
 *
 * <p>Lists ordered "by id" follow the database's collation of the id column; with a {@code C} or
 * {@code C.UTF-8} collation (H2's default) that is the code-point order the in-memory store uses.
 *
 * <p>Other modules add their repositories and migrations with {@link
 * Builder#module(JdbcStoreModule)}, for example {@code
 * JdbcStore.builder(dataSource).dialect(POSTGRES).module(WarehouseStoreModule.instance()).build()};
 * their statements run in the same transactions as erp-core's.
 *
 * <p>Thread-safe: one instance serves every tenant and thread of a host, as long as the {@link
 * DataSource} is thread-safe (every connection pool is).
 */
public final class JdbcStore extends AbstractStore {
  private final Dialect dialect;
  private final JdbcBackend backend;
  private final List<JdbcStoreModule> modules;

  private JdbcStore(DataSource dataSource, Dialect dialect, int maxAttempts, List<JdbcStoreModule> modules) {
    super(maxAttempts);
    this.dialect = dialect;
    this.modules = List.copyOf(modules);
    Map<Class<?>, JdbcStoreModule> byType =
        repositoryOwners(modules, JdbcStoreModule::name, JdbcStoreModule::repositoryTypes);
    this.backend =
        new JdbcBackend(dataSource, dialect == Dialect.H2 ? SqlDialect.H2 : SqlDialect.POSTGRES, byType);
  }

  /**
   * A store on the H2 database of {@code dataSource}, with the default number of attempts per
   * transaction. It does not touch the database until used; call {@link #migrate()} (or let the
   * host's Flyway run {@code db/migration/core}) before the first transaction.
   */
  public static JdbcStore h2(DataSource dataSource) {
    return builder(dataSource).dialect(Dialect.H2).build();
  }

  /**
   * A store on the PostgreSQL database (and current schema) of {@code dataSource}, with the default
   * number of attempts per transaction. It does not touch the database until used; call {@link
   * #migrate()} (or let the host's Flyway run {@code db/migration/core}) before the first
   * transaction.
   */
  public static JdbcStore postgres(DataSource dataSource) {
    return builder(dataSource).dialect(Dialect.POSTGRES).build();
  }

  /** A builder of a store on {@code dataSource}; {@link Builder#dialect} is required. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource == null"));
  }

  /**
   * Applies the migrations of {@code db/migration/core} that the database has not applied yet, in
   * version order, and records each in {@code erp_core_schema_history}. Safe to call on every start
   * and from several instances at once: PostgreSQL applies them in one transaction under an
   * advisory lock, and every script is idempotent, so an instance that loses the race finds the
   * work done.
   *
   * <p>Then does the same for each registered module's migrations ({@code db/migration/<name>},
   * history in {@code erp_<name>_schema_history}), in registration order.
   *
   * @return how many migrations this call applied (0 when the schema was up to date)
   * @throws ConfigurationException if an applied migration's checksum no longer matches its script
   * @throws dev.crossborder.erp.store.StoreException if the database fails
   */
  public int migrate() {
    int applied = new Migrator(backend).migrate();
    for (JdbcStoreModule module : modules) {
      applied +=
          new Migrator(backend, module.name(), module.migrations(), module.getClass().getClassLoader()).migrate();
    }
    return applied;
  }

  /** The SQL dialect this store speaks. */
  public Dialect dialect() {
    return dialect;
  }

  @Override
  protected Session begin(TenantId tenant) {
    return backend.begin(tenant);
  }

  @Override
  public String toString() {
    return "JdbcStore[" + dialect + "]";
  }

  /** The databases the store speaks to. */
  public enum Dialect {
    /** H2 2.x, embedded or server, in memory or in a file. */
    H2,
    /** PostgreSQL 15 or later. */
    POSTGRES
  }

  /**
   * Builds a {@link JdbcStore}. Each setting may be given once; giving one twice is a {@link
   * ConfigurationException}, so a wrong merge of configuration fails at start. Not thread-safe.
   */
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable Dialect dialect;
    private int maxAttempts = -1;
    private @Nullable Boolean migrate;
    private final List<JdbcStoreModule> modules = new ArrayList<>();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Adds another module's repositories and migrations; a module may be added once, and each
     * repository type come from one module.
     */
    public Builder module(JdbcStoreModule module) {
      requireNonNull(module, "module == null");
      if (modules.contains(module)) {
        throw new ConfigurationException("module " + module.name() + " was already added");
      }
      modules.add(module);
      return this;
    }

    /** Sets the database's dialect. Required. */
    public Builder dialect(Dialect dialect) {
      requireNonNull(dialect, "dialect == null");
      if (this.dialect != null) {
        throw new ConfigurationException("dialect was already set to " + this.dialect);
      }
      this.dialect = dialect;
      return this;
    }

    /**
     * Sets how many times a transaction is attempted when it meets a concurrent update (at least
     * 1); default {@value AbstractStore#DEFAULT_MAX_ATTEMPTS}.
     */
    public Builder maxAttempts(int maxAttempts) {
      if (this.maxAttempts != -1) {
        throw new ConfigurationException("maxAttempts was already set to " + this.maxAttempts);
      }
      if (maxAttempts < 1) {
        throw new ConfigurationException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets whether {@link #build()} applies the pending migrations ({@link JdbcStore#migrate()});
     * default {@code false}, for hosts whose own Flyway runs {@code db/migration/core}.
     */
    public Builder migrate(boolean migrate) {
      if (this.migrate != null) {
        throw new ConfigurationException("migrate was already set to " + this.migrate);
      }
      this.migrate = migrate;
      return this;
    }

    /**
     * Returns the store, after applying the migrations if {@link #migrate(boolean)} asked for it.
     *
     * @throws ConfigurationException if the dialect is missing or a migration's checksum changed
     * @throws dev.crossborder.erp.store.StoreException if migrating fails in the database
     */
    public JdbcStore build() {
      if (dialect == null) {
        throw new ConfigurationException("dialect is required: H2 or POSTGRES");
      }
      JdbcStore store =
          new JdbcStore(
              dataSource, dialect, maxAttempts == -1 ? DEFAULT_MAX_ATTEMPTS : maxAttempts, modules);
      if (Boolean.TRUE.equals(migrate)) {
        store.migrate();
      }
      return store;
    }
  }
}
