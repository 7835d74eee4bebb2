package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crossborder.erp.platforms.amazon.internal.ErrorsWire.AmazonMoney;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the Orders API v2026-01-01 ({@code models/orders-api-model/orders_2026-01-01.json})
 * for {@code searchOrders} and {@code getOrder}, and of Orders v0 ({@code ordersV0.json}) for the
 * {@code confirmShipment} request. Only the fields the connector reads; names exactly as in the
 * models. Every field is nullable here: the mappers check what the model requires and name the
 * field when it is missing.
 */
public final class OrdersWire {
  private OrdersWire() {}

  /**
   * {@code SearchOrdersResponse}.
   *
   * @param orders the orders (required by the model)
   * @param pagination present when another page follows
   * @param lastUpdatedBefore the upper bound Amazon applied to a last-updated search
   * @param createdBefore the upper bound Amazon applied to a created search
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SearchOrdersResponse(
      @Nullable List<Order> orders,
      @Nullable Pagination pagination,
      @Nullable Instant lastUpdatedBefore,
      @Nullable Instant createdBefore) {}

  /**
   * {@code Pagination}.
   *
   * @param nextToken the token of the next page, passed back as {@code paginationToken}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Pagination(@Nullable String nextToken) {}

  /**
   * {@code GetOrderResponse}.
   *
   * @param order the order (required by the model)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record GetOrderResponse(@Nullable Order order) {}

  /**
   * {@code Order}. Required by the model: orderId, createdTime, lastUpdatedTime, salesChannel,
   * orderItems.
   *
   * @param orderId the Amazon order id
   * @param createdTime when the buyer placed it
   * @param lastUpdatedTime last change by Amazon or the seller
   * @param salesChannel where it was placed
   * @param buyer buyer data (restricted; only with {@code includedData=BUYER} and an RDT)
   * @param recipient delivery data (restricted; {@code includedData=RECIPIENT})
   * @param proceeds order-level money ({@code includedData=PROCEEDS})
   * @param fulfillment status and channel ({@code includedData=FULFILLMENT})
   * @param orderItems the items, inline in this API version
   * @param packages the shipped packages with their tracking ({@code includedData=PACKAGES})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Order(
      @Nullable String orderId,
      @Nullable Instant createdTime,
      @Nullable Instant lastUpdatedTime,
      @Nullable SalesChannel salesChannel,
      @Nullable Buyer buyer,
      @Nullable Recipient recipient,
      @Nullable OrderProceeds proceeds,
      @Nullable OrderFulfillment fulfillment,
      @Nullable List<OrderItem> orderItems,
      @Nullable List<OrderPackage> packages) {}

  /**
   * {@code OrderPackage}: a package the seller confirmed (or Amazon shipped), read back to tell
   * whether a tracking number is already on the order.
   *
   * @param packageReferenceId the package's id within the order
   * @param carrier the carrier's name or code
   * @param trackingNumber the tracking number
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrderPackage(
      @Nullable String packageReferenceId, @Nullable String carrier, @Nullable String trackingNumber) {}

  /**
   * {@code SalesChannel}.
   *
   * @param channelName {@code AMAZON} or {@code NON_AMAZON}
   * @param marketplaceId the marketplace id
   * @param marketplaceName the marketplace's name
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SalesChannel(
      @Nullable String channelName, @Nullable String marketplaceId, @Nullable String marketplaceName) {}

  /**
   * {@code Buyer}: personal data, never logged.
   *
   * @param buyerName full name
   * @param buyerEmail anonymised relay e-mail
   * @param buyerCompanyName company, for business orders
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Buyer(@Nullable String buyerName, @Nullable String buyerEmail, @Nullable String buyerCompanyName) {
    @Override
    public String toString() {
      return "Buyer[redacted]";
    }
  }

  /**
   * {@code Recipient}.
   *
   * @param deliveryAddress where it is delivered
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Recipient(@Nullable CustomerAddress deliveryAddress) {}

  /**
   * {@code CustomerAddress}: personal data, never logged.
   *
   * @param name recipient name
   * @param companyName company
   * @param addressLine1 first line
   * @param addressLine2 second line
   * @param addressLine3 third line
   * @param city city
   * @param districtOrCounty district
   * @param stateOrRegion state, province or region
   * @param postalCode postal code
   * @param countryCode ISO 3166-1 alpha-2
   * @param phone phone (suppressed for FBA and old FBM orders)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CustomerAddress(
      @Nullable String name,
      @Nullable String companyName,
      @Nullable String addressLine1,
      @Nullable String addressLine2,
      @Nullable String addressLine3,
      @Nullable String city,
      @Nullable String districtOrCounty,
      @Nullable String stateOrRegion,
      @Nullable String postalCode,
      @Nullable String countryCode,
      @Nullable String phone) {
    @Override
    public String toString() {
      return "CustomerAddress[countryCode=" + countryCode + ", redacted]";
    }
  }

  /**
   * {@code OrderProceeds}.
   *
   * @param grandTotal what the seller receives for the order
   * @param breakdowns by category ({@code ITEM}, {@code SHIPPING}, {@code TAX}, {@code DISCOUNT}…)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrderProceeds(@Nullable AmazonMoney grandTotal, @Nullable List<ProceedsBreakdown> breakdowns) {}

  /**
   * {@code OrderFulfillment}.
   *
   * @param fulfillmentStatus {@code FulfillmentStatus}; open set, kept as text
   * @param fulfilledBy {@code AMAZON} or {@code MERCHANT}
   * @param fulfillmentServiceLevel the shipping speed category
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrderFulfillment(
      @Nullable String fulfillmentStatus, @Nullable String fulfilledBy, @Nullable String fulfillmentServiceLevel) {}

  /**
   * {@code OrderItem}. Required by the model: orderItemId, quantityOrdered, product.
   *
   * @param orderItemId the item id, unique in the order
   * @param quantityOrdered units ordered
   * @param product what was ordered
   * @param proceeds the item's money ({@code includedData=PROCEEDS})
   * @param fulfillment shipped and unshipped units
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrderItem(
      @Nullable String orderItemId,
      @Nullable Long quantityOrdered,
      @Nullable ItemProduct product,
      @Nullable ItemProceeds proceeds,
      @Nullable ItemFulfillment fulfillment) {}

  /**
   * {@code ItemProduct}.
   *
   * @param asin the ASIN
   * @param title the title
   * @param sellerSku the seller SKU
   * @param price the unit price
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemProduct(
      @Nullable String asin, @Nullable String title, @Nullable String sellerSku, @Nullable ItemPrice price) {}

  /**
   * {@code ItemPrice}.
   *
   * @param unitPrice the price of one unit
   * @param priceDesignation {@code BUSINESS_PRICE} for Amazon Business prices
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemPrice(@Nullable AmazonMoney unitPrice, @Nullable String priceDesignation) {}

  /**
   * {@code ItemProceeds}.
   *
   * @param proceedsTotal the item's total
   * @param breakdowns by category ({@code ITEM}, {@code SHIPPING}, {@code GIFT_WRAP}, {@code
   *     COD_FEE}, {@code OTHER}, {@code TAX}, {@code DISCOUNT})
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemProceeds(@Nullable AmazonMoney proceedsTotal, @Nullable List<ProceedsBreakdown> breakdowns) {}

  /**
   * {@code OrderProceedsBreakdown} / {@code ItemProceedsBreakdown}.
   *
   * @param type the category; open set, kept as text
   * @param subtotal the amount of the category (for the item: the whole line, all units)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ProceedsBreakdown(@Nullable String type, @Nullable AmazonMoney subtotal) {}

  /**
   * {@code ItemFulfillment}.
   *
   * @param quantityFulfilled units shipped
   * @param quantityUnfulfilled units still to ship
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemFulfillment(@Nullable Long quantityFulfilled, @Nullable Long quantityUnfulfilled) {}

  /**
   * Orders v0 {@code ConfirmShipmentRequest}.
   *
   * @param packageDetail the package
   * @param marketplaceId the order's marketplace
   */
  public record ConfirmShipmentRequest(PackageDetail packageDetail, String marketplaceId) {}

  /**
   * Orders v0 {@code PackageDetail}.
   *
   * @param packageReferenceId seller's positive numeric id of the package within the order
   * @param carrierCode Amazon's carrier code
   * @param carrierName the carrier's name, with carrierCode {@code Other}
   * @param shippingMethod the carrier's service
   * @param trackingNumber tracking number
   * @param shipDate when it was handed to the carrier
   * @param orderItems the items in the package
   */
  public record PackageDetail(
      String packageReferenceId,
      String carrierCode,
      @Nullable String carrierName,
      @Nullable String shippingMethod,
      String trackingNumber,
      Instant shipDate,
      List<ConfirmShipmentOrderItem> orderItems) {}

  /**
   * Orders v0 {@code ConfirmShipmentOrderItem}.
   *
   * @param orderItemId the order item id
   * @param quantity units of it in the package
   */
  public record ConfirmShipmentOrderItem(String orderItemId, long quantity) {}
}
