package dev.crossborder.erp.platforms.amazon;

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
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.InboundPlanRequest;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platforms.support.WireMockScenario;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PlatformConnectorContract.Scenario} for the Amazon connector: a WireMock server that
 * plays Amazon. What the kit hands over ({@code given…}) goes into an in-memory platform state, and
 * one catch-all stub with a {@link ResponseDefinitionTransformerV2} answers every SP-API request
 * from that state in Amazon's wire format (field names as in the example payloads of {@code
 * src/test/resources/amazon/}, money as strings with the currency code):
 *
 * <ul>
 *   <li>Orders API v2026-01-01 {@code searchOrders} (the window from {@code lastUpdatedAfter}
 *       inclusive to {@code lastUpdatedBefore} inclusive, so the connector's own {@code [from, to)}
 *       filter is what makes the edges hold; {@value #ORDER_PAGE} orders a page whatever {@code
 *       maxResultsPerPage} asks; opaque {@code nextToken}s) and {@code getOrder}; Orders v0 {@code
 *       confirmShipment} (204 once for an announced confirmation, a 400 for a repeat).
 *   <li>Listings Items 2021-08-01 put, get, search ({@code pageSize} honoured), patch and delete
 *       (404 for a SKU the platform does not hold).
 *   <li>FBA Inventory v1 {@code getInventorySummaries}, {@value #STOCK_PAGE} a page.
 *   <li>Fulfillment Inbound 2024-03-20 create (202), operation status ({@code IN_PROGRESS} on the
 *       first poll, then {@code SUCCESS}), get (404 for an unknown id) and list.
 * </ul>
 *
 * <p>Every request must carry the LWA access token and the shop's marketplace; a request the
 * scenario was not told about is answered as Amazon answers an invalid one (400 with an {@code
 * errors} body), so a wrong path, body or parameter shows as a failing kit test. Login with Amazon
 * is a plain stub.
 */
final class AmazonCapabilityContractScenario extends WireMockScenario {
  static final String MARKETPLACE = "ATVPDKIKX0DER";
  static final String SELLER_ID = AmazonTestSupport.SELLER_ID;
  static final int ORDER_PAGE = 5;
  static final int STOCK_PAGE = 10;

  private final InMemoryCredentials credentials;
  private final AmazonPlatform platform = new AmazonPlatform();
  private boolean repeatedPages;

  AmazonCapabilityContractScenario() {
    super(Shop.of(ShopId.of("us-1"), PlatformId.AMAZON, MARKETPLACE, "US store", Currency.getInstance("USD"),
        ZoneId.of("America/Los_Angeles")));
    credentials = new InMemoryCredentials().put(shop.id(), Credentials.of(
        "client_id", AmazonTestSupport.CLIENT_ID,
        "client_secret", AmazonTestSupport.CLIENT_SECRET,
        "refresh_token", AmazonTestSupport.REFRESH_TOKEN,
        "seller_id", SELLER_ID,
        "ship_from_phone", "+86 755 5555 0100"));
    server.stubFor(post(urlPathEqualTo(AmazonTestSupport.LWA_PATH)).atPriority(1).willReturn(aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"" + AmazonTestSupport.ACCESS_TOKEN
            + "\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\""
            + AmazonTestSupport.REFRESH_TOKEN + "\"}")));
  }

  @Override
  protected ResponseDefinition answer(ServeEvent event) {
    return platform.transform(event);
  }

  @Override
  protected AmazonConnector newConnector() {
    return onServer(AmazonConnector.builder(), credentials)
        .lwaEndpoint(server.baseUrl() + "/lwa/")
        .build();
  }

  @Override
  public synchronized void givenOrders(List<PlatformOrder> orders) {
    for (PlatformOrder order : orders) {
      platform.orders.put(order.platformOrderId(), new HeldOrder(order));
    }
  }

  @Override
  public synchronized void givenOrderUpdated(PlatformOrder updated) {
    HeldOrder held = platform.orders.get(updated.platformOrderId());
    if (held == null) {
      throw new IllegalStateException("the platform holds no order " + updated.platformOrderId());
    }
    held.order = updated;
  }

  @Override
  public boolean reportsPlatformFees() {
    return false; // Orders API v2026-01-01 has no fee field; fees come from the finance reports
  }

  @Override
  public synchronized boolean givenRepeatedPages() {
    repeatedPages = true;
    return true;
  }

  @Override
  public synchronized void givenListingAccepted(ListingSubmission submission) {
    platform.acceptedListings.put(submission.sellerSku(), submission);
  }

  @Override
  public synchronized void givenListingRejected(String sellerSku, PlatformIssue issue) {
    platform.rejectedListings.put(sellerSku, issue);
  }

  @Override
  public synchronized void givenListingDeleted(String sellerSku) {
    platform.listings.remove(sellerSku);
  }

  @Override
  public synchronized void givenQuantityAccepted(String sellerSku, long quantity) {
    platform.acceptedQuantities.put(sellerSku, quantity);
  }

  @Override
  public synchronized void givenShipmentAccepted(ShipmentConfirmation confirmation) {
    platform.acceptedShipments.put(confirmation.platformOrderId(), confirmation);
  }

  @Override
  public synchronized void givenPlatformStock(List<PlatformStock> stock) {
    stock.forEach(s -> platform.stock.put(s.sellerSku(), s));
  }

  @Override
  public synchronized void givenInboundPlanAccepted(InboundPlanRequest request) {
    platform.acceptedPlans.put(request.name(), request);
  }

  // -----------------------------------------------------------------------------------------------
  // The platform
  // -----------------------------------------------------------------------------------------------

  /** An order on the platform and the packages confirmed for it. */
  private static final class HeldOrder {
    PlatformOrder order;
    final List<ShipmentConfirmation> packages = new ArrayList<>();

    HeldOrder(PlatformOrder order) {
      this.order = order;
    }
  }

  /** A listing on the platform. */
  private record HeldListing(ListingSubmission submission, long quantity, Instant created, Instant updated) {}

  /** An inbound plan on the platform. */
  private record HeldPlan(String id, String operationId, InboundPlanRequest request, Instant created) {}

  /** An answer: status and body (JSON text, or {@code null} for none). */
  private record Answer(int status, @Nullable String body) {
    static Answer ok(JsonNode body) {
      return new Answer(200, write(body));
    }

    static Answer error(int status, String code, String message) {
      ObjectNode body = JSON.createObjectNode();
      ObjectNode error = body.putArray("errors").addObject();
      error.put("code", code);
      error.put("message", message);
      return new Answer(status, write(body));
    }
  }

  /** The platform's state and the transformer that answers from it. Guarded by the scenario. */
  private final class AmazonPlatform {
    final Map<String, HeldOrder> orders = new LinkedHashMap<>();
    final Map<String, ListingSubmission> acceptedListings = new LinkedHashMap<>();
    final Map<String, PlatformIssue> rejectedListings = new LinkedHashMap<>();
    final Map<String, Long> acceptedQuantities = new LinkedHashMap<>();
    final Map<String, HeldListing> listings = new LinkedHashMap<>();
    final Map<String, ShipmentConfirmation> acceptedShipments = new LinkedHashMap<>();
    final Map<String, PlatformStock> stock = new LinkedHashMap<>();
    final Map<String, InboundPlanRequest> acceptedPlans = new LinkedHashMap<>();
    final Map<String, HeldPlan> plans = new LinkedHashMap<>();
    final Map<String, Integer> operationPolls = new LinkedHashMap<>();

    ResponseDefinition transform(ServeEvent event) {
      Answer answer;
      synchronized (AmazonCapabilityContractScenario.this) {
        try {
          answer = answer(event.getRequest());
        } catch (RuntimeException e) {
          answer = Answer.error(400, "InvalidInput", "the scenario could not read the request: " + e);
        }
      }
      var response = aResponse().withStatus(answer.status());
      if (answer.body() != null) {
        response.withHeader("Content-Type", "application/json").withBody(answer.body());
      }
      return response.build();
    }

    private Answer answer(Request request) {
      if (!AmazonTestSupport.ACCESS_TOKEN.equals(request.getHeader("x-amz-access-token"))) {
        return Answer.error(403, "Unauthorized", "Access to requested resource is denied.");
      }
      String method = request.getMethod().getName();
      List<String> path = segments(request.getUrl());
      if (path.size() >= 3 && path.get(0).equals("orders") && path.get(1).equals("2026-01-01") && path.get(2).equals("orders")) {
        if (path.size() == 3 && method.equals("GET")) {
          return searchOrders(request);
        }
        if (path.size() == 4 && method.equals("GET")) {
          return getOrder(path.get(3));
        }
      }
      if (path.size() == 5 && path.get(0).equals("orders") && path.get(1).equals("v0")
          && path.get(4).equals("shipmentConfirmation") && method.equals("POST")) {
        return confirmShipment(path.get(3), request);
      }
      if (path.size() >= 4 && path.get(0).equals("listings") && path.get(1).equals("2021-08-01")
          && path.get(2).equals("items")) {
        if (!path.get(3).equals(SELLER_ID)) {
          return Answer.error(403, "Unauthorized", "the seller id does not match the token");
        }
        if (!MARKETPLACE.equals(query(request, "marketplaceIds"))) {
          return Answer.error(400, "InvalidInput", "marketplaceIds must be " + MARKETPLACE);
        }
        if (path.size() == 4 && method.equals("GET")) {
          return searchListings(request);
        }
        if (path.size() == 5) {
          String sku = path.get(4);
          return switch (method) {
            case "GET" -> getListing(sku);
            case "PUT" -> putListing(sku, body(request));
            case "PATCH" -> patchListing(sku, body(request));
            case "DELETE" -> deleteListing(sku);
            default -> unknown(request);
          };
        }
      }
      if (path.equals(List.of("fba", "inventory", "v1", "summaries")) && method.equals("GET")) {
        return inventorySummaries(request);
      }
      if (path.size() >= 4 && path.get(0).equals("inbound") && path.get(1).equals("fba") && path.get(2).equals("2024-03-20")) {
        if (path.size() == 4 && path.get(3).equals("inboundPlans")) {
          if (method.equals("POST")) {
            return createPlan(body(request));
          }
          if (method.equals("GET")) {
            return listPlans(request);
          }
        }
        if (path.size() == 5 && path.get(3).equals("inboundPlans") && method.equals("GET")) {
          HeldPlan plan = plans.get(path.get(4));
          return plan == null
              ? Answer.error(404, "NotFound", "The requested inbound plan was not found.")
              : Answer.ok(plan(plan, true));
        }
        if (path.size() == 5 && path.get(3).equals("operations") && method.equals("GET")) {
          return operationStatus(path.get(4));
        }
      }
      return unknown(request);
    }

    private Answer unknown(Request request) {
      return Answer.error(400, "InvalidInput", "the scenario does not serve " + request.getMethod() + " " + request.getUrl());
    }

    // ---------------------------------------------------------------------------------- orders

    private Answer searchOrders(Request request) {
      if (!MARKETPLACE.equals(query(request, "marketplaceIds"))) {
        return Answer.error(400, "InvalidInput", "marketplaceIds must be " + MARKETPLACE);
      }
      String included = Objects.requireNonNullElse(query(request, "includedData"), "");
      if (!List.of(included.split(",")).containsAll(List.of("FULFILLMENT", "PROCEEDS"))) {
        return Answer.error(400, "InvalidInput", "includedData lacks FULFILLMENT or PROCEEDS");
      }
      if (query(request, "createdAfter") != null) {
        return Answer.error(400, "InvalidInput", "the connector searches by last update");
      }
      Instant after = instant(query(request, "lastUpdatedAfter"));
      Instant before = instant(query(request, "lastUpdatedBefore"));
      if (after == null || before == null || !after.isBefore(before)) {
        return Answer.error(400, "InvalidInput", "lastUpdatedAfter and lastUpdatedBefore are required, in order");
      }
      if (before.isAfter(clock.instant().minus(Duration.ofMinutes(2)))) {
        return Answer.error(400, "InvalidInput", "lastUpdatedBefore must be at least two minutes in the past");
      }
      List<PlatformOrder> matching = orders.values().stream()
          .map(h -> h.order)
          .filter(o -> !o.updatedAt().isBefore(after) && !o.updatedAt().isAfter(before))
          .sorted(Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId))
          .toList();
      String scope = "orders|" + after + "|" + before;
      int offset = offset(scope, query(request, "paginationToken"));
      if (offset < 0) {
        return Answer.error(400, "InvalidInput", "paginationToken is not valid for these parameters");
      }
      int from = repeatedPages && offset > 0 ? Math.max(0, offset - ORDER_PAGE) : offset;
      int to = Math.min(matching.size(), offset + ORDER_PAGE);
      ObjectNode body = JSON.createObjectNode();
      ArrayNode list = body.putArray("orders");
      for (PlatformOrder o : matching.subList(Math.min(from, to), to)) {
        list.add(order(orders.get(o.platformOrderId())));
      }
      if (to < matching.size()) {
        body.putObject("pagination").put("nextToken", token(scope, to));
      }
      body.put("lastUpdatedBefore", iso(before));
      return Answer.ok(body);
    }

    private Answer getOrder(String orderId) {
      HeldOrder held = orders.get(orderId);
      if (held == null) {
        return Answer.error(404, "NotFound", "Order not found");
      }
      ObjectNode body = JSON.createObjectNode();
      body.set("order", order(held));
      return Answer.ok(body);
    }

    /** An {@code Order} of Orders API v2026-01-01 with FULFILLMENT, PROCEEDS, RECIPIENT and PACKAGES. */
    private ObjectNode order(HeldOrder held) {
      PlatformOrder o = held.order;
      ObjectNode node = JSON.createObjectNode();
      node.put("orderId", o.platformOrderId());
      node.put("createdTime", iso(o.purchasedAt()));
      node.put("lastUpdatedTime", iso(o.updatedAt()));
      ObjectNode channel = node.putObject("salesChannel");
      channel.put("channelName", "AMAZON");
      channel.put("marketplaceId", MARKETPLACE);
      channel.put("marketplaceName", "Amazon.com");
      ObjectNode address = node.putObject("recipient").putObject("deliveryAddress");
      if (o.destination().region() != null) {
        address.put("stateOrRegion", o.destination().region());
      }
      address.put("countryCode", o.destination().country());
      Money items = Money.zero(o.currency());
      Money tax = Money.zero(o.currency());
      Money shipping = Money.zero(o.currency());
      Money discount = Money.zero(o.currency());
      for (OrderLine line : o.lines()) {
        items = items.plus(itemSubtotal(line));
        tax = tax.plus(line.tax());
        shipping = shipping.plus(line.shipping());
        discount = discount.plus(line.discount());
      }
      ObjectNode proceeds = node.putObject("proceeds");
      proceeds.set("grandTotal", money(items.plus(tax).plus(shipping).minus(discount)));
      ArrayNode breakdowns = proceeds.putArray("breakdowns");
      breakdown(breakdowns, "ITEM", items);
      breakdown(breakdowns, "TAX", tax);
      breakdown(breakdowns, "SHIPPING", shipping);
      breakdown(breakdowns, "DISCOUNT", discount.negate());
      ObjectNode fulfillment = node.putObject("fulfillment");
      fulfillment.put("fulfillmentStatus", switch (o.status()) {
        case PENDING -> "PENDING";
        case UNSHIPPED -> "UNSHIPPED";
        case PARTIALLY_SHIPPED -> "PARTIALLY_SHIPPED";
        case SHIPPED -> "SHIPPED";
        case CANCELLED -> "CANCELLED";
        case OTHER -> "UNFULFILLABLE";
      });
      fulfillment.put("fulfilledBy", o.channel() == FulfillmentChannel.MERCHANT ? "MERCHANT" : "AMAZON");
      fulfillment.put("fulfillmentServiceLevel", "STANDARD");
      ArrayNode lines = node.putArray("orderItems");
      for (OrderLine line : o.lines()) {
        long shipped = held.packages.stream()
            .flatMap(p -> p.items().stream())
            .filter(i -> i.lineId().equals(line.lineId()))
            .mapToLong(i -> i.quantity().value())
            .sum();
        ObjectNode item = lines.addObject();
        item.put("orderItemId", line.lineId());
        item.put("quantityOrdered", line.quantity().value());
        ObjectNode product = item.putObject("product");
        product.put("sellerSku", line.sku().value());
        product.put("title", "Product " + line.sku().value());
        product.putObject("price").set("unitPrice", money(line.unitPrice()));
        ObjectNode itemProceeds = item.putObject("proceeds");
        itemProceeds.set("proceedsTotal", money(line.total()));
        ArrayNode itemBreakdowns = itemProceeds.putArray("breakdowns");
        breakdown(itemBreakdowns, "ITEM", itemSubtotal(line));
        breakdown(itemBreakdowns, "TAX", line.tax());
        breakdown(itemBreakdowns, "SHIPPING", line.shipping());
        breakdown(itemBreakdowns, "DISCOUNT", line.discount().negate());
        ObjectNode itemFulfillment = item.putObject("fulfillment");
        itemFulfillment.put("quantityFulfilled", shipped);
        itemFulfillment.put("quantityUnfulfilled", Math.max(0, line.quantity().value() - shipped));
      }
      ArrayNode packages = node.putArray("packages");
      for (ShipmentConfirmation p : held.packages) {
        ObjectNode pkg = packages.addObject();
        pkg.put("packageReferenceId", Integer.toString(packages.size()));
        pkg.put("carrier", p.carrierCode());
        pkg.put("shipTime", iso(p.shippedAt()));
        if (p.shippingMethod() != null) {
          pkg.put("shippingService", p.shippingMethod());
        }
        pkg.put("trackingNumber", p.trackingNumber());
        ArrayNode packageItems = pkg.putArray("packageItems");
        for (ShipmentConfirmation.Item i : p.items()) {
          packageItems.addObject().put("orderItemId", i.lineId()).put("quantity", i.quantity().value());
        }
      }
      return node;
    }

    private Answer confirmShipment(String orderId, Request request) {
      HeldOrder held = orders.get(orderId);
      if (held == null) {
        return Answer.error(404, "NotFound", "Order not found");
      }
      JsonNode body = body(request);
      JsonNode detail = body.path("packageDetail");
      String tracking = detail.path("trackingNumber").asText("");
      if (held.packages.stream().anyMatch(p -> p.trackingNumber().equalsIgnoreCase(tracking))) {
        return Answer.error(400, "InvalidInput", "The package has already been confirmed for this order.");
      }
      ShipmentConfirmation expected = acceptedShipments.get(orderId);
      if (expected == null || !MARKETPLACE.equals(body.path("marketplaceId").asText())
          || !expected.trackingNumber().equals(tracking)
          || !expected.carrierCode().equals(detail.path("carrierCode").asText())
          || !Objects.equals(expected.shippingMethod(), text(detail.path("shippingMethod")))
          || !detail.path("packageReferenceId").asText("").matches("[1-9][0-9]{0,8}")
          || !expected.shippedAt().equals(instant(detail.path("shipDate").asText()))
          || !sameItems(expected, detail.path("orderItems"))) {
        return Answer.error(400, "InvalidInput", "Invalid Input");
      }
      held.packages.add(expected);
      return new Answer(204, null);
    }

    private boolean sameItems(ShipmentConfirmation expected, JsonNode items) {
      Map<String, Long> sent = new LinkedHashMap<>();
      items.forEach(i -> sent.merge(i.path("orderItemId").asText(), i.path("quantity").asLong(), Long::sum));
      Map<String, Long> wanted = new LinkedHashMap<>();
      expected.items().forEach(i -> wanted.merge(i.lineId(), i.quantity().value(), Long::sum));
      return sent.equals(wanted);
    }

    // -------------------------------------------------------------------------------- listings

    private Answer putListing(String sku, JsonNode body) {
      PlatformIssue issue = rejectedListings.get(sku);
      if (issue != null) {
        ObjectNode answer = submission(sku, "INVALID");
        ObjectNode i = answer.putArray("issues").addObject();
        i.put("code", issue.code());
        i.put("message", issue.message());
        i.put("severity", issue.severity().name());
        ArrayNode names = i.putArray("attributeNames");
        issue.attributes().forEach(names::add);
        i.putArray("categories").add("MISSING_ATTRIBUTE");
        return Answer.ok(answer);
      }
      ListingSubmission accepted = acceptedListings.get(sku);
      if (accepted == null) {
        return Answer.error(400, "InvalidInput", "the scenario was not told to accept " + sku);
      }
      if (!accepted.productType().equals(body.path("productType").asText())
          || !"LISTING".equals(body.path("requirements").asText())
          || !body.path("attributes").isObject()) {
        return Answer.error(400, "InvalidInput", "productType, requirements or attributes do not match");
      }
      long quantity = defaultQuantity(body.path("attributes").path("fulfillment_availability"), -1);
      if (accepted.quantity() != null && quantity != accepted.quantity()) {
        return Answer.error(400, "InvalidInput", "fulfillment_availability does not hold the quantity");
      }
      HeldListing old = listings.get(sku);
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      listings.put(sku, new HeldListing(accepted, Math.max(0, quantity), old == null ? now : old.created(), now));
      return Answer.ok(submission(sku, "ACCEPTED").set("issues", JSON.createArrayNode()));
    }

    private Answer patchListing(String sku, JsonNode body) {
      HeldListing held = listings.get(sku);
      if (held == null) {
        return Answer.error(404, "NOT_FOUND", "SKU not found");
      }
      Long accepted = acceptedQuantities.get(sku);
      JsonNode patches = body.path("patches");
      if (accepted == null || !held.submission().productType().equals(body.path("productType").asText())
          || patches.size() != 1 || !"replace".equals(patches.get(0).path("op").asText())
          || !"/attributes/fulfillment_availability".equals(patches.get(0).path("path").asText())
          || defaultQuantity(patches.get(0).path("value"), -1) != accepted) {
        return Answer.error(400, "InvalidInput", "the patch does not set the announced quantity");
      }
      listings.put(sku, new HeldListing(held.submission(), accepted, held.created(), clock.instant().truncatedTo(ChronoUnit.SECONDS)));
      return Answer.ok(submission(sku, "ACCEPTED").set("issues", JSON.createArrayNode()));
    }

    private Answer deleteListing(String sku) {
      if (listings.remove(sku) == null) {
        return Answer.error(404, "NOT_FOUND", "SKU not found");
      }
      return Answer.ok(submission(sku, "ACCEPTED").set("issues", JSON.createArrayNode()));
    }

    private Answer getListing(String sku) {
      HeldListing held = listings.get(sku);
      return held == null ? Answer.error(404, "NOT_FOUND", "SKU not found") : Answer.ok(item(held));
    }

    private Answer searchListings(Request request) {
      String size = query(request, "pageSize");
      int pageSize = size == null ? 10 : Integer.parseInt(size);
      if (pageSize < 1 || pageSize > 20) {
        return Answer.error(400, "InvalidInput", "pageSize must be 1 to 20");
      }
      List<HeldListing> all = List.copyOf(listings.values());
      String scope = "listings";
      int offset = offset(scope, query(request, "pageToken"));
      if (offset < 0) {
        return Answer.error(400, "InvalidInput", "pageToken is not valid");
      }
      int to = Math.min(all.size(), offset + pageSize);
      ObjectNode body = JSON.createObjectNode();
      body.put("numberOfResults", all.size());
      ObjectNode pagination = JSON.createObjectNode();
      if (to < all.size()) {
        pagination.put("nextToken", token(scope, to));
      }
      if (offset > 0) {
        pagination.put("previousToken", token(scope, Math.max(0, offset - pageSize)));
      }
      if (!pagination.isEmpty()) {
        body.set("pagination", pagination);
      }
      ArrayNode items = body.putArray("items");
      all.subList(Math.min(offset, to), to).forEach(l -> items.add(item(l)));
      return Answer.ok(body);
    }

    /** An {@code Item} with summaries, offers, fulfillmentAvailability and issues. */
    private ObjectNode item(HeldListing held) {
      ListingSubmission s = held.submission();
      ObjectNode item = JSON.createObjectNode();
      item.put("sku", s.sellerSku());
      ObjectNode summary = item.putArray("summaries").addObject();
      summary.put("marketplaceId", MARKETPLACE);
      summary.put("asin", String.format(Locale.ROOT, "B0%08X", s.sellerSku().hashCode() & 0x7fffffff));
      summary.put("productType", s.productType());
      summary.put("conditionType", "new_new");
      summary.putArray("status").add("BUYABLE").add("DISCOVERABLE");
      Object title = s.attributes().get("title");
      summary.put("itemName", title == null ? s.sellerSku() : title.toString());
      summary.put("createdDate", iso(held.created()));
      summary.put("lastUpdatedDate", iso(held.updated()));
      ArrayNode offers = item.putArray("offers");
      if (s.price() != null) {
        ObjectNode offer = offers.addObject();
        offer.put("marketplaceId", MARKETPLACE);
        offer.put("offerType", "B2C");
        offer.set("price", money(s.price()));
      }
      item.putArray("fulfillmentAvailability").addObject()
          .put("fulfillmentChannelCode", "DEFAULT")
          .put("quantity", held.quantity());
      item.putArray("issues");
      return item;
    }

    private ObjectNode submission(String sku, String status) {
      ObjectNode answer = JSON.createObjectNode();
      answer.put("sku", sku);
      answer.put("status", status);
      answer.put("submissionId", String.format(Locale.ROOT, "%08x-75dd-11ea-bc55-0242ac130003", (sku + status).hashCode()));
      return answer;
    }

    /** The quantity of the {@code DEFAULT} channel in a {@code fulfillment_availability} value. */
    private long defaultQuantity(JsonNode availability, long otherwise) {
      for (JsonNode entry : availability) {
        if ("DEFAULT".equals(entry.path("fulfillment_channel_code").asText()) && entry.path("quantity").canConvertToLong()) {
          return entry.path("quantity").asLong();
        }
      }
      return otherwise;
    }

    // ---------------------------------------------------------------------------------- stock

    private Answer inventorySummaries(Request request) {
      if (!"true".equals(query(request, "details")) || !"Marketplace".equals(query(request, "granularityType"))
          || !MARKETPLACE.equals(query(request, "granularityId")) || !MARKETPLACE.equals(query(request, "marketplaceIds"))) {
        return Answer.error(400, "InvalidInput", "details, granularity or marketplace do not match");
      }
      List<PlatformStock> all = List.copyOf(stock.values());
      String scope = "stock";
      int offset = offset(scope, query(request, "nextToken"));
      if (offset < 0) {
        return Answer.error(400, "InvalidInput", "nextToken is not valid");
      }
      int to = Math.min(all.size(), offset + STOCK_PAGE);
      ObjectNode body = JSON.createObjectNode();
      ObjectNode payload = body.putObject("payload");
      payload.putObject("granularity").put("granularityType", "Marketplace").put("granularityId", MARKETPLACE);
      ArrayNode summaries = payload.putArray("inventorySummaries");
      for (PlatformStock s : all.subList(Math.min(offset, to), to)) {
        ObjectNode summary = summaries.addObject();
        summary.put("asin", String.format(Locale.ROOT, "B0%08X", s.sellerSku().hashCode() & 0x7fffffff));
        if (s.platformSku() != null) {
          summary.put("fnSku", s.platformSku());
        }
        summary.put("sellerSku", s.sellerSku());
        summary.put("condition", "NewItem");
        ObjectNode details = summary.putObject("inventoryDetails");
        details.put("fulfillableQuantity", s.fulfillable());
        long working = s.inbound() / 3;
        long shipped = s.inbound() / 3;
        details.put("inboundWorkingQuantity", working);
        details.put("inboundShippedQuantity", shipped);
        details.put("inboundReceivingQuantity", s.inbound() - working - shipped);
        ObjectNode reserved = details.putObject("reservedQuantity");
        reserved.put("totalReservedQuantity", s.reserved());
        reserved.put("pendingCustomerOrderQuantity", s.reserved());
        reserved.put("pendingTransshipmentQuantity", 0);
        reserved.put("fcProcessingQuantity", 0);
        ObjectNode unfulfillable = details.putObject("unfulfillableQuantity");
        unfulfillable.put("totalUnfulfillableQuantity", s.unfulfillable());
        unfulfillable.put("customerDamagedQuantity", s.unfulfillable());
        summary.put("lastUpdatedTime", iso(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        summary.put("productName", "Product " + s.sellerSku());
        summary.put("totalQuantity", s.fulfillable() + s.inbound() + s.reserved() + s.unfulfillable());
      }
      if (to < all.size()) {
        body.putObject("pagination").put("nextToken", token(scope, to));
      }
      return Answer.ok(body);
    }

    // -------------------------------------------------------------------------------- inbound

    private Answer createPlan(JsonNode body) {
      String name = body.path("name").asText("");
      InboundPlanRequest accepted = acceptedPlans.get(name);
      if (accepted == null || !matches(accepted, body)) {
        return Answer.error(400, "BadRequest", "the scenario was not told to accept this inbound plan");
      }
      int n = plans.size() + 1;
      String id = String.format(Locale.ROOT, "wf%08x-1234-abcd-5678-%012x", n, n);
      String operationId = String.format(Locale.ROOT, "%08x-1234-abcd-5678-1234abcd5678", n);
      plans.put(id, new HeldPlan(id, operationId, accepted, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
      operationPolls.put(operationId, 0);
      ObjectNode answer = JSON.createObjectNode();
      answer.put("inboundPlanId", id);
      answer.put("operationId", operationId);
      return new Answer(202, write(answer));
    }

    private boolean matches(InboundPlanRequest request, JsonNode body) {
      JsonNode source = body.path("sourceAddress");
      Predicate<JsonNode> items = list -> {
        if (list.size() != request.items().size()) {
          return false;
        }
        for (int i = 0; i < list.size(); i++) {
          InboundPlanRequest.Item want = request.items().get(i);
          JsonNode got = list.get(i);
          if (!want.sellerSku().equals(got.path("msku").asText()) || want.quantity().value() != got.path("quantity").asLong()
              || !want.labelOwner().equalsIgnoreCase(got.path("labelOwner").asText())
              || !want.prepOwner().equalsIgnoreCase(got.path("prepOwner").asText())) {
            return false;
          }
        }
        return true;
      };
      return body.path("destinationMarketplaces").size() == 1
          && MARKETPLACE.equals(body.path("destinationMarketplaces").get(0).asText())
          && items.test(body.path("items"))
          && request.sourceAddress().line1().equals(source.path("addressLine1").asText())
          && request.sourceAddress().city().equals(source.path("city").asText())
          && request.sourceAddress().country().equals(source.path("countryCode").asText())
          && request.sourceAddress().name().equals(source.path("name").asText())
          && !source.path("phoneNumber").asText("").isBlank();
    }

    private Answer operationStatus(String operationId) {
      Integer polls = operationPolls.get(operationId);
      if (polls == null) {
        return Answer.error(404, "NotFound", "The requested operation was not found.");
      }
      operationPolls.put(operationId, polls + 1);
      ObjectNode answer = JSON.createObjectNode();
      answer.put("operationId", operationId);
      answer.put("operation", "createInboundPlan");
      answer.put("operationStatus", polls == 0 ? "IN_PROGRESS" : "SUCCESS");
      answer.putArray("operationProblems");
      return Answer.ok(answer);
    }

    private Answer listPlans(Request request) {
      String size = query(request, "pageSize");
      int pageSize = size == null ? 10 : Integer.parseInt(size);
      if (pageSize < 1 || pageSize > 30) {
        return Answer.error(400, "BadRequest", "pageSize must be 1 to 30");
      }
      List<HeldPlan> all = new ArrayList<>(plans.values());
      if ("CREATION_TIME".equals(query(request, "sortBy")) && "DESC".equals(query(request, "sortOrder"))) {
        java.util.Collections.reverse(all);
      }
      String scope = "plans";
      int offset = offset(scope, query(request, "paginationToken"));
      if (offset < 0) {
        return Answer.error(400, "BadRequest", "paginationToken is not valid");
      }
      int to = Math.min(all.size(), offset + pageSize);
      ObjectNode body = JSON.createObjectNode();
      ArrayNode list = body.putArray("inboundPlans");
      all.subList(Math.min(offset, to), to).forEach(p -> list.add(plan(p, false)));
      if (to < all.size()) {
        body.putObject("pagination").put("nextToken", token(scope, to));
      }
      return Answer.ok(body);
    }

    /** An {@code InboundPlan} ({@code full}) or {@code InboundPlanSummary}. */
    private ObjectNode plan(HeldPlan plan, boolean full) {
      ObjectNode node = JSON.createObjectNode();
      node.put("inboundPlanId", plan.id());
      node.put("name", plan.request().name());
      node.put("createdAt", iso(plan.created()));
      node.put("lastUpdatedAt", iso(plan.created()));
      node.put("status", "ACTIVE");
      node.putArray("marketplaceIds").add(MARKETPLACE);
      if (full) {
        node.putArray("packingOptions");
        node.putArray("placementOptions");
        node.putArray("shipments");
      }
      ObjectNode source = node.putObject("sourceAddress");
      var a = plan.request().sourceAddress();
      source.put("name", a.name());
      source.put("addressLine1", a.line1());
      if (a.line2() != null) {
        source.put("addressLine2", a.line2());
      }
      source.put("city", a.city());
      source.put("countryCode", a.country());
      if (a.region() != null) {
        source.put("stateOrProvinceCode", a.region());
      }
      if (a.postalCode() != null) {
        source.put("postalCode", a.postalCode());
      }
      source.put("phoneNumber", "+86 755 5555 0100");
      return node;
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Wire helpers
  // -----------------------------------------------------------------------------------------------

  private static @Nullable String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  /** An SP-API {@code Money}: the amount as text at the currency's scale, and its code. */
  private static ObjectNode money(Money money) {
    ObjectNode node = JSON.createObjectNode();
    BigDecimal amount = money.amount();
    node.put("amount", amount.toPlainString());
    node.put("currencyCode", money.currency().getCurrencyCode());
    return node;
  }

  /** Amazon's {@code ITEM} amount of a line: the whole line, unit price × quantity. */
  private static Money itemSubtotal(OrderLine line) {
    return line.unitPrice().times(line.quantity().value());
  }

  private static void breakdown(ArrayNode breakdowns, String type, Money subtotal) {
    ObjectNode b = breakdowns.addObject();
    b.put("type", type);
    b.set("subtotal", money(subtotal));
  }

  /** An opaque page token of {@code offset} in the list {@code scope}. */
  private static String token(String scope, int offset) {
    return Base64.getEncoder().encodeToString((scope + "#" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /** The offset in {@code token}, 0 for none, -1 for a token of another list. */
  private static int offset(String scope, @Nullable String token) {
    if (token == null) {
      return 0;
    }
    try {
      String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      if (!text.startsWith(scope + "#")) {
        return -1;
      }
      return Integer.parseInt(text.substring(scope.length() + 1));
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

}
