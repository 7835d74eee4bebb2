/**
 * Warehouse layout and bins: zones, aisles and bins with coordinates, types and capacities, bin stock by SKU and lot, moves between bins and cycle counts ({@link dev.crossborder.erp.warehouse.layout.Bins}). A warehouse with a layout is bin-managed: its on hand and defective move only through this module's commands.
 */
@NullMarked
package dev.crossborder.erp.warehouse.layout;

import org.jspecify.annotations.NullMarked;
