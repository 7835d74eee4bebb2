/**
 * In-memory and JDBC implementations of the warehouse repositories. Not API.
 */
@NullMarked
package dev.crossborder.erp.warehouse.store.internal;

import org.jspecify.annotations.NullMarked;
