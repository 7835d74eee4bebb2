/** The store-backed outbox relay. Not API. */
@NullMarked
package dev.crossborder.erp.event.internal;

import org.jspecify.annotations.NullMarked;
