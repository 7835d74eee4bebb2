package dev.crossborder.erp.platforms.ebay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platforms.support.WireMockScenario;
import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PlatformConnectorContract.Scenario} for the eBay connector: a WireMock server that plays
 * eBay. What the kit hands over goes into an in-memory platform state, and one catch-all stub with
 * a {@link ResponseDefinitionTransformerV2} answers every Sell API request from it in eBay's wire
 * format (field names of {@code sell_fulfillment_v1_oas3.json} and {@code
 * sell_inventory_v1_oas3.json}, amounts as decimal strings of the scale they come in):
 *
 * <ul>
 *   <li>Fulfillment {@code getOrders} with the {@code lastmodifieddate:[from..to]} filter (both
 *       bounds inclusive, as eBay's), offset paging of at most {@value #PAGE} orders whatever
 *       {@code limit} asks, {@code total} and {@code next}; {@code getShippingFulfillments} and
 *       {@code createShippingFulfillment} (201 for an announced confirmation, which then adds a
 *       package every time it is sent, like eBay; 400 otherwise).
 *   <li>Inventory items (put, get, page, delete), offers (get by SKU, create, update, publish: a
 *       400 with the kit's issue for a rejected SKU) and {@code bulk_update_price_quantity}.
 * </ul>
 *
 * <p>Every Sell API request must carry the access token; the token endpoint is a plain stub. A
 * request the scenario does not serve is answered with a 400 {@code errors} body, so a wrong path
 * or parameter shows as a failing kit test.
 */
final class EbayCapabilityContractScenario extends WireMockScenario {
  static final int PAGE = 10;
  private static final Pattern FILTER = Pattern.compile("lastmodifieddate:\\[([^.\\]]+(?:\\.\\d+)?Z)\\.\\.([^\\]]+)]");

  private final InMemoryCredentials credentials;
  private final EbayPlatform platform = new EbayPlatform();

  EbayCapabilityContractScenario() {
    super(EbayTestSupport.usShop());
    credentials = new InMemoryCredentials().put(shop.id(), EbayTestSupport.credentials());
    server.stubFor(post(urlPathEqualTo(EbayTestSupport.TOKEN_PATH)).atPriority(1)
        .willReturn(EbayTestSupport.token(EbayTestSupport.ACCESS_TOKEN, 7200)));
  }

  @Override
  protected ResponseDefinition answer(ServeEvent event) {
    return platform.transform(event);
  }

  @Override
  protected EbayConnector newConnector() {
    return onServer(EbayConnector.builder(), credentials)
        .identityEndpoint(server.baseUrl() + "/")
        .build();
  }

  @Override
  public synchronized void givenOrders(List<PlatformOrder> orders) {
    orders.forEach(o -> platform.orders.put(o.platformOrderId(), o));
  }

  @Override
  public synchronized void givenOrderUpdated(PlatformOrder updated) {
    if (!platform.orders.containsKey(updated.platformOrderId())) {
      throw new IllegalStateException("the platform holds no order " + updated.platformOrderId());
    }
    platform.orders.put(updated.platformOrderId(), updated);
  }

  @Override
  public synchronized void givenListingRejected(String sellerSku, PlatformIssue issue) {
    platform.rejected.put(sellerSku, issue);
  }

  @Override
  public synchronized void givenShipmentAccepted(ShipmentConfirmation confirmation) {
    platform.acceptedShipments.put(confirmation.platformOrderId(), confirmation);
  }

  @Override
  public void givenPlatformStock(List<PlatformStock> stock) {
    throw new UnsupportedOperationException("eBay holds no platform stock");
  }

  /** An inventory item and its offer on the platform. */
  private static final class HeldListing {
    final String sku;
    long quantity;
    @Nullable String title;
    @Nullable String offerId;
    @Nullable JsonNode price;
    boolean published;

    HeldListing(String sku) {
      this.sku = sku;
    }
  }

  /** An answer: status and body (JSON text, or {@code null} for none). */
  private record Answer(int status, @Nullable String body) {
    static Answer ok(JsonNode body) {
      return new Answer(200, write(body));
    }

    static Answer error(int status, String errorId, String message, List<String> parameters) {
      ObjectNode body = JSON.createObjectNode();
      ObjectNode error = body.putArray("errors").addObject();
      error.put("errorId", errorId);
      error.put("domain", "API_TEST");
      error.put("category", "REQUEST");
      error.put("message", message);
      ArrayNode params = error.putArray("parameters");
      parameters.forEach(p -> params.addObject().put("name", p).put("value", p));
      return new Answer(status, write(body));
    }
  }

  /** The platform's state and the transformer that answers from it. Guarded by the scenario. */
  private final class EbayPlatform {
    final Map<String, PlatformOrder> orders = new LinkedHashMap<>();
    final Map<String, ShipmentConfirmation> acceptedShipments = new LinkedHashMap<>();
    final Map<String, List<String>> packages = new LinkedHashMap<>();
    final Map<String, PlatformIssue> rejected = new LinkedHashMap<>();
    final TreeMap<String, HeldListing> listings = new TreeMap<>();
    long offers = 9_015_430_000L;

    ResponseDefinition transform(ServeEvent event) {
      Answer answer;
      synchronized (EbayCapabilityContractScenario.this) {
        try {
          answer = answer(event.getRequest());
        } catch (RuntimeException e) {
          answer = Answer.error(400, "2004", "the scenario could not read the request: " + e, List.of());
        }
      }
      var response = aResponse().withStatus(answer.status());
      if (answer.body() != null) {
        response.withHeader("Content-Type", "application/json").withBody(answer.body());
      }
      return response.build();
    }

    private Answer answer(Request request) {
      if (!("Bearer " + EbayTestSupport.ACCESS_TOKEN).equals(request.getHeader("Authorization"))) {
        return Answer.error(401, "1001", "Invalid access token", List.of());
      }
      String method = request.getMethod().getName();
      List<String> path = segments(request.getUrl());
      if (path.size() < 4 || !path.get(0).equals("sell") || !path.get(2).equals("v1")) {
        return unknown(request);
      }
      List<String> rest = path.subList(3, path.size());
      if (path.get(1).equals("fulfillment")) {
        if (rest.equals(List.of("order")) && method.equals("GET")) {
          return getOrders(request);
        }
        if (rest.size() == 3 && rest.get(0).equals("order") && rest.get(2).equals("shipping_fulfillment")) {
          return method.equals("GET") ? fulfillments(rest.get(1)) : createFulfillment(rest.get(1), body(request));
        }
      }
      if (path.get(1).equals("inventory")) {
        if (rest.get(0).equals("inventory_item")) {
          if (rest.size() == 1 && method.equals("GET")) {
            return itemPage(request);
          }
          if (rest.size() == 2) {
            return switch (method) {
              case "PUT" -> putItem(rest.get(1), request);
              case "GET" -> getItem(rest.get(1));
              case "DELETE" -> listings.remove(rest.get(1)) == null ? notFound(rest.get(1)) : new Answer(204, null);
              default -> unknown(request);
            };
          }
        }
        if (rest.get(0).equals("offer")) {
          if (rest.size() == 1 && method.equals("GET")) {
            return getOffers(query(request, "sku"), query(request, "marketplace_id"));
          }
          if (rest.size() == 1 && method.equals("POST")) {
            return createOffer(body(request));
          }
          if (rest.size() == 2 && method.equals("PUT")) {
            return updateOffer(rest.get(1), body(request));
          }
          if (rest.size() == 3 && rest.get(2).equals("publish") && method.equals("POST")) {
            return publish(rest.get(1));
          }
        }
        if (rest.equals(List.of("bulk_update_price_quantity")) && method.equals("POST")) {
          return bulkUpdate(body(request));
        }
      }
      return unknown(request);
    }

    private Answer unknown(Request request) {
      return Answer.error(400, "2004", "the scenario does not serve " + request.getMethod() + " " + request.getUrl(), List.of());
    }

    // ---------------------------------------------------------------------------------- orders

    private Answer getOrders(Request request) {
      String filter = query(request, "filter");
      Matcher m = FILTER.matcher(filter == null ? "" : filter);
      if (!m.matches()) {
        return Answer.error(400, "30700", "The filter is invalid.", List.of("filter"));
      }
      Instant from = Instant.parse(m.group(1));
      Instant to = Instant.parse(m.group(2));
      int offset = Integer.parseInt(query(request, "offset"));
      int limit = Math.min(PAGE, Integer.parseInt(query(request, "limit")));
      List<PlatformOrder> matching = orders.values().stream()
          .filter(o -> !o.updatedAt().isBefore(from) && !o.updatedAt().isAfter(to))
          .sorted(Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId))
          .toList();
      ObjectNode body = JSON.createObjectNode();
      body.put("total", matching.size());
      body.put("offset", offset);
      body.put("limit", limit);
      ArrayNode list = body.putArray("orders");
      int end = Math.min(matching.size(), offset + limit);
      for (int i = Math.min(offset, end); i < end; i++) {
        list.add(order(matching.get(i)));
      }
      if (end < matching.size()) {
        body.put("next", "/sell/fulfillment/v1/order?offset=" + end + "&limit=" + limit);
      }
      return Answer.ok(body);
    }

    private ObjectNode order(PlatformOrder o) {
      ObjectNode n = JSON.createObjectNode();
      n.put("orderId", o.platformOrderId());
      n.put("creationDate", o.purchasedAt().toString());
      n.put("lastModifiedDate", o.updatedAt().toString());
      String payment = "PAID";
      String fulfillment = "NOT_STARTED";
      String cancel = "NONE_REQUESTED";
      switch (o.status()) {
        case PENDING -> payment = "PENDING";
        case PARTIALLY_SHIPPED -> fulfillment = "IN_PROGRESS";
        case SHIPPED -> fulfillment = "FULFILLED";
        case CANCELLED -> cancel = "CANCELED";
        case OTHER -> fulfillment = "SOME_FUTURE_STATE";
        default -> { }
      }
      n.put("orderPaymentStatus", payment);
      n.put("orderFulfillmentStatus", fulfillment);
      n.putObject("cancelStatus").put("cancelState", cancel).putArray("cancelRequests");
      if (o.channel() == FulfillmentChannel.PLATFORM) {
        n.putObject("program").putObject("fulfillmentProgram").put("fulfilledBy", "EBAY");
      }
      n.set("totalMarketplaceFee", amount(o.platformFees()));
      ObjectNode address = n.putArray("fulfillmentStartInstructions").addObject()
          .put("fulfillmentInstructionsType", "SHIP_TO")
          .putObject("shippingStep").putObject("shipTo").put("fullName", "Test Buyer").putObject("contactAddress");
      address.put("countryCode", o.destination().country());
      if (o.destination().region() != null) {
        address.put("stateOrProvince", o.destination().region());
      }
      ArrayNode items = n.putArray("lineItems");
      for (OrderLine line : o.lines()) {
        ObjectNode item = items.addObject();
        item.put("lineItemId", line.lineId());
        item.put("sku", line.sku().value());
        item.put("quantity", line.quantity().value());
        item.set("lineItemCost", amount(line.unitPrice().times(line.quantity().value())));
        item.putObject("deliveryCost").set("shippingCost", amount(line.shipping()));
        item.putArray("appliedPromotions").addObject().set("discountAmount", amount(line.discount()));
        item.putArray("taxes").addObject().put("taxType", "STATE_SALES_TAX").set("amount", amount(line.tax()));
        item.put("lineItemFulfillmentStatus", fulfillment);
      }
      return n;
    }

    private Answer fulfillments(String orderId) {
      if (!orders.containsKey(orderId)) {
        return Answer.error(404, "32100", "Invalid order ID: " + orderId, List.of("orderId"));
      }
      ObjectNode body = JSON.createObjectNode();
      ArrayNode list = body.putArray("fulfillments");
      List<String> held = packages.getOrDefault(orderId, List.of());
      held.forEach(t -> list.addObject().put("fulfillmentId", t).put("shipmentTrackingNumber", t).put("shippingCarrierCode", "UPS"));
      body.put("total", held.size());
      return Answer.ok(body);
    }

    private Answer createFulfillment(String orderId, JsonNode body) {
      ShipmentConfirmation accepted = acceptedShipments.get(orderId);
      String tracking = body.path("trackingNumber").asText();
      if (accepted == null || !accepted.trackingNumber().equals(tracking)
          || !accepted.carrierCode().equals(body.path("shippingCarrierCode").asText())
          || !body.path("lineItems").path(0).path("lineItemId").asText().equals(accepted.items().get(0).lineId())) {
        return Answer.error(400, "32500", "Invalid shipping fulfillment details.", List.of("trackingNumber"));
      }
      packages.computeIfAbsent(orderId, k -> new ArrayList<>()).add(tracking); // eBay adds a package per call
      return new Answer(201, "{}");
    }

    // ---------------------------------------------------------------------------------- inventory

    private Answer putItem(String sku, Request request) {
      if (!"en-US".equals(request.getHeader("Content-Language"))) {
        return Answer.error(400, "25709", "Invalid value for header Content-Language.", List.of("Content-Language"));
      }
      JsonNode item = body(request);
      HeldListing held = listings.computeIfAbsent(sku, HeldListing::new);
      held.quantity = item.path("availability").path("shipToLocationAvailability").path("quantity").asLong();
      held.title = item.path("product").path("title").asText(null);
      return new Answer(204, null);
    }

    private Answer getItem(String sku) {
      HeldListing held = listings.get(sku);
      return held == null ? notFound(sku) : Answer.ok(item(held));
    }

    private ObjectNode item(HeldListing held) {
      ObjectNode n = JSON.createObjectNode();
      n.put("sku", held.sku);
      n.putObject("availability").putObject("shipToLocationAvailability").put("quantity", held.quantity);
      if (held.title != null) {
        n.putObject("product").put("title", held.title);
      }
      return n;
    }

    private Answer itemPage(Request request) {
      int offset = Integer.parseInt(query(request, "offset"));
      int limit = Math.min(PAGE, Integer.parseInt(query(request, "limit")));
      List<HeldListing> all = new ArrayList<>(listings.values());
      ObjectNode body = JSON.createObjectNode();
      body.put("total", all.size());
      ArrayNode list = body.putArray("inventoryItems");
      int end = Math.min(all.size(), offset + limit);
      for (int i = Math.min(offset, end); i < end; i++) {
        list.add(item(all.get(i)));
      }
      body.put("size", list.size());
      if (end < all.size()) {
        body.put("next", "/sell/inventory/v1/inventory_item?offset=" + end + "&limit=" + limit);
      }
      return Answer.ok(body);
    }

    private Answer getOffers(@Nullable String sku, @Nullable String marketplace) {
      HeldListing held = sku == null ? null : listings.get(sku);
      if (!"EBAY_US".equals(marketplace) || held == null || held.offerId == null) {
        return Answer.error(404, "25713", "This Offer is not available.", List.of());
      }
      ObjectNode body = JSON.createObjectNode();
      body.putArray("offers").add(offer(held));
      return Answer.ok(body);
    }

    private ObjectNode offer(HeldListing held) {
      ObjectNode n = JSON.createObjectNode();
      n.put("offerId", held.offerId);
      n.put("sku", held.sku);
      n.put("marketplaceId", "EBAY_US");
      n.put("format", "FIXED_PRICE");
      n.put("status", held.published ? "PUBLISHED" : "UNPUBLISHED");
      if (held.price != null) {
        n.putObject("pricingSummary").set("price", held.price);
      }
      if (held.published) {
        n.putObject("listing").put("listingId", "11" + held.offerId).put("listingStatus", "ACTIVE");
      }
      return n;
    }

    private Answer createOffer(JsonNode body) {
      HeldListing held = listings.get(body.path("sku").asText());
      if (held == null) {
        return notFound(body.path("sku").asText());
      }
      if (held.offerId != null) {
        return Answer.error(400, "25002", "Offer entity already exists.", List.of("offerId"));
      }
      if (!body.path("marketplaceId").asText().equals("EBAY_US") || !body.path("format").asText().equals("FIXED_PRICE")) {
        return Answer.error(400, "25709", "Invalid marketplaceId or format.", List.of("marketplaceId"));
      }
      held.offerId = String.valueOf(++offers);
      held.price = body.path("pricingSummary").path("price").isMissingNode() ? null : body.path("pricingSummary").path("price");
      return new Answer(201, write(JSON.createObjectNode().put("offerId", held.offerId)));
    }

    private Answer updateOffer(String offerId, JsonNode body) {
      for (HeldListing held : listings.values()) {
        if (offerId.equals(held.offerId)) {
          held.price = body.path("pricingSummary").path("price").isMissingNode() ? null : body.path("pricingSummary").path("price");
          return new Answer(204, null);
        }
      }
      return Answer.error(404, "25713", "This Offer is not available.", List.of());
    }

    private Answer publish(String offerId) {
      for (HeldListing held : listings.values()) {
        if (offerId.equals(held.offerId)) {
          PlatformIssue issue = rejected.get(held.sku);
          if (issue != null) {
            return Answer.error(400, issue.code(), issue.message(), issue.attributes());
          }
          held.published = true;
          ObjectNode answer = JSON.createObjectNode().put("listingId", "11" + held.offerId);
          answer.putArray("warnings");
          return Answer.ok(answer);
        }
      }
      return Answer.error(404, "25713", "This Offer is not available.", List.of());
    }

    private Answer bulkUpdate(JsonNode body) {
      ObjectNode answer = JSON.createObjectNode();
      ArrayNode responses = answer.putArray("responses");
      for (JsonNode request : body.path("requests")) {
        String sku = request.path("sku").asText();
        HeldListing held = listings.get(sku);
        ObjectNode response = responses.addObject().put("sku", sku);
        if (held == null) {
          response.put("statusCode", 404);
          response.putArray("errors").addObject().put("errorId", 25702).put("message", "SKU is not available");
        } else {
          held.quantity = request.path("shipToLocationAvailability").path("quantity").asLong();
          response.put("statusCode", 200);
        }
      }
      return Answer.ok(answer);
    }

    private Answer notFound(String sku) {
      return Answer.error(404, "25702", "SKU " + sku + " is not available in the system", List.of("sku"));
    }
  }

  private static ObjectNode amount(Money money) {
    // Amounts of varying scale, as eBay's are: "12345.6", "5980", "0.1".
    String value = money.amount().signum() == 0 ? "0.0" : money.amount().stripTrailingZeros().toPlainString();
    return JSON.createObjectNode().put("value", value).put("currency", money.currency().getCurrencyCode());
  }

}
