package dev.crossborder.erp.platforms.ebay.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Fulfillment;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.FulfillmentRequest;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Fulfillments;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.LineItemReference;
import dev.crossborder.erp.shop.Shop;
import java.util.List;
import java.util.Locale;

/**
 * {@link ShipmentConfirmer} on the Fulfillment API's shipping fulfillments. {@code
 * createShippingFulfillment} adds a package on every call, so it is guarded three ways:
 *
 * <ol>
 *   <li>before sending, the order's fulfillments are read ({@code getShippingFulfillments}); one
 *       holding the tracking number answers {@code AlreadyConfirmed} and nothing is sent;
 *   <li>the create is never re-sent by the HTTP layer (a non-idempotent call); after a timeout, a
 *       dropped connection or a 5xx the fulfillments are read again: the tracking number there
 *       answers {@code Confirmed}, else the {@code PlatformUnavailableException} is thrown, and a
 *       later repeat of the whole confirmation reads back again before it sends;
 *   <li>within this process, confirmations of one shop, order and tracking number run one at a
 *       time (striped locks), so two threads cannot both read "not there yet" and both send.
 * </ol>
 *
 * <p>A refusal (4xx with eBay's {@code errors}) is read back too, in case eBay refuses because it
 * already holds the package, and is otherwise {@code Rejected} with every issue eBay named.
 * Tracking numbers compare without case, spaces or dashes. Thread-safe.
 */
final class EbayShipments implements ShipmentConfirmer {
  static final String CREATE = "createShippingFulfillment";
  static final String READ = "getShippingFulfillments";
  private static final int STRIPES = 64;

  private final SellContext api;
  private final Object[] locks = new Object[STRIPES];

  EbayShipments(SellContext api) {
    this.api = api;
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  @Override
  public ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation) {
    requireNonNull(confirmation, "confirmation == null");
    api.marketplace(shop);
    String key = shop.id().value() + "|" + confirmation.platformOrderId() + "|" + normalise(confirmation.trackingNumber());
    synchronized (locks[Math.floorMod(key.hashCode(), STRIPES)]) {
      if (holds(shop, confirmation)) {
        return new ConfirmationResult.AlreadyConfirmed();
      }
      return send(shop, confirmation);
    }
  }

  private ConfirmationResult send(Shop shop, ShipmentConfirmation c) {
    List<LineItemReference> lines = c.items().stream()
        .map(i -> new LineItemReference(i.lineId(), i.quantity().value()))
        .toList();
    FulfillmentRequest body = new FulfillmentRequest(lines, c.shippedAt(), c.carrierCode(), c.trackingNumber());
    ErrorCapture errors = new ErrorCapture();
    try {
      api.callDiscarding(api.fulfillment.createShippingFulfillment(c.platformOrderId(), body, SellContext.write(shop, CREATE),
          errors));
      return new ConfirmationResult.Confirmed();
    } catch (PlatformUnavailableException e) {
      if (holds(shop, c)) {
        return new ConfirmationResult.Confirmed();
      }
      throw e;
    } catch (PlatformRequestException e) {
      if (holds(shop, c)) {
        return new ConfirmationResult.AlreadyConfirmed();
      }
      return new ConfirmationResult.Rejected(errors.issuesOr(e));
    }
  }

  /** Whether eBay holds a fulfillment of the order with the confirmation's tracking number. */
  private boolean holds(Shop shop, ShipmentConfirmation c) {
    Fulfillments answer = api.call(api.fulfillment.getShippingFulfillments(c.platformOrderId(), SellContext.read(shop, READ)));
    String wanted = normalise(c.trackingNumber());
    List<Fulfillment> fulfillments = answer.fulfillments() == null ? List.of() : answer.fulfillments();
    return fulfillments.stream()
        .anyMatch(f -> f.shipmentTrackingNumber() != null && normalise(f.shipmentTrackingNumber()).equals(wanted));
  }

  private static String normalise(String trackingNumber) {
    return trackingNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
