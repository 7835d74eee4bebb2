/**
 * The Amazon Selling Partner API wire layer: Retrofit interfaces, wire records exactly as the
 * public models in {@code amzn/selling-partner-api-models} name their fields, the Jackson mapper
 * that reads them ({@link dev.crossborder.erp.platforms.amazon.internal.AmazonJson}), and the
 * mappers between wire records and erp-core domain types. Also the facts the connector needs:
 * marketplaces and regional endpoints ({@link
 * dev.crossborder.erp.platforms.amazon.internal.Marketplaces}) and documented rate limits ({@link
 * dev.crossborder.erp.platforms.amazon.internal.RateLimits}).
 *
 * <p>Internal: nothing here is public API, and no type of this package may appear in a public
 * signature outside it. Everything here is stateless or immutable, hence thread-safe.
 */
@NullMarked
package dev.crossborder.erp.platforms.amazon.internal;

import org.jspecify.annotations.NullMarked;
