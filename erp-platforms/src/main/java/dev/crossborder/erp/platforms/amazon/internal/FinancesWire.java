package dev.crossborder.erp.platforms.amazon.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the Finances API v0 ({@code models/finances-api-model/financesV0.json}) for
 * {@code listFinancialEvents}: the shipment and refund event lists, the ones that carry an order's
 * charges and fees. Names exactly as in the model (PascalCase).
 */
public final class FinancesWire {
  private FinancesWire() {}

  /**
   * {@code ListFinancialEventsResponse}.
   *
   * @param payload the events and the next page's token
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ListFinancialEventsResponse(@JsonProperty("payload") @Nullable Payload payload) {}

  /**
   * {@code ListFinancialEventsPayload}.
   *
   * @param nextToken present when another page follows
   * @param financialEvents the events
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Payload(
      @JsonProperty("NextToken") @Nullable String nextToken,
      @JsonProperty("FinancialEvents") @Nullable FinancialEvents financialEvents) {}

  /**
   * {@code FinancialEvents}, the lists the connector reads.
   *
   * @param shipmentEventList charges and fees of shipped orders
   * @param refundEventList their refunds
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FinancialEvents(
      @JsonProperty("ShipmentEventList") @Nullable List<ShipmentEvent> shipmentEventList,
      @JsonProperty("RefundEventList") @Nullable List<ShipmentEvent> refundEventList) {}

  /**
   * {@code ShipmentEvent}: a shipment or a refund.
   *
   * @param amazonOrderId the order
   * @param postedDate when it was posted, ISO 8601
   * @param shipmentItemList the items of a shipment event
   * @param shipmentItemAdjustmentList the items of a refund event
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ShipmentEvent(
      @JsonProperty("AmazonOrderId") @Nullable String amazonOrderId,
      @JsonProperty("PostedDate") @Nullable String postedDate,
      @JsonProperty("ShipmentItemList") @Nullable List<ShipmentItem> shipmentItemList,
      @JsonProperty("ShipmentItemAdjustmentList") @Nullable List<ShipmentItem> shipmentItemAdjustmentList) {}

  /**
   * {@code ShipmentItem}: one order item's charges, fees and promotions (or their adjustments).
   *
   * @param sellerSku the seller SKU
   * @param orderItemId the order item
   * @param itemChargeList charges (Principal, Tax, ShippingCharge…)
   * @param itemChargeAdjustmentList charge adjustments of a refund
   * @param itemFeeList fees (Commission, FBAPerUnitFulfillmentFee…)
   * @param itemFeeAdjustmentList fee adjustments of a refund
   * @param promotionList promotions
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ShipmentItem(
      @JsonProperty("SellerSKU") @Nullable String sellerSku,
      @JsonProperty("OrderItemId") @Nullable String orderItemId,
      @JsonProperty("ItemChargeList") @Nullable List<ChargeComponent> itemChargeList,
      @JsonProperty("ItemChargeAdjustmentList") @Nullable List<ChargeComponent> itemChargeAdjustmentList,
      @JsonProperty("ItemFeeList") @Nullable List<FeeComponent> itemFeeList,
      @JsonProperty("ItemFeeAdjustmentList") @Nullable List<FeeComponent> itemFeeAdjustmentList,
      @JsonProperty("PromotionList") @Nullable List<Promotion> promotionList) {}

  /**
   * {@code ChargeComponent}.
   *
   * @param chargeType the charge's type
   * @param chargeAmount its amount
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ChargeComponent(
      @JsonProperty("ChargeType") @Nullable String chargeType,
      @JsonProperty("ChargeAmount") @Nullable Currency chargeAmount) {}

  /**
   * {@code FeeComponent}.
   *
   * @param feeType the fee's type
   * @param feeAmount its amount (negative: charged to the seller)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FeeComponent(
      @JsonProperty("FeeType") @Nullable String feeType,
      @JsonProperty("FeeAmount") @Nullable Currency feeAmount) {}

  /**
   * {@code Promotion}.
   *
   * @param promotionType the promotion's type
   * @param promotionAmount its amount
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Promotion(
      @JsonProperty("PromotionType") @Nullable String promotionType,
      @JsonProperty("PromotionAmount") @Nullable Currency promotionAmount) {}

  /**
   * The model's {@code Currency}: an amount (a JSON number) and its code.
   *
   * @param currencyCode the ISO 4217 code
   * @param currencyAmount the amount
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Currency(
      @JsonProperty("CurrencyCode") @Nullable String currencyCode,
      @JsonProperty("CurrencyAmount") @Nullable BigDecimal currencyAmount) {}
}
