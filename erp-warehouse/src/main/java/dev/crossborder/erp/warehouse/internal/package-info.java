/**
 * Implementations of the warehouse services. Not API.
 */
@NullMarked
package dev.crossborder.erp.warehouse.internal;

import org.jspecify.annotations.NullMarked;
