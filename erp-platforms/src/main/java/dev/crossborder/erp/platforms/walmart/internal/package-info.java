/**
 * The Walmart Marketplace wire layer: Retrofit interfaces, wire records named as in Walmart's
 * public OpenAPI models (US marketplace: orders, inventory, auth), the mapper to erp-core domain
 * types, the client-credentials token source, the {@code WM_*} header interceptors and the
 * capability implementations.
 *
 * <p>Internal: nothing here is public API, and no type of this package may appear in a public
 * signature outside it. Everything here is stateless or immutable, hence thread-safe.
 */
@NullMarked
package dev.crossborder.erp.platforms.walmart.internal;

import org.jspecify.annotations.NullMarked;
