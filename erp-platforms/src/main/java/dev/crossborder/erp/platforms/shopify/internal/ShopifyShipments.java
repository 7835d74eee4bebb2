package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.FulfilledOrder;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.FulfillmentOrder;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.FulfillmentOrderLineItem;
import dev.crossborder.erp.shop.Shop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link ShipmentConfirmer} through fulfilment orders. It reads the order's fulfilments and
 * fulfilment orders first ({@code OrderFulfillments}): an unknown order is {@code Rejected}, a
 * tracking number one of its fulfilments already holds is {@code AlreadyConfirmed} and nothing is
 * sent. Else it assigns the shipped quantities to the open ({@code OPEN}, {@code IN_PROGRESS})
 * fulfilment-order lines of each order line and sends one {@code fulfillmentCreate} with the
 * tracking (company: the carrier name if given, else the carrier code; customer not notified);
 * {@code userErrors}, or lines without enough open quantity, are {@code Rejected}.
 *
 * <p>{@code fulfillmentCreate} adds a fulfilment per call, so it is never re-sent: after a 5xx or
 * no answer the order is read back, and the answer is {@code Confirmed} if it now holds the
 * tracking number, else the {@code PlatformUnavailableException} is thrown (repeating is then
 * safe, since the repeat reads back first). A {@code THROTTLED} answer is re-sent: Shopify did not
 * run it. Shopify records the time of the call as the shipping time; {@code shippedAt} and {@code
 * shippingMethod} are not sent. Thread-safe.
 */
final class ShopifyShipments implements ShipmentConfirmer {
  private static final Set<String> OPEN = Set.of("OPEN", "IN_PROGRESS");
  private static final Fields READ = new Fields(Operation.ORDER_FULFILLMENTS.operationName());

  private final GraphQl graphQl;

  ShopifyShipments(GraphQl graphQl) {
    this.graphQl = graphQl;
  }

  @Override
  public ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation) {
    FulfilledOrder order = read(shop, confirmation.platformOrderId());
    if (order == null) {
      return rejected("NOT_FOUND", "Shopify holds no order with this id", "platformOrderId");
    }
    if (holds(order, confirmation.trackingNumber())) {
      return new ConfirmationResult.AlreadyConfirmed();
    }
    List<Map<String, Object>> byFulfillmentOrder = assign(order, confirmation);
    if (byFulfillmentOrder == null) {
      return rejected("NOT_FULFILLABLE", "the order has not enough open quantity for the shipped lines", "items");
    }
    Map<String, Object> tracking = Map.of(
        "company", confirmation.carrierName() != null ? confirmation.carrierName() : confirmation.carrierCode(),
        "number", confirmation.trackingNumber());
    Map<String, Object> fulfillment = Map.of(
        "lineItemsByFulfillmentOrder", byFulfillmentOrder, "trackingInfo", tracking, "notifyCustomer", false);
    ShipmentsWire.FulfillmentCreateData data;
    try {
      data = graphQl.run(shop, Operation.FULFILLMENT_CREATE, Map.of("fulfillment", fulfillment), ShipmentsWire.FulfillmentCreateData.class);
    } catch (PlatformUnavailableException e) {
      FulfilledOrder after;
      try {
        after = read(shop, confirmation.platformOrderId());
      } catch (RuntimeException readBack) {
        e.addSuppressed(readBack);
        throw e;
      }
      if (after != null && holds(after, confirmation.trackingNumber())) {
        return new ConfirmationResult.Confirmed();
      }
      throw e;
    }
    ShipmentsWire.FulfillmentCreatePayload payload =
        new Fields(Operation.FULFILLMENT_CREATE.operationName()).require(data.fulfillmentCreate(), "fulfillmentCreate");
    List<PlatformIssue> issues = UserErrors.issues(payload.userErrors());
    return issues.isEmpty() ? new ConfirmationResult.Confirmed() : new ConfirmationResult.Rejected(issues);
  }

  private @Nullable FulfilledOrder read(Shop shop, String platformOrderId) {
    OrdersWire.OrderFulfillmentsData data = graphQl.run(shop, Operation.ORDER_FULFILLMENTS,
        Map.of("id", GraphQl.gid("Order", platformOrderId)), OrdersWire.OrderFulfillmentsData.class);
    return data.order();
  }

  private static boolean holds(FulfilledOrder order, String trackingNumber) {
    List<OrdersWire.Fulfillment> fulfillments = order.fulfillments() == null ? List.of() : order.fulfillments();
    return fulfillments.stream()
        .filter(Objects::nonNull)
        .flatMap(f -> f.trackingInfo() == null ? java.util.stream.Stream.empty() : f.trackingInfo().stream())
        .anyMatch(t -> t != null && t.number() != null && t.number().strip().equalsIgnoreCase(trackingNumber));
  }

  /**
   * The {@code lineItemsByFulfillmentOrder} input that ships the confirmation's quantities from
   * open fulfilment-order lines, or {@code null} if they do not hold enough.
   */
  private static @Nullable List<Map<String, Object>> assign(FulfilledOrder order, ShipmentConfirmation confirmation) {
    List<FulfillmentOrder> fulfillmentOrders = order.fulfillmentOrders() == null || order.fulfillmentOrders().nodes() == null
        ? List.of() : order.fulfillmentOrders().nodes();
    Map<String, Long> remaining = new LinkedHashMap<>();
    Map<String, List<Map<String, Object>>> lines = new LinkedHashMap<>();
    for (ShipmentConfirmation.Item item : confirmation.items()) {
      String lineId = GraphQl.gid("LineItem", item.lineId());
      long needed = item.quantity().value();
      for (FulfillmentOrder fo : fulfillmentOrders) {
        if (needed == 0 || fo == null || fo.status() == null || !OPEN.contains(fo.status()) || fo.lineItems() == null
            || fo.lineItems().nodes() == null) {
          continue;
        }
        String foId = READ.text(fo.id(), "order.fulfillmentOrders.nodes.id");
        for (FulfillmentOrderLineItem line : fo.lineItems().nodes()) {
          if (needed == 0 || line == null || line.lineItem() == null || !lineId.equals(line.lineItem().id())) {
            continue;
          }
          String id = READ.text(line.id(), "order.fulfillmentOrders.nodes.lineItems.nodes.id");
          long open = remaining.computeIfAbsent(id, k -> line.remainingQuantity() == null ? 0 : line.remainingQuantity());
          long take = Math.min(open, needed);
          if (take > 0) {
            remaining.put(id, open - take);
            needed -= take;
            lines.computeIfAbsent(foId, k -> new ArrayList<>()).add(Map.of("id", id, "quantity", take));
          }
        }
      }
      if (needed > 0) {
        return null;
      }
    }
    List<Map<String, Object>> result = new ArrayList<>();
    lines.forEach((foId, items) -> result.add(Map.of("fulfillmentOrderId", foId, "fulfillmentOrderLineItems", items)));
    return result;
  }

  private static ConfirmationResult rejected(String code, String message, String attribute) {
    return new ConfirmationResult.Rejected(List.of(new PlatformIssue(code, message, PlatformIssue.Severity.ERROR, List.of(attribute))));
  }

  @Override
  public String toString() {
    return "ShopifyShipments";
  }
}
