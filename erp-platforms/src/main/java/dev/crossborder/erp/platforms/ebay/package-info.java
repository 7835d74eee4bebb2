/**
 * The eBay Sell APIs connector: {@link dev.crossborder.erp.platforms.ebay.EbayConnector}, a {@link
 * dev.crossborder.erp.platform.PlatformConnector} for {@code PlatformId.EBAY} with orders
 * (Fulfillment API), listings and quantities (Inventory API) and tracking upload (Fulfillment API
 * shipping fulfillments), built on the shared HTTP layer ({@code …platforms.http}). The Retrofit
 * interfaces, wire records, mappers and capability implementations live in {@code internal};
 * nothing of them reaches a public signature here.
 */
@NullMarked
package dev.crossborder.erp.platforms.ebay;

import org.jspecify.annotations.NullMarked;
