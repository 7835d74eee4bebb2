/** The store-backed implementation of the orders service. Not API. */
@NullMarked
package dev.crossborder.erp.order.internal;

import org.jspecify.annotations.NullMarked;
