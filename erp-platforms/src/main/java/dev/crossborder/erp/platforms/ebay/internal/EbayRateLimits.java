package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.platforms.http.RateLimit;
import java.util.Map;
import java.util.Optional;

/**
 * eBay's documented default call limits for the operations the connector calls, as seeds of the
 * HTTP layer's token buckets. eBay publishes daily quotas per application and API, not per-second
 * rates: Fulfillment API 100,000 calls a day, Inventory API 2,000,000 a day, the OAuth refresh
 * grant 50,000 a day (eBay's "API Call Limits" and "OAuth rate limits" pages). Each quota is spread
 * evenly over the day, with a burst for paging; the buckets are per (shop, operation), so a host
 * with many shops on one application should lower them ({@code EbayConnector.Builder#rateLimit}).
 * The Post-Order API's quota is not in the table the connector was built from: it is assumed to be
 * the Fulfillment API's 100,000 calls a day, with a burst of 10. Immutable.
 */
public final class EbayRateLimits {
  /** The operation name of the token refresh. */
  public static final String TOKEN = "oauthRefreshToken";

  private static final double DAY = 86_400;
  private static final RateLimit FULFILLMENT = RateLimit.of(100_000 / DAY, 20);
  private static final RateLimit INVENTORY = RateLimit.of(2_000_000 / DAY, 50);
  private static final RateLimit POST_ORDER = RateLimit.of(100_000 / DAY, 10);

  private static final Map<String, RateLimit> BY_OPERATION = Map.ofEntries(
      Map.entry("getOrders", FULFILLMENT),
      Map.entry("getShippingFulfillments", FULFILLMENT),
      Map.entry("createShippingFulfillment", FULFILLMENT),
      Map.entry("createOrReplaceInventoryItem", INVENTORY),
      Map.entry("getInventoryItem", INVENTORY),
      Map.entry("getInventoryItems", INVENTORY),
      Map.entry("deleteInventoryItem", INVENTORY),
      Map.entry("getOffers", INVENTORY),
      Map.entry("createOffer", INVENTORY),
      Map.entry("updateOffer", INVENTORY),
      Map.entry("publishOffer", INVENTORY),
      Map.entry("bulkUpdatePriceQuantity", INVENTORY),
      Map.entry("searchReturns", POST_ORDER),
      Map.entry("searchCancellations", POST_ORDER),
      Map.entry("decideReturn", POST_ORDER),
      Map.entry("approveCancellation", POST_ORDER),
      Map.entry("rejectCancellation", POST_ORDER),
      Map.entry(TOKEN, RateLimit.of(50_000 / DAY, 5)));

  private EbayRateLimits() {}

  /** The default limit of {@code operation}, if it is one the connector calls. */
  public static Optional<RateLimit> of(String operation) {
    return Optional.ofNullable(BY_OPERATION.get(operation));
  }

  /** Every default limit by operation. */
  public static Map<String, RateLimit> all() {
    return BY_OPERATION;
  }
}
