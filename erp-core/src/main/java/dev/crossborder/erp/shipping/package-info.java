/**
 * Shipping checks that run before tracking is uploaded to a platform (标记发货前的校验).
 *
 * <p>{@link dev.crossborder.erp.shipping.TrackingNumbers} checks a tracking number's shape and
 * check digit for the carriers that publish one; {@link dev.crossborder.erp.shipping.CarrierCodes}
 * holds each platform's accepted carrier codes, shipped as resources that name their source; {@link
 * dev.crossborder.erp.shipping.TrackingPreCheck} combines both into the typed problems an upload
 * step refuses on. Everything here is pure, stateless and thread-safe; an unknown carrier is an
 * answer ("not checkable"), never an exception.
 *
 * <p>The carrier SPI (rate quotes, labels, voids, manifests) is in the sub-package {@code
 * dev.crossborder.erp.shipping.carrier}.
 */
@NullMarked
package dev.crossborder.erp.shipping;

import org.jspecify.annotations.NullMarked;
