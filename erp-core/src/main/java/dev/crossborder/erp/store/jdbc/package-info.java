/**
 * The built-in JDBC implementation of the storage SPI, {@link
 * dev.crossborder.erp.store.jdbc.JdbcStore}, for H2 2.x (embedded, in memory or in a file) and
 * PostgreSQL 15 or later (several host instances sharing one database).
 *
 * <p>The schema lives in the classpath resources {@code db/migration/core/V<n>__<name>.sql}: plain
 * SQL that runs unchanged on both databases. Either the store applies them ({@link
 * dev.crossborder.erp.store.jdbc.JdbcStore#migrate()}, history in the table {@code
 * erp_core_schema_history}) or a host's Flyway runs the same files from {@code
 * classpath:db/migration/core}. The store needs nothing but {@code java.sql} at runtime: the host
 * supplies the {@link javax.sql.DataSource} (normally a connection pool) and the JDBC driver.
 *
 * <p>Everything below {@code internal} is implementation and may change in any release.
 */
@NullMarked
package dev.crossborder.erp.store.jdbc;

import org.jspecify.annotations.NullMarked;
