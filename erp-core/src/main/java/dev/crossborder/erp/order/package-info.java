/**
 * Orders in three layers: the platform {@link dev.crossborder.erp.order.Order} (unique per
 * tenant, shop and platform order id), its {@link dev.crossborder.erp.order.Shipment shipments}
 * (lines assigned to one warehouse and shipping method) and their {@link
 * dev.crossborder.erp.order.Parcel parcels}. Buyer personal data ({@link
 * dev.crossborder.erp.order.BuyerDetails}) is held apart from the order so it can be erased
 * without touching money, SKUs or dates. {@link dev.crossborder.erp.order.Orders} is the service.
 */
@NullMarked
package dev.crossborder.erp.order;

import org.jspecify.annotations.NullMarked;
