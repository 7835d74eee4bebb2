package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.money.Money;
import java.time.Instant;

/**
 * A bought shipping label: the tracking number the carrier assigned, the label document to print,
 * and what it cost. Immutable and thread-safe.
 *
 * @param idempotencyKey the key of the {@link LabelRequest} that bought it
 * @param trackingNumber the carrier's tracking number (跟踪号)
 * @param carrierName the carrier's name as {@link CarrierConnector#carrierName()} gives it
 * @param serviceCode the service shipped with
 * @param cost what the carrier charged
 * @param document the label to print
 * @param createdAt when the carrier issued it
 */
public record ShippingLabel(
    String idempotencyKey,
    String trackingNumber,
    String carrierName,
    String serviceCode,
    Money cost,
    LabelDocument document,
    Instant createdAt) {

  /** Validates; a refusal names the field. */
  public ShippingLabel {
    Fields.key("idempotencyKey", idempotencyKey);
    Fields.code("trackingNumber", trackingNumber);
    Fields.present("carrierName", carrierName);
    Fields.code("serviceCode", serviceCode);
    Fields.present("cost", cost);
    Fields.present("document", document);
    Fields.present("createdAt", createdAt);
  }
}
