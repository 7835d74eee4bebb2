package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platforms.http.RateLimit;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The GraphQL operations the connector sends to the Admin API at {@link #API_VERSION}: each with
 * its operation name (sent as {@code operationName}, which is also the {@code CallContext}
 * operation the HTTP layer logs and rate-limits by), its document, whether sending it twice has the
 * effect of sending it once, and the request rate its bucket is seeded with.
 *
 * <p>Shopify limits by calculated query cost per app and store, a leaky bucket that the documented
 * plans restore at 100 points a second (Standard), 200 (Advanced), 1,000 (Plus); responses report
 * the live figures in {@code extensions.cost.throttleStatus}, and older stores still show a bucket
 * of 1,000 points restored at 50 a second. A query may request at most 1,000 points: the page sizes
 * keep each document below that ({@code Orders}: 4 orders of at most 20 lines and 3 fulfilment
 * orders, about 820 points requested; {@code ProductVariants}: 40 variants of 5 inventory levels,
 * about 840; {@code OrderFulfillments}: 20 fulfilments of 5 tracking numbers and 5 fulfilment
 * orders of 50 lines, about 640).
 * The request rates here keep the typical actual cost of each operation under 50 points a second;
 * {@link GraphQl} waits when an answer reports the bucket short of the last query's cost, and a
 * {@code THROTTLED} answer is waited out as {@link ThrottleInterceptor} computes.
 */
public enum Operation {
  /** Orders updated in a window, oldest update first, with their lines and fulfilment orders. */
  ORDERS("Orders", true, RateLimit.of(0.5, 2), """
      query Orders($first: Int!, $after: String, $query: String!) {
        orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
          pageInfo { hasNextPage endCursor }
          nodes {
            id createdAt updatedAt cancelledAt currencyCode displayFinancialStatus displayFulfillmentStatus
            shippingAddress { countryCodeV2 provinceCode }
            billingAddress { countryCodeV2 provinceCode }
            totalShippingPriceSet { shopMoney { amount currencyCode } }
            lineItems(first: 20) {
              pageInfo { hasNextPage endCursor }
              nodes { ...LineItemFields }
            }
            fulfillmentOrders(first: 3) {
              nodes { assignedLocation { location { fulfillmentService { type } } } }
            }
          }
        }
      }""" + Fragments.LINE_ITEM),

  /** The lines of an order after the first page the {@code Orders} query held. */
  ORDER_LINES("OrderLines", true, RateLimit.of(1, 4), """
      query OrderLines($id: ID!, $after: String) {
        order(id: $id) {
          lineItems(first: 50, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { ...LineItemFields }
          }
        }
      }""" + Fragments.LINE_ITEM),

  /** An order's fulfilment orders and the tracking numbers of its fulfilments. */
  ORDER_FULFILLMENTS("OrderFulfillments", true, RateLimit.of(2, 4), """
      query OrderFulfillments($id: ID!) {
        order(id: $id) {
          id
          fulfillments(first: 20) { trackingInfo(first: 5) { number } }
          fulfillmentOrders(first: 5) {
            nodes {
              id status
              lineItems(first: 50) { nodes { id remainingQuantity lineItem { id } } }
            }
          }
        }
      }"""),

  /** Product variants (by a search query, or all), with product, price and inventory levels. */
  VARIANTS("ProductVariants", true, RateLimit.of(1, 4), """
      query ProductVariants($first: Int!, $after: String, $query: String) {
        productVariants(first: $first, after: $after, query: $query) {
          pageInfo { hasNextPage endCursor }
          nodes {
            id sku price inventoryQuantity
            product { id title status variantsCount { count } }
            inventoryItem {
              id
              inventoryLevels(first: 5) {
                nodes { location { id } quantities(names: ["available"]) { name quantity } }
              }
            }
          }
        }
      }"""),

  /** Creates or replaces a product of one variant (synchronously). */
  PRODUCT_SET("ProductSet", false, RateLimit.of(2, 4), """
      mutation ProductSet($identifier: ProductSetIdentifiers, $input: ProductSetInput!) {
        productSet(identifier: $identifier, input: $input, synchronous: true) {
          product {
            id
            variants(first: 1) {
              nodes {
                id sku
                inventoryItem {
                  id
                  inventoryLevels(first: 5) {
                    nodes { location { id } quantities(names: ["available"]) { name quantity } }
                  }
                }
              }
            }
          }
          userErrors { field message code }
        }
      }"""),

  /** Deletes a product. */
  PRODUCT_DELETE("ProductDelete", true, RateLimit.of(2, 4), """
      mutation ProductDelete($input: ProductDeleteInput!) {
        productDelete(input: $input) { deletedProductId userErrors { field message } }
      }"""),

  /** Deletes variants of a product that keeps others. */
  VARIANTS_DELETE("ProductVariantsBulkDelete", true, RateLimit.of(2, 4), """
      mutation ProductVariantsBulkDelete($productId: ID!, $variantsIds: [ID!]!) {
        productVariantsBulkDelete(productId: $productId, variantsIds: $variantsIds) {
          userErrors { field message code }
        }
      }"""),

  /**
   * Sets the available quantity with compare-and-set: repeating it after it arrived fails the
   * compare and changes nothing, so it counts as idempotent.
   */
  INVENTORY_SET("InventorySetQuantities", true, RateLimit.of(2, 4), """
      mutation InventorySetQuantities($input: InventorySetQuantitiesInput!) {
        inventorySetQuantities(input: $input) {
          inventoryAdjustmentGroup { reason changes { name delta } }
          userErrors { field message code }
        }
      }"""),

  /** Creates a fulfilment with tracking; each call adds one, so it is never re-sent blindly. */
  FULFILLMENT_CREATE("FulfillmentCreate", false, RateLimit.of(2, 4), """
      mutation FulfillmentCreate($fulfillment: FulfillmentInput!) {
        fulfillmentCreate(fulfillment: $fulfillment) {
          fulfillment { id status }
          userErrors { field message }
        }
      }""");

  /** GraphQL fragments the documents share. */
  private static final class Fragments {
    /** The fields of an order line the mapper reads. */
    static final String LINE_ITEM = """

        fragment LineItemFields on LineItem {
          id sku quantity
          originalUnitPriceSet { shopMoney { amount currencyCode } }
          taxLines { priceSet { shopMoney { amount currencyCode } } }
          discountAllocations { allocatedAmountSet { shopMoney { amount currencyCode } } }
        }""";

    private Fragments() {}
  }

  /** The pinned Admin API version; every request goes to {@code /admin/api/<version>/graphql.json}. */
  public static final String API_VERSION = "2025-07";

  private static final Map<String, RateLimit> RATE_LIMITS = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Operation::operationName, Operation::rateLimit));

  private final String operationName;
  private final boolean idempotent;
  private final RateLimit rateLimit;
  private final String document;

  Operation(String operationName, boolean idempotent, RateLimit rateLimit, String document) {
    this.operationName = operationName;
    this.idempotent = idempotent;
    this.rateLimit = rateLimit;
    this.document = document;
  }

  /** The GraphQL operation name, also the HTTP layer's operation. */
  public String operationName() {
    return operationName;
  }

  /** Whether sending it twice has the effect of sending it once. */
  public boolean idempotent() {
    return idempotent;
  }

  /** The request rate its (shop, operation) bucket starts with. */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  /** The GraphQL document. */
  public String document() {
    return document;
  }

  /** Every operation's starting rate limit, by operation name. */
  public static Map<String, RateLimit> rateLimits() {
    return RATE_LIMITS;
  }

  /** Whether {@code operationName} is the name of one of these operations. */
  public static boolean isKnown(String operationName) {
    return RATE_LIMITS.containsKey(operationName);
  }
}
