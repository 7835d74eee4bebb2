/**
 * The storage SPI: a {@link dev.crossborder.erp.store.Store} runs callbacks in transactions, and
 * each transaction hands out the repositories of erp-core's aggregates bound to it and to one
 * tenant. The built-in implementations are {@link dev.crossborder.erp.store.memory.InMemoryStore}
 * (the embedded default) and {@link dev.crossborder.erp.store.jdbc.JdbcStore} (H2 and
 * PostgreSQL); a host with another database implements the repositories and proves them with the
 * {@code StoreContract} kit of erp-testkit.
 *
 * <h2>Semantics every implementation keeps</h2>
 *
 * <ul>
 *   <li>A callback's writes commit together or not at all; a nested {@code inTransaction} on the
 *       same thread joins the outer transaction.
 *   <li>Isolation is READ COMMITTED: a transaction sees its own writes and others' committed
 *       writes, never uncommitted ones.
 *   <li>Updates of versioned aggregates check the version they were read at; a stale version, a
 *       lost conditional update or a database serialization failure is a {@link
 *       dev.crossborder.erp.store.ConcurrentUpdateException}, on which {@code inTransaction}
 *       retries the whole callback a bounded number of times. Callbacks therefore act only through
 *       the transaction and have no other side effects.
 *   <li>Stock movements and reservations are single conditional statements: a bucket never goes
 *       below zero and reserved never exceeds on hand, whatever the concurrency.
 *   <li>Every read and write is scoped to the transaction's tenant.
 *   <li>Lists are filtered and keyset-paged ({@link dev.crossborder.erp.store.PageRequest}).
 * </ul>
 */
@NullMarked
package dev.crossborder.erp.store;

import org.jspecify.annotations.NullMarked;
