/**
 * The JDBC store's implementation: one {@link dev.crossborder.erp.store.jdbc.internal.JdbcSession}
 * per transaction (one connection, autocommit off, READ COMMITTED) with the repositories bound to
 * it, the translation of SQL errors to the SDK's exceptions, the JSON documents of the aggregates,
 * keyset cursors and the migration runner. Not API: may change in any release.
 */
@NullMarked
package dev.crossborder.erp.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
