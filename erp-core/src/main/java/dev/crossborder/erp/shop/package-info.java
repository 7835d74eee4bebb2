/**
 * Shops: a {@link dev.crossborder.erp.shop.Shop} is one authorized seller account on one
 * platform ({@link dev.crossborder.erp.shop.PlatformId}) and marketplace. Credentials are never
 * part of a shop; connectors get them at call time from the host's credentials provider.
 */
@NullMarked
package dev.crossborder.erp.shop;

import org.jspecify.annotations.NullMarked;
