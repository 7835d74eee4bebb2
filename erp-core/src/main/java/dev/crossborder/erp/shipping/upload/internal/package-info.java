/** The store-backed implementation of {@code TrackingUploads}. Not public API. */
@NullMarked
package dev.crossborder.erp.shipping.upload.internal;

import org.jspecify.annotations.NullMarked;
