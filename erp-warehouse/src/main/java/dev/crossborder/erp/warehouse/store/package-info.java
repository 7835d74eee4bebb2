/**
 * The warehouse module's storage: its repository interfaces and {@link dev.crossborder.erp.warehouse.store.WarehouseStoreModule}, which adds them (in memory or JDBC, with the migrations of {@code db/migration/warehouse}) to erp-core's built-in stores. A host with another store implements these interfaces and runs the module's contract tests.
 */
@NullMarked
package dev.crossborder.erp.warehouse.store;

import org.jspecify.annotations.NullMarked;
