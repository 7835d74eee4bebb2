package dev.crossborder.erp.platforms.shopify.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.MoneyBag;
import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.PageInfo;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the {@code Orders} and {@code OrderFulfillments} queries ({@link Operation}),
 * named as the Admin GraphQL schema names the fields. Only what the documents select; every field
 * nullable, checked by {@link OrderMapper} and {@link ShopifyShipments}.
 */
public final class OrdersWire {
  private OrdersWire() {}

  /**
   * {@code data} of {@code Orders}.
   *
   * @param orders the connection
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrdersData(@Nullable Connection<Order> orders) {}

  /**
   * A connection read by its {@code nodes}.
   *
   * @param pageInfo the page's info
   * @param nodes the items
   * @param <T> the item type
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Connection<T>(@Nullable PageInfo pageInfo, @Nullable List<T> nodes) {}

  /**
   * {@code Order}.
   *
   * @param id the global id
   * @param createdAt when it was placed
   * @param updatedAt its last change
   * @param cancelledAt when it was cancelled, if it was
   * @param currencyCode the shop currency of its amounts
   * @param displayFinancialStatus {@code PENDING}, {@code AUTHORIZED}, {@code PAID}, …
   * @param displayFulfillmentStatus {@code UNFULFILLED}, {@code FULFILLED}, …
   * @param shippingAddress where it ships (country and province only are selected)
   * @param billingAddress the billing address, the destination of an order that ships nowhere
   * @param totalShippingPriceSet the order's shipping charge
   * @param lineItems its lines
   * @param fulfillmentOrders who fulfils it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Order(
      @Nullable String id,
      @Nullable Instant createdAt,
      @Nullable Instant updatedAt,
      @Nullable Instant cancelledAt,
      @Nullable String currencyCode,
      @Nullable String displayFinancialStatus,
      @Nullable String displayFulfillmentStatus,
      @Nullable Address shippingAddress,
      @Nullable Address billingAddress,
      @Nullable MoneyBag totalShippingPriceSet,
      @Nullable Connection<LineItem> lineItems,
      @Nullable Connection<FulfillmentOrder> fulfillmentOrders) {}

  /**
   * {@code MailingAddress}, country and province only.
   *
   * @param countryCodeV2 ISO 3166 alpha-2
   * @param provinceCode the province or state code
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Address(@Nullable String countryCodeV2, @Nullable String provinceCode) {}

  /**
   * {@code LineItem}.
   *
   * @param id the global id
   * @param sku the variant's SKU
   * @param quantity units ordered
   * @param originalUnitPriceSet the unit price before discounts
   * @param taxLines its taxes
   * @param discountAllocations the discounts allocated to it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LineItem(
      @Nullable String id,
      @Nullable String sku,
      @Nullable Long quantity,
      @Nullable MoneyBag originalUnitPriceSet,
      @Nullable List<TaxLine> taxLines,
      @Nullable List<DiscountAllocation> discountAllocations) {}

  /**
   * {@code TaxLine}.
   *
   * @param priceSet the tax amount
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TaxLine(@Nullable MoneyBag priceSet) {}

  /**
   * {@code DiscountAllocation}.
   *
   * @param allocatedAmountSet the discount amount
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DiscountAllocation(@Nullable MoneyBag allocatedAmountSet) {}

  /**
   * {@code FulfillmentOrder}, as the two queries select it.
   *
   * @param id the global id
   * @param status {@code OPEN}, {@code IN_PROGRESS}, {@code CLOSED}, …
   * @param assignedLocation where it is fulfilled from
   * @param lineItems its lines
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentOrder(
      @Nullable String id,
      @Nullable String status,
      @Nullable AssignedLocation assignedLocation,
      @Nullable Connection<FulfillmentOrderLineItem> lineItems) {}

  /**
   * {@code FulfillmentOrderAssignedLocation}.
   *
   * @param location the location
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AssignedLocation(@Nullable Location location) {}

  /**
   * {@code Location}.
   *
   * @param fulfillmentService the fulfilment service behind it, if any
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Location(@Nullable FulfillmentService fulfillmentService) {}

  /**
   * {@code FulfillmentService}.
   *
   * @param type {@code MANUAL}, {@code GIFT_CARD} or {@code THIRD_PARTY}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentService(@Nullable String type) {}

  /**
   * {@code FulfillmentOrderLineItem}.
   *
   * @param id the global id
   * @param remainingQuantity units still to fulfil
   * @param lineItem the order line
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentOrderLineItem(@Nullable String id, @Nullable Long remainingQuantity, @Nullable Ref lineItem) {}

  /**
   * An object read by its id only.
   *
   * @param id the global id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Ref(@Nullable String id) {}

  /**
   * {@code data} of {@code OrderLines}.
   *
   * @param order the order, {@code null} when the shop has none of that id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrderLinesData(@Nullable LinesOfOrder order) {}

  /**
   * {@code Order} as {@code OrderLines} selects it.
   *
   * @param lineItems a page of its lines
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LinesOfOrder(@Nullable Connection<LineItem> lineItems) {}

  /**
   * {@code data} of {@code OrderFulfillments}.
   *
   * @param order the order, {@code null} when the shop has none of that id
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrderFulfillmentsData(@Nullable FulfilledOrder order) {}

  /**
   * {@code Order} as {@code OrderFulfillments} selects it.
   *
   * @param id the global id
   * @param fulfillments its fulfilments
   * @param fulfillmentOrders its fulfilment orders
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfilledOrder(
      @Nullable String id, @Nullable List<Fulfillment> fulfillments, @Nullable Connection<FulfillmentOrder> fulfillmentOrders) {}

  /**
   * {@code Fulfillment}.
   *
   * @param trackingInfo its tracking
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Fulfillment(@Nullable List<TrackingInfo> trackingInfo) {}

  /**
   * {@code FulfillmentTrackingInfo}.
   *
   * @param number the tracking number
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TrackingInfo(@Nullable String number) {}
}
