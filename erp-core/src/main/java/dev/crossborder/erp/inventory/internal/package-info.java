/** The store-backed implementation of the inventory service. Not API. */
@NullMarked
package dev.crossborder.erp.inventory.internal;

import org.jspecify.annotations.NullMarked;
