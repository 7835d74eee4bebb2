/**
 * The inventory ledger: stock per (SKU, warehouse) in buckets (on hand, reserved, inbound, in
 * transit, defective), changed only by {@link dev.crossborder.erp.inventory.Movement movements}
 * that each name their cause and reference, and reservations keyed by shipment line. The {@link
 * dev.crossborder.erp.inventory.Inventory} service is the API; {@link
 * dev.crossborder.erp.inventory.Warehouse} is the summary of a warehouse that other modules refer
 * to.
 */
@NullMarked
package dev.crossborder.erp.inventory;

import org.jspecify.annotations.NullMarked;
