/**
 * Purchasing (采购): {@link dev.crossborder.erp.purchasing.Supplier suppliers} and their {@link
 * dev.crossborder.erp.purchasing.SupplierOffer offers}, demand from daily sales ({@link
 * dev.crossborder.erp.purchasing.SalesHistory}, {@link dev.crossborder.erp.purchasing.DemandForecast}),
 * explainable replenishment suggestions ({@link dev.crossborder.erp.purchasing.PurchasePlanner}),
 * and {@link dev.crossborder.erp.purchasing.PurchaseOrder purchase orders} whose open quantities
 * feed the inventory ledger's inbound bucket. The service is {@link
 * dev.crossborder.erp.purchasing.Purchasing}, reached by {@code erp.purchasing()}; suppliers
 * reachable by API plug in as a {@link dev.crossborder.erp.purchasing.SupplierConnector}.
 */
@NullMarked
package dev.crossborder.erp.purchasing;

import org.jspecify.annotations.NullMarked;
