package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.ConfirmShipmentOrderItem;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.ConfirmShipmentRequest;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.PackageDetail;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a {@link ShipmentConfirmation} to the Orders v0 {@code confirmShipment} body. The carrier
 * code goes through as given (checking it against Amazon's carrier list is the connector's job);
 * {@code carrierName} and {@code shippingMethod} are sent only when set. Stateless.
 */
public final class ShipmentMapper {
  private ShipmentMapper() {}

  /**
   * The body confirming {@code confirmation} in {@code marketplaceId}, as package {@code
   * packageReferenceId} of the order (Amazon accepts positive numbers only, unique per order).
   */
  public static ConfirmShipmentRequest confirmRequest(
      ShipmentConfirmation confirmation, String marketplaceId, long packageReferenceId) {
    if (packageReferenceId < 1) {
      throw new InvalidInputException("packageReferenceId", packageReferenceId, "must be positive");
    }
    List<ConfirmShipmentOrderItem> items = new ArrayList<>(confirmation.items().size());
    for (ShipmentConfirmation.Item item : confirmation.items()) {
      items.add(new ConfirmShipmentOrderItem(item.lineId(), item.quantity().value()));
    }
    PackageDetail detail =
        new PackageDetail(
            Long.toString(packageReferenceId),
            confirmation.carrierCode(),
            confirmation.carrierName(),
            confirmation.shippingMethod(),
            confirmation.trackingNumber(),
            confirmation.shippedAt(),
            items);
    return new ConfirmShipmentRequest(detail, marketplaceId);
  }
}
