package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierOffer;

/** The committed purchasing tables of one tenant. */
final class PurchasingTables {
  final Table<String, Supplier> suppliers = new Table<>();
  /** SKU code + NUL + supplier id → offer. */
  final Table<String, SupplierOffer> offers = new Table<>();
  final Table<String, PurchaseOrder> orders = new Table<>();
  /** Draft key (supplier/warehouse) → purchase order id: one draft per supplier and warehouse. */
  final Table<String, String> drafts = new Table<>();
}
