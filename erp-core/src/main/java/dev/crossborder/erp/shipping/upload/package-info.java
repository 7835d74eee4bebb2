/**
 * Tracking upload (标记发货): when an order ships, one durable {@link
 * dev.crossborder.erp.shipping.upload.UploadJob} per shipment confirms its tracking to the
 * platform through the shop connector's {@code ShipmentConfirmer}, after the local {@code
 * TrackingPreCheck}. Failures are retried with backoff or kept as {@code FAILED} for a person;
 * nothing is dropped. See docs/tracking-upload.md.
 */
@NullMarked
package dev.crossborder.erp.shipping.upload;

import org.jspecify.annotations.NullMarked;
