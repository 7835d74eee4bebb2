/**
 * The Shopify Admin GraphQL wire layer: the pinned API version and the GraphQL documents the
 * connector sends ({@link dev.crossborder.erp.platforms.shopify.internal.Operation}), the Retrofit
 * interface, the interceptor that turns a {@code THROTTLED} answer with HTTP 200 into a retryable
 * 429, wire records named exactly as the GraphQL schema names its fields, and the mappers to
 * erp-core domain types.
 *
 * <p>Internal: nothing here is public API, and no type of this package may appear in a public
 * signature outside it. Everything here is stateless or immutable, hence thread-safe.
 */
@NullMarked
package dev.crossborder.erp.platforms.shopify.internal;

import org.jspecify.annotations.NullMarked;
