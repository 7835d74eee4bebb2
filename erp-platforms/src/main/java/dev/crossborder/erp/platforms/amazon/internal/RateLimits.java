package dev.crossborder.erp.platforms.amazon.internal;

import java.util.Map;
import java.util.Optional;

/**
 * Amazon's documented default usage plans (token bucket: sustained requests per second and burst)
 * for the operations the connector calls, to seed the HTTP layer's limiter; {@code
 * x-amzn-RateLimit-Limit} adjusts them at run time.
 *
 * <p>Source: the "Usage Plan" table in each operation's description in {@code
 * amzn/selling-partner-api-models} at commit 34dc93fe (2026-08-05): {@code
 * orders-api-model/orders_2026-01-01.json}, {@code orders-api-model/ordersV0.json}, {@code
 * listings-items-api-model/listingsItems_2021-08-01.json}, {@code
 * fulfillment-inbound-api-model/fulfillmentInbound_2024-03-20.json}; {@code
 * fba-inventory-api-model/fbaInventory.json} (same values at b4bb2132 and later). The LWA token
 * endpoint publishes no usage plan; the value here is a conservative choice of this SDK (tokens
 * live an hour, so one refresh per shop per hour is all it needs). Immutable.
 */
public final class RateLimits {

  /**
   * One operation's plan.
   *
   * @param rate sustained requests per second
   * @param burst bucket size
   */
  public record RateLimit(double rate, int burst) {}

  private static final Map<String, RateLimit> BY_OPERATION =
      Map.ofEntries(
          Map.entry("searchOrders", new RateLimit(0.0056, 20)),
          Map.entry("getOrder", new RateLimit(0.5, 30)),
          Map.entry("confirmShipment", new RateLimit(2, 10)),
          Map.entry("getMessagingActionsForOrder", new RateLimit(1, 5)),
          Map.entry("createMessage", new RateLimit(1, 5)),
          Map.entry("getListingsItem", new RateLimit(5, 10)),
          Map.entry("putListingsItem", new RateLimit(5, 10)),
          Map.entry("patchListingsItem", new RateLimit(5, 5)),
          Map.entry("deleteListingsItem", new RateLimit(5, 5)),
          Map.entry("searchListingsItems", new RateLimit(5, 5)),
          Map.entry("getInventorySummaries", new RateLimit(2, 2)),
          Map.entry("listFinancialEvents", new RateLimit(0.5, 30)),
          Map.entry("createInboundPlan", new RateLimit(2, 2)),
          Map.entry("getInboundOperationStatus", new RateLimit(2, 6)),
          Map.entry("getInboundPlan", new RateLimit(2, 6)),
          Map.entry("listInboundPlans", new RateLimit(2, 6)),
          Map.entry("lwaRefreshToken", new RateLimit(1, 5)));

  private RateLimits() {}

  /** The documented plan of {@code operation} (the model's operationId), if it is one we call. */
  public static Optional<RateLimit> of(String operation) {
    return Optional.ofNullable(BY_OPERATION.get(operation));
  }

  /** All plans by operation id. */
  public static Map<String, RateLimit> all() {
    return BY_OPERATION;
  }
}
