package dev.crossborder.erp.platforms.walmart.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crossborder.erp.platforms.http.OAuthTokenSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of the Walmart Marketplace US APIs used by the connector, with the field names of
 * Walmart's OpenAPI models ({@code orders.json}, {@code inventory.json}, {@code auth.json}). Every
 * field is nullable: presence is checked by the mapper, which names the missing field. Enums
 * (line statuses, charge types, ship node types) are plain strings so that new values never fail a
 * read. Dates are epoch milliseconds on the wire and read by {@code WireJson} into instants.
 */
final class WalmartWire {
  private WalmartWire() {}

  /**
   * The token answer of {@code POST /v3/token}. {@link #toString()} never shows the token.
   *
   * @param accessToken the access token, sent as {@code WM_SEC.ACCESS_TOKEN}
   * @param tokenType {@code Bearer}
   * @param expiresIn lifetime in seconds (900 in Walmart's examples)
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Token(
      @JsonProperty("access_token") @Nullable String accessToken,
      @JsonProperty("token_type") @Nullable String tokenType,
      @JsonProperty("expires_in") @Nullable Long expiresIn) implements OAuthTokenSource.Answer {
    @Override
    public String toString() {
      return "Token[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", redacted]";
    }
  }

  /** The body of {@code GET /v3/orders}: {@code {"list": {"meta": …, "elements": {"order": […]}}}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrdersPage(@Nullable OrderList list) {}

  /** The list of a page and its paging data. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrderList(@Nullable Meta meta, @Nullable Elements elements) {}

  /**
   * Paging data.
   *
   * @param totalCount the orders matching the query
   * @param limit the page size
   * @param nextCursor the query string of the next page (starting with {@code ?}), absent on the last
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Meta(@Nullable Long totalCount, @Nullable Long limit, @Nullable String nextCursor) {}

  /** The orders of a page. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Elements(@Nullable List<@Nullable Order> order) {}

  /** The body of {@code GET /v3/orders/{id}} and of the acknowledge and shipping answers. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrderEnvelope(@Nullable Order order) {}

  /**
   * A purchase order. Buyer data ({@code customerEmailId}, the shipping address and phone) is
   * personal; its {@link #toString()} shows the ids only.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Order(
      @Nullable String purchaseOrderId,
      @Nullable String customerOrderId,
      @Nullable String customerEmailId,
      @Nullable Instant orderDate,
      @Nullable ShippingInfo shippingInfo,
      @Nullable OrderLines orderLines,
      @Nullable ShipNode shipNode) {
    @Override
    public String toString() {
      return "Order[purchaseOrderId=" + purchaseOrderId + ", redacted]";
    }
  }

  /** Where an order ships. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ShippingInfo(@Nullable String phone, @Nullable String methodCode, @Nullable PostalAddress postalAddress) {
    @Override
    public String toString() {
      return "ShippingInfo[redacted]";
    }
  }

  /** The ship-to address; {@code country} is ISO 3166 alpha-3 in Walmart's examples ({@code USA}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record PostalAddress(
      @Nullable String name,
      @Nullable String address1,
      @Nullable String address2,
      @Nullable String city,
      @Nullable String state,
      @Nullable String postalCode,
      @Nullable String country) {
    @Override
    public String toString() {
      return "PostalAddress[country=" + country + ", redacted]";
    }
  }

  /** The lines of an order. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrderLines(@Nullable List<@Nullable OrderLine> orderLine) {}

  /** One line: item, charges, quantity and the statuses of its units. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record OrderLine(
      @Nullable String lineNumber,
      @Nullable Item item,
      @Nullable Charges charges,
      @Nullable LineQuantity orderLineQuantity,
      @Nullable Instant statusDate,
      @Nullable LineStatuses orderLineStatuses) {}

  /** The item of a line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Item(@Nullable String productName, @Nullable String sku) {}

  /** The charges of a line. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Charges(@Nullable List<@Nullable Charge> charge) {}

  /** One charge ({@code PRODUCT}, {@code SHIPPING}) with its tax. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Charge(
      @Nullable String chargeType, @Nullable String chargeName, @Nullable Amount chargeAmount, @Nullable Tax tax) {}

  /** An amount of any scale, read from its text. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Amount(@Nullable String currency, @Nullable BigDecimal amount) {}

  /** The tax of a charge. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Tax(@Nullable String taxName, @Nullable Amount taxAmount) {}

  /** A count of units: {@code {"unitOfMeasurement": "EACH", "amount": "1"}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LineQuantity(@Nullable String unitOfMeasurement, @Nullable BigDecimal amount) {}

  /** The statuses of a line's units. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LineStatuses(@Nullable List<@Nullable LineStatus> orderLineStatus) {}

  /** Some units of a line in one status, with their tracking once shipped. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record LineStatus(
      @Nullable String status, @Nullable LineQuantity statusQuantity, @Nullable TrackingInfo trackingInfo) {}

  /** Tracking of shipped units. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record TrackingInfo(
      @Nullable Instant shipDateTime,
      @Nullable CarrierName carrierName,
      @Nullable String methodCode,
      @Nullable String trackingNumber,
      @Nullable String trackingURL) {}

  /** A carrier: one of Walmart's codes, or a free name for another carrier. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CarrierName(@Nullable String otherCarrier, @Nullable String carrier) {}

  /** Who fulfils: {@code SellerFulfilled}, {@code WFSFulfilled}, {@code 3PLFulfilled}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ShipNode(@Nullable String type) {}

  // ---------------------------------------------------------------------------------- requests

  /** The body of {@code POST /v3/orders/{id}/shipping}. */
  record ShipmentRequest(OrderShipment orderShipment) {}

  /** The shipped lines. */
  record OrderShipment(ShipLines orderLines) {}

  /** The shipped lines. */
  record ShipLines(List<ShipLine> orderLine) {}

  /** One shipped line. */
  record ShipLine(String lineNumber, ShipStatuses orderLineStatuses) {}

  /** The shipped units of a line. */
  record ShipStatuses(List<ShipStatus> orderLineStatus) {}

  /** Units shipped with one tracking number. */
  record ShipStatus(String status, Units statusQuantity, Tracking trackingInfo) {}

  /** A count of units, written as text as Walmart's examples do. */
  record Units(String unitOfMeasurement, String amount) {}

  /** Tracking; {@code shipDateTime} in epoch milliseconds (UTC). */
  record Tracking(long shipDateTime, Carrier carrierName, String methodCode, String trackingNumber) {}

  /** A carrier code, or the name of a carrier outside Walmart's list. */
  record Carrier(@Nullable String carrier, @Nullable String otherCarrier) {}

  /**
   * The body of {@code PUT /v3/inventory?sku=…} and its answer.
   *
   * @param sku the seller SKU
   * @param quantity the sellable quantity
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Inventory(@Nullable String sku, @Nullable InventoryQuantity quantity) {}

  /** {@code {"unit": "EACH", "amount": 10}}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record InventoryQuantity(@Nullable String unit, @Nullable Long amount) {}

  // ------------------------------------------------------------------------------------ errors

  /**
   * An error body: {@code {"errors": [{"code", "field", "description", …}]}}; some endpoints name
   * the list {@code error}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record ErrorBody(@Nullable List<@Nullable Error> errors, @Nullable List<@Nullable Error> error) {}

  /** One error. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Error(@Nullable String code, @Nullable String field, @Nullable String description) {}
}
