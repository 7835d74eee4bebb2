package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tracking to upload for (part of) a platform order (标记发货): which lines shipped, with which
 * carrier and tracking number, when. The carrier code is the platform's own (Amazon's
 * {@code carrierCode} list, eBay's carrier enum). Connectors refuse before sending what they can
 * check locally (Amazon: code {@code Other} needs a carrier name) with an {@code
 * InvalidInputException}; a code the platform itself refuses comes back as a {@link
 * ConfirmationResult.Rejected} with the platform's issue.
 *
 * @param platformOrderId the platform's order id
 * @param items the shipped lines with quantities, at least one
 * @param carrierCode the platform's carrier code
 * @param carrierName the carrier's name, for platforms that want it with an "Other" code
 * @param trackingNumber the tracking number
 * @param shippingMethod the carrier's service name, if the platform wants it
 * @param shippedAt when the parcel was handed to the carrier
 */
public record ShipmentConfirmation(
    String platformOrderId,
    List<Item> items,
    String carrierCode,
    @Nullable String carrierName,
    String trackingNumber,
    @Nullable String shippingMethod,
    Instant shippedAt) {

  /** Validates and copies. */
  public ShipmentConfirmation {
    platformOrderId = Checks.text("platformOrderId", platformOrderId, 100);
    items = List.copyOf(Checks.notEmpty("items", items));
    carrierCode = Checks.text("carrierCode", carrierCode, 100);
    carrierName = carrierName == null ? null : Checks.text("carrierName", carrierName, 200);
    trackingNumber = Checks.token("trackingNumber", trackingNumber, 64);
    shippingMethod = shippingMethod == null ? null : Checks.text("shippingMethod", shippingMethod, 200);
    Checks.present("shippedAt", shippedAt);
  }

  /**
   * One shipped line.
   *
   * @param lineId the platform's order line id
   * @param quantity the units shipped
   */
  public record Item(String lineId, Quantity quantity) {

    /** Validates. */
    public Item {
      lineId = Checks.text("lineId", lineId, 100);
      Checks.present("quantity", quantity);
    }
  }
}
