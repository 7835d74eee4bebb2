package dev.crossborder.erp.shipping.upload;

import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import java.util.List;
import java.util.Optional;

/**
 * Tracking upload (标记发货). Reached by {@code erp.trackingUploads()}. When an order changes to
 * {@code SHIPPED} (through {@code Orders.changeStatus}), one {@link UploadJob} per shipment is
 * recorded in the same transaction. The jobs of a shop are sent only by the instance holding the
 * shop's sync lease ({@code shop:<id>}): its sync engine sends the shop's due jobs after every
 * pull, and {@link #runDue()} sends those of the shops this instance holds or can take now. Every
 * claim and outcome write is fenced with the lease, so a former holder's outcome is refused.
 * Thread-safe; any number of threads and host instances may call {@link #runDue()} at once: a job is
 * also claimed in a transaction at the version read before its platform call, so no job is sent by
 * two runners at once.
 */
public interface TrackingUploads {

  /**
   * Records the upload jobs of a {@code SHIPPED} order's shipments that have none yet, and returns
   * every job of the order. {@code Orders.changeStatus} does this when an order ships; call it for
   * orders shipped before tracking upload was in use.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException if the order does not exist
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException if the order is not {@code SHIPPED}
   *     or {@code CONFIRMED}
   */
  List<UploadJob> enqueue(OrderId order);

  /**
   * Sends the due jobs of the shops whose sync lease this instance holds or can take now (and whose
   * pull is not running on this instance), on the calling thread; the jobs of other shops are
   * counted as skipped and left to their holder's work cycle. For each job: claims it, runs the {@code
   * TrackingPreCheck} (a blocking problem makes it {@code FAILED} without a platform call), then
   * calls the shop connector's {@code ShipmentConfirmer}. {@code Confirmed} and {@code
   * AlreadyConfirmed} make it {@code CONFIRMED}, and the order {@code CONFIRMED} once every
   * shipment of it is; {@code Rejected} makes it {@code FAILED} with the platform's issues; a
   * {@code ConnectorException} (rate limit, outage, timeout, missing connector capability) makes it
   * due again after exponential backoff.
   */
  UploadRun runDue();

  /** The job of {@code shipment}, if one was recorded. */
  Optional<UploadJob> find(ShipmentId shipment);

  /** Up to {@code limit} jobs waiting to be sent or being sent (including retries), by due time. */
  List<UploadJob> pending(int limit);

  /** Up to {@code limit} jobs refused or rejected, waiting for a person. */
  List<UploadJob> failed(int limit);

  /**
   * Makes a failed (or waiting) job due now, re-reading the carrier code and tracking number from
   * the shipment's first labelled parcel (after a person corrected it there).
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such job
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException if it is being sent or confirmed
   */
  UploadJob retry(ShipmentId shipment);

  /**
   * Makes a failed (or waiting) job due now with the given carrier code and tracking number (a
   * person's correction).
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such job
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException if it is being sent or confirmed
   */
  UploadJob retry(ShipmentId shipment, String carrierCode, String trackingNumber);
}
