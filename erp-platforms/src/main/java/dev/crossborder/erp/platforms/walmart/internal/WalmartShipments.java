package dev.crossborder.erp.platforms.walmart.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.LineStatus;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Order;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.OrderLine;
import dev.crossborder.erp.shop.Shop;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@link ShipmentConfirmer} on {@code POST /v3/orders/{id}/shipping} (Ship Order Lines). Sending
 * it twice is not known to be harmless (it moves units to {@code Shipped} and charges the
 * customer), so it is sent at most once per call and never re-sent by the HTTP layer; the order is
 * read ({@code GET /v3/orders/{id}}) around it instead:
 *
 * <ol>
 *   <li>Before sending: if every confirmed line already holds the tracking number in a {@code
 *       Shipped} or {@code Delivered} status → {@code AlreadyConfirmed}, nothing is sent. An order
 *       Walmart does not know (404) → {@code Rejected}. If a confirmed line is still {@code Created},
 *       the order is acknowledged first ({@code POST /v3/orders/{id}/acknowledge}; Walmart wants
 *       orders acknowledged before they ship, and acknowledging twice is harmless).
 *   <li>The shipping update: 200 → {@code Confirmed}.
 *   <li>A 4xx refusal → read back: the tracking number on every confirmed line → {@code
 *       AlreadyConfirmed} (a repeat that raced another sender), else {@code Rejected} with Walmart's
 *       error.
 *   <li>A 5xx or no answer: the outcome is unknown, so read back before answering: the tracking
 *       number on every confirmed line → {@code Confirmed} (the one request arrived); otherwise the
 *       {@code PlatformUnavailableException} is thrown (a failed read-back attached as suppressed),
 *       and a caller's repeat is safe: it starts with step 1.
 * </ol>
 *
 * <p>The carrier code goes as Walmart's {@code carrier}; code {@code Other} sends the carrier name
 * as {@code otherCarrier} and is refused before sending without one. The shipping method goes as
 * {@code methodCode} ({@code Standard} when none is given); the ship time in epoch milliseconds.
 */
final class WalmartShipments implements ShipmentConfirmer {
  static final String OPERATION = "shippingUpdates";
  static final String READ = "getAnOrder";
  static final String ACKNOWLEDGE = "acknowledgeOrders";
  static final String OTHER_CARRIER = "Other";
  static final String DEFAULT_METHOD = "Standard";

  private final WalmartContext walmart;

  WalmartShipments(WalmartContext walmart) {
    this.walmart = walmart;
  }

  @Override
  public ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation) {
    walmart.check(shop);
    requireNonNull(confirmation, "confirmation == null");
    if (confirmation.carrierCode().equalsIgnoreCase(OTHER_CARRIER) && confirmation.carrierName() == null) {
      throw new InvalidInputException("carrierName", "null", "is required with carrier code Other");
    }
    String orderId = confirmation.platformOrderId();
    Optional<Order> before;
    try {
      before = read(shop, orderId);
    } catch (PlatformRequestException e) {
      return rejected(e);
    }
    if (before.isEmpty()) {
      return new ConfirmationResult.Rejected(List.of(new PlatformIssue(
          "NOT_FOUND", "Walmart holds no order " + orderId, PlatformIssue.Severity.ERROR, List.of("purchaseOrderId"))));
    }
    if (holdsTracking(before.get(), confirmation)) {
      return new ConfirmationResult.AlreadyConfirmed();
    }
    if (anyCreated(before.get(), confirmation)) {
      acknowledge(shop, orderId);
    }
    try {
      walmart.call(walmart.api.ship(orderId, request(confirmation), WalmartContext.write(shop, OPERATION)));
      return new ConfirmationResult.Confirmed();
    } catch (PlatformRequestException e) {
      Optional<Order> after = read(shop, orderId);
      if (after.isPresent() && holdsTracking(after.get(), confirmation)) {
        return new ConfirmationResult.AlreadyConfirmed();
      }
      return rejected(e);
    } catch (PlatformUnavailableException e) {
      Optional<Order> after;
      try {
        after = read(shop, orderId);
      } catch (ConnectorException readBackFailure) {
        e.addSuppressed(readBackFailure);
        throw e;
      }
      if (after.isPresent() && holdsTracking(after.get(), confirmation)) {
        return new ConfirmationResult.Confirmed();
      }
      throw e;
    }
  }

  /** Acknowledges a purchase order (idempotent on Walmart's side). */
  void acknowledge(Shop shop, String purchaseOrderId) {
    walmart.call(walmart.api.acknowledge(purchaseOrderId, WalmartContext.read(shop, ACKNOWLEDGE)));
  }

  private Optional<Order> read(Shop shop, String orderId) {
    try {
      return Optional.ofNullable(walmart.call(walmart.api.order(orderId, WalmartContext.read(shop, READ))).order());
    } catch (PlatformRequestException e) {
      if (WalmartContext.status(e, 404)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  static WalmartWire.ShipmentRequest request(ShipmentConfirmation c) {
    boolean other = c.carrierCode().equalsIgnoreCase(OTHER_CARRIER);
    WalmartWire.Carrier carrier = other
        ? new WalmartWire.Carrier(null, c.carrierName())
        : new WalmartWire.Carrier(c.carrierCode(), null);
    String method = c.shippingMethod() == null ? DEFAULT_METHOD : c.shippingMethod();
    WalmartWire.Tracking tracking =
        new WalmartWire.Tracking(c.shippedAt().toEpochMilli(), carrier, method, c.trackingNumber());
    List<WalmartWire.ShipLine> lines = new ArrayList<>();
    for (ShipmentConfirmation.Item item : c.items()) {
      WalmartWire.ShipStatus status = new WalmartWire.ShipStatus(
          "Shipped", new WalmartWire.Units("EACH", Long.toString(item.quantity().value())), tracking);
      lines.add(new WalmartWire.ShipLine(item.lineId(), new WalmartWire.ShipStatuses(List.of(status))));
    }
    return new WalmartWire.ShipmentRequest(new WalmartWire.OrderShipment(new WalmartWire.ShipLines(lines)));
  }

  /** Whether every confirmed line holds the tracking number in a shipped or delivered status. */
  static boolean holdsTracking(Order order, ShipmentConfirmation confirmation) {
    for (ShipmentConfirmation.Item item : confirmation.items()) {
      OrderLine line = line(order, item.lineId());
      if (line == null || OrderMapper.statuses(line).stream().noneMatch(s -> shippedWith(s, confirmation))) {
        return false;
      }
    }
    return true;
  }

  private static boolean shippedWith(LineStatus status, ShipmentConfirmation confirmation) {
    String s = OrderMapper.normalized(status.status());
    return (s.equals("shipped") || s.equals("delivered"))
        && status.trackingInfo() != null
        && status.trackingInfo().trackingNumber() != null
        && status.trackingInfo().trackingNumber().strip().equalsIgnoreCase(confirmation.trackingNumber());
  }

  private static boolean anyCreated(Order order, ShipmentConfirmation confirmation) {
    for (ShipmentConfirmation.Item item : confirmation.items()) {
      OrderLine line = line(order, item.lineId());
      if (line != null && OrderMapper.statuses(line).stream().anyMatch(s -> OrderMapper.normalized(s.status()).equals("created"))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable OrderLine line(Order order, String lineId) {
    List<@Nullable OrderLine> lines = order.orderLines() == null ? null : order.orderLines().orderLine();
    if (lines == null) {
      return null;
    }
    for (OrderLine line : lines) {
      if (line != null && line.lineNumber() != null && line.lineNumber().strip().equals(lineId)) {
        return line;
      }
    }
    return null;
  }

  static ConfirmationResult.Rejected rejected(PlatformRequestException e) {
    String message = e.platformMessage().isBlank() ? e.platformCode() : e.platformMessage();
    return new ConfirmationResult.Rejected(
        List.of(new PlatformIssue(e.platformCode(), message, PlatformIssue.Severity.ERROR, List.of())));
  }

  @Override
  public String toString() {
    return "WalmartShipments";
  }
}
