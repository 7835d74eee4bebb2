/**
 * {@link dev.crossborder.erp.store.memory.InMemoryStore}, the embedded default store: every
 * repository of erp-core kept in memory with the same transaction, visibility, conflict and
 * rollback behaviour as the JDBC store. Everything but the store class is package-private.
 */
@NullMarked
package dev.crossborder.erp.store.memory;

import org.jspecify.annotations.NullMarked;
