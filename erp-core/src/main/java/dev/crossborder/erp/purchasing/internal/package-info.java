/** The store-backed implementation of the purchasing service. Not API. */
@NullMarked
package dev.crossborder.erp.purchasing.internal;

import org.jspecify.annotations.NullMarked;
