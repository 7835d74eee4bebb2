/**
 * The Walmart Marketplace (US) connector: {@link
 * dev.crossborder.erp.platforms.walmart.WalmartConnector}, a {@link
 * dev.crossborder.erp.platform.PlatformConnector} for {@code PlatformId.WALMART} with orders,
 * inventory and shipping updates, built on the shared HTTP layer ({@code …platforms.http}). The
 * Retrofit interfaces, wire records, mappers and capability implementations live in {@code
 * internal}; nothing of them reaches a public signature here.
 */
@NullMarked
package dev.crossborder.erp.platforms.walmart;

import org.jspecify.annotations.NullMarked;
