package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.Order;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.OrderItem;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.OrderPackage;
import dev.crossborder.erp.shop.Shop;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link ShipmentConfirmer} on Orders v0 {@code confirmShipment}, which is not idempotent (each
 * call may add a package), so it is sent once and read back with v2026-01-01 {@code getOrder}
 * ({@code FULFILLMENT,PACKAGES}) instead of being re-sent:
 *
 * <ul>
 *   <li>204 → {@code Confirmed}.
 *   <li>400 (Amazon refuses a repeat, an unknown item, a shipped order) → read back: the tracking
 *       number among the order's packages, or no packages reported and every confirmed line fully
 *       shipped → {@code AlreadyConfirmed}; otherwise {@code Rejected} with Amazon's error. A 404
 *       (unknown order) → {@code Rejected}.
 *   <li>5xx or no answer ({@code PlatformUnavailableException}): the outcome is unknown, so read
 *       back before answering: the tracking number among the packages → {@code Confirmed} (the one
 *       request arrived); otherwise the original exception is thrown (with a failed read-back
 *       attached as suppressed), and a caller's repeat is safe: it meets the 400 path above.
 * </ul>
 *
 * <p>The package reference id Amazon requires (positive, unique per order) is derived from the
 * tracking number, so a repeat names the same package.
 */
final class AmazonShipments implements ShipmentConfirmer {
  static final String OPERATION = "confirmShipment";
  static final String READ_BACK = "getOrder";
  static final String READ_BACK_INCLUDED = "FULFILLMENT,PACKAGES";

  private final SpApi api;

  AmazonShipments(SpApi api) {
    this.api = api;
  }

  /** Amazon's carrier code for a carrier outside its list, which then needs a carrier name. */
  static final String OTHER_CARRIER = "Other";

  @Override
  public ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation) {
    Marketplaces.Marketplace marketplace = api.marketplace(shop);
    requireNonNull(confirmation, "confirmation == null");
    if (confirmation.carrierCode().equalsIgnoreCase(OTHER_CARRIER) && confirmation.carrierName() == null) {
      // Amazon's PackageDetail: "carrierName ... Required when carrierCode is Other". Refused here
      // rather than sent and rejected.
      throw new InvalidInputException("carrierName", "null", "is required with carrier code Other");
    }
    var body = ShipmentMapper.confirmRequest(confirmation, marketplace.id(), packageReferenceId(confirmation));
    try {
      api.callDiscarding(api.apis(marketplace).orders().confirmShipment(
          confirmation.platformOrderId(), body, SpApi.write(shop, OPERATION)));
      return new ConfirmationResult.Confirmed();
    } catch (PlatformRequestException e) {
      if (SpApi.status(e, 404)) {
        return rejected(e);
      }
      Optional<Order> order = readBack(shop, marketplace, confirmation);
      if (order.isPresent() && (holdsTracking(order.get(), confirmation)
          || (noPackages(order.get()) && shipped(order.get(), confirmation)))) {
        return new ConfirmationResult.AlreadyConfirmed();
      }
      return rejected(e);
    } catch (PlatformUnavailableException e) {
      Optional<Order> order;
      try {
        order = readBack(shop, marketplace, confirmation);
      } catch (ConnectorException readBackFailure) {
        e.addSuppressed(readBackFailure);
        throw e;
      }
      if (order.isPresent() && holdsTracking(order.get(), confirmation)) {
        return new ConfirmationResult.Confirmed();
      }
      throw e;
    }
  }

  /** A stable positive id of at most 9 digits derived from the tracking number. */
  static long packageReferenceId(ShipmentConfirmation confirmation) {
    return Math.floorMod(confirmation.trackingNumber().toUpperCase(Locale.ROOT).hashCode(), 999_999_999) + 1L;
  }

  private Optional<Order> readBack(Shop shop, Marketplaces.Marketplace marketplace, ShipmentConfirmation confirmation) {
    try {
      var response = api.call(api.apis(marketplace).orders().getOrder(
          confirmation.platformOrderId(), READ_BACK_INCLUDED, SpApi.read(shop, READ_BACK)));
      return Optional.ofNullable(response.order());
    } catch (PlatformRequestException e) {
      if (SpApi.status(e, 404)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static boolean holdsTracking(Order order, ShipmentConfirmation confirmation) {
    if (order.packages() == null) {
      return false;
    }
    for (OrderPackage p : order.packages()) {
      if (p != null && p.trackingNumber() != null
          && p.trackingNumber().strip().equalsIgnoreCase(confirmation.trackingNumber())) {
        return true;
      }
    }
    return false;
  }

  private static boolean noPackages(Order order) {
    return order.packages() == null || order.packages().isEmpty();
  }

  /** Whether every confirmed line shows no unshipped unit (or the whole order is SHIPPED). */
  private static boolean shipped(Order order, ShipmentConfirmation confirmation) {
    if (order.fulfillment() != null
        && "SHIPPED".equalsIgnoreCase(String.valueOf(order.fulfillment().fulfillmentStatus()).strip())) {
      return true;
    }
    List<OrderItem> items = order.orderItems() == null ? List.of() : order.orderItems();
    for (ShipmentConfirmation.Item line : confirmation.items()) {
      OrderItem item = items.stream()
          .filter(i -> i != null && line.lineId().equals(i.orderItemId()))
          .findFirst()
          .orElse(null);
      if (item == null || item.fulfillment() == null || item.fulfillment().quantityUnfulfilled() == null
          || item.fulfillment().quantityUnfulfilled() > 0) {
        return false;
      }
    }
    return true;
  }

  private static ConfirmationResult.Rejected rejected(PlatformRequestException e) {
    String message = e.platformMessage().isBlank() ? e.platformCode() : e.platformMessage();
    return new ConfirmationResult.Rejected(
        List.of(new PlatformIssue(e.platformCode(), message, PlatformIssue.Severity.ERROR, List.of())));
  }
}
