/** The store-backed implementation of the sync engine. Not API. */
@NullMarked
package dev.crossborder.erp.sync.internal;

import org.jspecify.annotations.NullMarked;
