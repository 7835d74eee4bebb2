package dev.crossborder.erp.store.jdbc;

import java.util.List;
import java.util.Set;

/**
 * Another module's repositories and migrations in a {@link JdbcStore}, registered explicitly with
 * {@link JdbcStore.Builder#module(JdbcStoreModule)}. The store asks a module for a repository only
 * when erp-core has none of that type; its repositories run their SQL through the {@link
 * JdbcTransaction} they are handed, on the same connection and transaction as erp-core's.
 *
 * <p>A module's migrations are its own: scripts {@code db/migration/<name>/V<n>__<description>.sql}
 * on the module's class path, recorded in {@code erp_<name>_schema_history}, so a host's Flyway can
 * run them as a location of their own. {@link JdbcStore#migrate()} applies erp-core's first and
 * then each module's, in registration order, with the same rules as erp-core's (idempotent
 * scripts, checksums, one transaction under an advisory lock on PostgreSQL).
 *
 * <p>Implementations must be thread-safe; the repositories they create are used by one transaction
 * on one thread.
 */
public interface JdbcStoreModule {

  /**
   * The module's name: lower-case letters, digits and underscores, starting with a letter (for
   * example {@code "warehouse"}); it names the migration folder and the history table.
   */
  String name();

  /** The migration scripts' file names, in version order; a new migration is added at the end. */
  List<String> migrations();

  /** The repository interfaces this module provides. */
  Set<Class<?>> repositoryTypes();

  /** Creates the repository of {@code type} (one of {@link #repositoryTypes()}) bound to {@code tx}. */
  Object repository(Class<?> type, JdbcTransaction tx);
}
