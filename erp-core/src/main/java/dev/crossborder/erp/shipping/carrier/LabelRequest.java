package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.Destination;

/**
 * A request to buy one shipping label (面单) for one parcel. Immutable and thread-safe; {@link
 * #toString()} shows no personal data (the address prints as its country only).
 *
 * <p>The {@link #idempotencyKey()} identifies the purchase: a connector that receives the same key
 * again, with an equal request, returns the label it bought the first time and buys nothing; with
 * a different request it refuses the key. Use one key per package (for example the package id),
 * never one per attempt.
 *
 * @param idempotencyKey 1 to 128 of letters, digits, {@code . _ : -}, unique per purchase
 * @param serviceCode the service to ship with, as a {@link RateQuote} names it
 * @param origin the shipping warehouse's country and region
 * @param shipTo the recipient's address (personal data)
 * @param parcel the parcel
 * @param reference the host's reference printed on the label (package or order number, not
 *     personal data), 1 to 64 of letters, digits, {@code . _ : -}
 * @param format the label format wanted, one of {@link CarrierConnector#formats()}
 */
public record LabelRequest(
    String idempotencyKey,
    String serviceCode,
    Destination origin,
    Address shipTo,
    Parcel parcel,
    String reference,
    LabelFormat format) {

  /** Validates; a refusal names the field and never echoes the address. */
  public LabelRequest {
    Fields.key("idempotencyKey", idempotencyKey);
    Fields.code("serviceCode", serviceCode);
    Fields.present("origin", origin);
    Fields.present("shipTo", shipTo);
    Fields.present("parcel", parcel);
    Fields.code("reference", reference);
    Fields.present("format", format);
  }

  /** The destination of the parcel: the address's country, without personal data. */
  public Destination destination() {
    return new Destination(shipTo.country(), shipTo.region());
  }
}
