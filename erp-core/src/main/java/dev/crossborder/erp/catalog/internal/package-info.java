/** The store-backed implementation of the catalog service. Not API. */
@NullMarked
package dev.crossborder.erp.catalog.internal;

import org.jspecify.annotations.NullMarked;
