/**
 * Outbound (出库): waves of allocated shipments, bin allocation and routed pick lists, the PDA
 * picking step API, scan-to-verify packing with carrier labels, and the handover scan that ships.
 * Reached through {@code Warehouses.outbound()}; the implementation lives in the module's {@code
 * internal} package, pick routing in {@code outbound.route}.
 */
@NullMarked
package dev.crossborder.erp.warehouse.outbound;

import org.jspecify.annotations.NullMarked;
