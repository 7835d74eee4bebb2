/** The store-backed implementation of the shops service. Not API. */
@NullMarked
package dev.crossborder.erp.shop.internal;

import org.jspecify.annotations.NullMarked;
