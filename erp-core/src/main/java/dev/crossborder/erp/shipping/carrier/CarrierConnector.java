package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.RemotePlatformException;
import dev.crossborder.erp.shipping.Carrier;
import dev.crossborder.erp.shipping.TrackingNumbers;
import java.util.List;
import java.util.Set;

/**
 * The carrier SPI: one carrier account (or shipping aggregator) that quotes rates, sells shipping
 * labels with tracking numbers, voids unused labels and takes parcels over under a manifest. A
 * host implements it once per carrier account; {@code FakeCarrier} in erp-warehouse is the
 * in-memory implementation, and {@code CarrierConnectorContract} in erp-testkit the kit every
 * implementation passes.
 *
 * <p>What an implementation must guarantee:
 *
 * <ul>
 *   <li><b>Thread safety</b>: every method may be called from several threads at once.
 *   <li><b>{@link #quote}</b> returns the services that can carry the parcel, each with a
 *       non-negative price; none (an empty list) when no service can, for example an overweight
 *       parcel. Quoting buys nothing.
 *   <li><b>{@link #createLabel} is idempotent by {@link LabelRequest#idempotencyKey()}</b>: a second
 *       call with the same key and an equal request returns the label of the first call (same
 *       tracking number, same document) and buys nothing more, also after a first call that
 *       failed with a retryable {@link RemotePlatformException} once the carrier had bought the
 *       label (a lost response). The connector reads the carrier's record for the key back before
 *       buying again (the carrier's own idempotency header where it has one, else a lookup by the
 *       reference). The same key with a different request is refused with a {@link
 *       DuplicateKeyException} on {@code idempotencyKey}. Different keys buy different labels.
 *   <li>The tracking number is the carrier's; where {@link #carrierName()} names a {@link Carrier}
 *       with a published format, the number passes {@link TrackingNumbers#check}.
 *   <li>The document is in the requested format, which must be one of {@link #formats()}.
 *   <li><b>{@link #voidLabel}</b> answers {@link VoidResult.Voided} once, {@link
 *       VoidResult.AlreadyVoided} on every later call, and {@link VoidResult.NotVoidable} once the
 *       label was handed over; an unknown number is a {@link NotFoundException} on {@code
 *       trackingNumber}.
 *   <li><b>{@link #manifest}</b> hands labels over: every number must be a label of this connector
 *       ({@link NotFoundException} on {@code trackingNumbers[i]}), not voided and not in another
 *       manifest ({@link InvalidInputException} on {@code trackingNumbers[i]}); a refused request
 *       hands nothing over. The same key with the same numbers returns the same manifest; the
 *       same key with other numbers is a {@link DuplicateKeyException}.
 *   <li><b>Errors</b>: bad input (an unknown service, a format not offered, a parcel the service
 *       cannot take) is an {@link InvalidInputException} naming the field, raised before anything
 *       is bought; the carrier failing or refusing a call is a {@link RemotePlatformException} whose
 *       {@link RemotePlatformException#isRetryable()} says whether the same call may succeed later.
 *       No message or log line holds a credential or the recipient's personal data.
 * </ul>
 */
public interface CarrierConnector {

  /**
   * The carrier's name as it is uploaded to platforms with the tracking number (for example
   * {@code "UPS"} or {@code "YunExpress"}); {@link Carrier#fromName} maps it to the carrier whose
   * number format applies, where there is one.
   */
  String carrierName();

  /** The label formats this connector can deliver; at least one. */
  Set<LabelFormat> formats();

  /**
   * The services that can carry the parcel, cheapest first; empty when none can.
   *
   * @throws InvalidInputException when a field of the request is unusable for this carrier
   * @throws RemotePlatformException when the carrier fails or refuses the call
   */
  List<RateQuote> quote(RateRequest request);

  /**
   * Buys the label for one parcel, or returns the one bought earlier under the same key.
   *
   * @throws DuplicateKeyException when the key was used for a different request
   * @throws InvalidInputException when a field of the request is unusable (field named)
   * @throws RemotePlatformException when the carrier fails or refuses the call
   */
  ShippingLabel createLabel(LabelRequest request);

  /**
   * Voids an unused label so that it is not charged (or is refunded).
   *
   * @throws NotFoundException when this connector issued no label with that number
   * @throws RemotePlatformException when the carrier fails or refuses the call
   */
  VoidResult voidLabel(String trackingNumber);

  /**
   * Hands labels over to the carrier under one manifest (交运); afterwards they cannot be voided.
   *
   * @throws NotFoundException when a number is not a label of this connector
   * @throws InvalidInputException when a label is voided or in another manifest
   * @throws DuplicateKeyException when the key was used for other numbers
   * @throws RemotePlatformException when the carrier fails or refuses the call
   */
  Manifest manifest(ManifestRequest request);
}
