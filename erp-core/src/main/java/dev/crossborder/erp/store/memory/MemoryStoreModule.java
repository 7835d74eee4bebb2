package dev.crossborder.erp.store.memory;

import java.util.Set;

/**
 * Another module's repositories in an {@link InMemoryStore}, registered explicitly with {@link
 * InMemoryStore.Builder#module(MemoryStoreModule)}. The store asks a module for a repository only
 * when erp-core has none of that type.
 *
 * <p>A module keeps its data in {@link MemoryTable}s that it creates once per tenant ({@link
 * #newTables()}) and reads and writes only through the {@link MemoryTransaction} it is handed, so its
 * repositories get erp-core's semantics for free: writes stay private to the transaction until
 * commit, a rollback forgets them, and the conditions registered with {@link
 * MemoryTransaction#requireAtCommit} are checked again at commit (a broken one is a {@code
 * ConcurrentUpdateException}, and the transaction is retried).
 *
 * <p>Implementations must be thread-safe (the store calls them from every transaction's thread);
 * the repositories they create are used by one transaction on one thread.
 *
 * @param <T> the type holding one tenant's tables of this module
 */
public interface MemoryStoreModule<T> {

  /** A short name for messages, for example {@code "warehouse"}. */
  String name();

  /** The repository interfaces this module provides. */
  Set<Class<?>> repositoryTypes();

  /** The empty tables of one tenant; called once per tenant, on first use. */
  T newTables();

  /**
   * Creates the repository of {@code type} (one of {@link #repositoryTypes()}) bound to {@code tx}
   * and to the tenant's {@code tables}.
   */
  Object repository(Class<?> type, MemoryTransaction tx, T tables);
}
