/**
 * Warehouse operations on top of erp-core's inventory ledger: layout and bins, receiving with QC,
 * labels and put-away (inbound), then waves, pick routing, picking, packing and shipping
 * (outbound), and first-leg shipments to FBA and overseas warehouses. See {@code docs/warehouse.md}.
 */
@NullMarked
package dev.crossborder.erp.warehouse;

import org.jspecify.annotations.NullMarked;
