/** The listing service over the store, template rendering and marketplace languages. */
@NullMarked
package dev.crossborder.erp.listing.internal;

import org.jspecify.annotations.NullMarked;
