/**
 * The Shopify Admin GraphQL API connector: {@link
 * dev.crossborder.erp.platforms.shopify.ShopifyConnector}, a {@link
 * dev.crossborder.erp.platform.PlatformConnector} for {@code PlatformId.SHOPIFY} on the shared HTTP
 * layer ({@code …platforms.http}). The GraphQL documents, wire records, mappers, throttle handling
 * and the capability implementations live in {@code internal}; nothing of them reaches a public
 * signature here.
 */
@NullMarked
package dev.crossborder.erp.platforms.shopify;

import org.jspecify.annotations.NullMarked;
