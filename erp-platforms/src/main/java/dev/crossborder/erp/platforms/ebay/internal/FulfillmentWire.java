package dev.crossborder.erp.platforms.ebay.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of eBay's Fulfillment API v1 ({@code sell_fulfillment_v1_oas3.json}): the parts of
 * {@code Order}, {@code LineItem} and {@code ShippingFulfillment} the connector reads, with eBay's
 * field names. Enumerations are plain strings, so a value eBay adds later never fails a read.
 * Unknown fields are ignored. The records holding buyer data never show it in {@code toString()}.
 */
public final class FulfillmentWire {
  private FulfillmentWire() {}

  /**
   * eBay's {@code Amount}: a decimal string of any scale and an ISO 4217 code.
   *
   * @param value the amount
   * @param currency the currency code
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Amount(@Nullable BigDecimal value, @Nullable String currency) {}

  /**
   * {@code OrderSearchPagedCollection}, the answer of {@code getOrders}.
   *
   * @param orders the page's orders
   * @param offset the offset eBay applied
   * @param limit the page size eBay applied
   * @param total how many orders match the filter
   * @param next the URI of the next page, absent on the last
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OrderPage(
      @Nullable List<Order> orders,
      @Nullable Integer offset,
      @Nullable Integer limit,
      @Nullable Integer total,
      @Nullable String next) {}

  /**
   * {@code Order}.
   *
   * @param orderId the order id
   * @param creationDate when the order was created
   * @param lastModifiedDate when it was last modified
   * @param orderFulfillmentStatus {@code NOT_STARTED}, {@code IN_PROGRESS}, {@code FULFILLED}
   * @param orderPaymentStatus {@code PAID}, {@code PENDING}, {@code FAILED}, {@code
   *     PARTIALLY_REFUNDED}, {@code FULLY_REFUNDED}
   * @param cancelStatus the cancellation state
   * @param totalMarketplaceFee eBay's fees for the order
   * @param fulfillmentStartInstructions where to ship (one element today)
   * @param program the programs the order is in (eBay fulfillment)
   * @param lineItems the lines
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Order(
      @Nullable String orderId,
      @Nullable Instant creationDate,
      @Nullable Instant lastModifiedDate,
      @Nullable String orderFulfillmentStatus,
      @Nullable String orderPaymentStatus,
      @Nullable CancelStatus cancelStatus,
      @Nullable Amount totalMarketplaceFee,
      @Nullable List<FulfillmentStartInstruction> fulfillmentStartInstructions,
      @Nullable Program program,
      @Nullable List<LineItem> lineItems) {}

  /**
   * {@code CancelStatus}.
   *
   * @param cancelState {@code NONE_REQUESTED}, {@code IN_PROGRESS}, {@code CANCELED}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CancelStatus(@Nullable String cancelState) {}

  /**
   * {@code FulfillmentStartInstruction}.
   *
   * @param fulfillmentInstructionsType {@code SHIP_TO}, {@code DIGITAL}, …
   * @param shippingStep the shipping step
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentStartInstruction(@Nullable String fulfillmentInstructionsType, @Nullable ShippingStep shippingStep) {}

  /**
   * {@code ShippingStep}.
   *
   * @param shipTo the recipient
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ShippingStep(@Nullable ShipTo shipTo) {}

  /**
   * {@code ExtendedContact}: the recipient. Buyer data: {@link #toString()} shows none of it.
   *
   * @param fullName the recipient's name
   * @param contactAddress the address
   * @param primaryPhone the phone
   * @param email the e-mail (eBay's relay address)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ShipTo(
      @Nullable String fullName, @Nullable Address contactAddress, @Nullable Phone primaryPhone, @Nullable String email) {
    @Override
    public String toString() {
      return "ShipTo[redacted]";
    }
  }

  /**
   * {@code PhoneNumber}.
   *
   * @param phoneNumber the number
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Phone(@Nullable String phoneNumber) {
    @Override
    public String toString() {
      return "Phone[redacted]";
    }
  }

  /**
   * {@code Address}. Buyer data: {@link #toString()} shows the country only.
   *
   * @param addressLine1 first line
   * @param addressLine2 second line
   * @param city the city
   * @param stateOrProvince the state or province
   * @param postalCode the postal code
   * @param countryCode ISO 3166 alpha-2
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Address(
      @Nullable String addressLine1,
      @Nullable String addressLine2,
      @Nullable String city,
      @Nullable String stateOrProvince,
      @Nullable String postalCode,
      @Nullable String countryCode) {
    @Override
    public String toString() {
      return "Address[countryCode=" + countryCode + ", redacted]";
    }
  }

  /**
   * {@code Program}.
   *
   * @param fulfillmentProgram set when eBay (or its partner) fulfils the order
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Program(@Nullable FulfillmentProgram fulfillmentProgram) {}

  /**
   * {@code EbayFulfillmentProgram}.
   *
   * @param fulfilledBy {@code EBAY}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FulfillmentProgram(@Nullable String fulfilledBy) {}

  /**
   * {@code LineItem}.
   *
   * @param lineItemId the line id
   * @param sku the seller SKU
   * @param quantity units
   * @param lineItemCost unit price times quantity, before discounts
   * @param deliveryCost shipping and handling of the line
   * @param appliedPromotions discounts
   * @param taxes taxes the seller collects
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LineItem(
      @Nullable String lineItemId,
      @Nullable String sku,
      @Nullable Long quantity,
      @Nullable Amount lineItemCost,
      @Nullable DeliveryCost deliveryCost,
      @Nullable List<AppliedPromotion> appliedPromotions,
      @Nullable List<Tax> taxes) {}

  /**
   * {@code DeliveryCost}.
   *
   * @param shippingCost shipping
   * @param handlingCost handling
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DeliveryCost(@Nullable Amount shippingCost, @Nullable Amount handlingCost) {}

  /**
   * {@code AppliedPromotion}.
   *
   * @param discountAmount the discount
   * @param promotionId the promotion
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record AppliedPromotion(@Nullable Amount discountAmount, @Nullable String promotionId) {}

  /**
   * {@code Tax}.
   *
   * @param amount the tax
   * @param taxType the kind of tax
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Tax(@Nullable Amount amount, @Nullable String taxType) {}

  /**
   * {@code ShippingFulfillmentPagedCollection}, the answer of {@code getShippingFulfillments}.
   *
   * @param fulfillments the order's shipping fulfillments
   * @param total how many
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Fulfillments(@Nullable List<Fulfillment> fulfillments, @Nullable Integer total) {}

  /**
   * {@code ShippingFulfillment}.
   *
   * @param fulfillmentId the fulfillment id
   * @param shipmentTrackingNumber the tracking number
   * @param shippingCarrierCode the carrier
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Fulfillment(
      @Nullable String fulfillmentId, @Nullable String shipmentTrackingNumber, @Nullable String shippingCarrierCode) {}

  /**
   * {@code ShippingFulfillmentDetails}, the body of {@code createShippingFulfillment}.
   *
   * @param lineItems the shipped lines
   * @param shippedDate when it was shipped
   * @param shippingCarrierCode eBay's carrier code
   * @param trackingNumber the tracking number
   */
  public record FulfillmentRequest(
      List<LineItemReference> lineItems, Instant shippedDate, String shippingCarrierCode, String trackingNumber) {}

  /**
   * {@code LineItemReference}.
   *
   * @param lineItemId the line
   * @param quantity units shipped
   */
  public record LineItemReference(String lineItemId, long quantity) {}
}
