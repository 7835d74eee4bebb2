/**
 * The eBay Sell APIs wire layer: Retrofit interfaces, wire records named as eBay's OpenAPI
 * contracts ({@code sell_fulfillment_v1_oas3.json}, {@code sell_inventory_v1_oas3.json}) name
 * their fields, the reader of eBay's several error shapes ({@link
 * dev.crossborder.erp.platforms.ebay.internal.EbayErrors}), the mappers between wire records and
 * erp-core domain types, and the capability implementations. Also the facts the connector needs:
 * marketplaces ({@link dev.crossborder.erp.platforms.ebay.internal.EbayMarketplaces}) and
 * documented call limits ({@link dev.crossborder.erp.platforms.ebay.internal.EbayRateLimits}).
 *
 * <p>Internal: nothing here is public API, and no type of this package may appear in a public
 * signature outside it. Everything here is stateless, immutable or internally synchronised, hence
 * thread-safe.
 */
@NullMarked
package dev.crossborder.erp.platforms.ebay.internal;

import org.jspecify.annotations.NullMarked;
