package dev.crossborder.erp.platforms.walmart;

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
import java.util.Locale;
import java.util.Map;

/**
 * A {@link PlatformConnectorContract.Scenario} for the Walmart connector: a WireMock server that
 * plays Walmart Marketplace. What the kit hands over goes into an in-memory platform state, and one
 * catch-all stub with a {@link ResponseDefinitionTransformerV2} answers from it in Walmart's wire
 * format (field names and shapes as in the example payloads of {@code src/test/resources/walmart/}:
 * epoch-millisecond dates, amounts as JSON numbers of their own scale, alpha-3 countries):
 *
 * <ul>
 *   <li>{@code GET /v3/orders}: the orders of the queried {@code shipNodeType} (merchant orders are
 *       {@code SellerFulfilled}, platform ones {@code WFSFulfilled}) whose latest line status date
 *       lies in [{@code lastModifiedStartDate}, {@code lastModifiedEndDate}] (both inclusive, so
 *       the connector's own filter makes the edges hold), {@value #ORDER_PAGE} a page whatever
 *       {@code limit} asks, with a {@code nextCursor} query that does not repeat the ship node type.
 *   <li>{@code GET /v3/orders/{id}}, {@code POST …/acknowledge}, and {@code POST …/shipping} (once
 *       for an announced confirmation, then the lines show {@code Shipped} with its tracking; a 400
 *       for anything else).
 * </ul>
 *
 * <p>Every request must carry the access token, {@code WM_SVC.NAME} and a correlation id; any
 * other request is answered as Walmart answers an invalid one (400 with an {@code errors} body).
 * Walmart's Orders API reports no fees, so the scenario says so. The Token API is a plain stub.
 */
final class WalmartCapabilityContractScenario extends WireMockScenario {
  static final int ORDER_PAGE = 5;

  private final InMemoryCredentials credentials;
  private final WalmartPlatform platform = new WalmartPlatform();
  private boolean repeatedPages;

  WalmartCapabilityContractScenario() {
    super(WalmartTestSupport.walmartShop());
    credentials = new InMemoryCredentials().put(shop.id(), Credentials.of(
        "client_id", WalmartTestSupport.CLIENT_ID, "client_secret", WalmartTestSupport.CLIENT_SECRET));
    server.stubFor(post(urlPathEqualTo(WalmartTestSupport.TOKEN_PATH)).atPriority(1)
        .willReturn(WalmartTestSupport.fixture(200, "auth-tokenAPI-200-clientCredentialsRes.json")));
  }

  @Override
  protected ResponseDefinition answer(ServeEvent event) {
    return platform.transform(event);
  }

  @Override
  protected WalmartConnector newConnector() {
    return onServer(WalmartConnector.builder(), credentials).build();
  }

  @Override
  public synchronized void givenOrders(List<PlatformOrder> orders) {
    orders.forEach(o -> platform.orders.put(o.platformOrderId(), new HeldOrder(o)));
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
    return false; // Walmart's Orders API has no fee field
  }

  @Override
  public synchronized boolean givenRepeatedPages() {
    repeatedPages = true;
    return true;
  }

  @Override
  public void givenListingRejected(String sellerSku, PlatformIssue issue) {
    throw new UnsupportedOperationException("Walmart item feeds are out of the connector's scope");
  }

  @Override
  public synchronized void givenShipmentAccepted(ShipmentConfirmation confirmation) {
    platform.acceptedShipments.put(confirmation.platformOrderId(), confirmation);
  }

  @Override
  public void givenPlatformStock(List<PlatformStock> stock) {
    throw new UnsupportedOperationException("WFS inventory is out of the connector's scope");
  }

  /** An order on the platform, whether it was acknowledged, and the shipments confirmed for it. */
  private static final class HeldOrder {
    PlatformOrder order;
    boolean acknowledged;
    final List<ShipmentConfirmation> shipments = new ArrayList<>();

    HeldOrder(PlatformOrder order) {
      this.order = order;
    }
  }

  /** An answer: status and JSON body. */
  private record Answer(int status, String body) {
    static Answer ok(JsonNode body) {
      return new Answer(200, write(body));
    }

    static Answer error(int status, String code, String description) {
      ObjectNode body = JSON.createObjectNode();
      ObjectNode error = body.putArray("errors").addObject();
      error.put("code", code);
      error.put("field", "request");
      error.put("description", description);
      error.put("severity", "ERROR");
      error.put("category", "DATA");
      return new Answer(status, write(body));
    }
  }

  /** The platform's state and the transformer that answers from it. Guarded by the scenario. */
  private final class WalmartPlatform {
    final Map<String, HeldOrder> orders = new LinkedHashMap<>();
    final Map<String, ShipmentConfirmation> acceptedShipments = new LinkedHashMap<>();

    ResponseDefinition transform(ServeEvent event) {
      Answer answer;
      synchronized (WalmartCapabilityContractScenario.this) {
        try {
          answer = answer(event.getRequest());
        } catch (RuntimeException e) {
          answer = Answer.error(400, "INVALID_REQUEST.GMP_GATEWAY_API", "the scenario could not read the request: " + e);
        }
      }
      return aResponse().withStatus(answer.status()).withHeader("Content-Type", "application/json")
          .withBody(answer.body()).build();
    }

    private Answer answer(Request request) {
      if (!WalmartTestSupport.ACCESS_TOKEN.equals(request.getHeader("WM_SEC.ACCESS_TOKEN"))) {
        return Answer.error(401, "UNAUTHORIZED.GMP_GATEWAY_API", "Unauthorized");
      }
      if (request.getHeader("WM_SVC.NAME") == null || request.getHeader("WM_QOS.CORRELATION_ID") == null) {
        return Answer.error(400, "INVALID_REQUEST_HEADER.GMP_GATEWAY_API", "WM_SVC.NAME and WM_QOS.CORRELATION_ID are required");
      }
      String method = request.getMethod().getName();
      List<String> path = segments(request.getUrl());
      if (path.size() >= 2 && path.get(0).equals("v3") && path.get(1).equals("orders")) {
        if (path.size() == 2 && method.equals("GET")) {
          return orders(request);
        }
        HeldOrder held = path.size() >= 3 ? orders.get(path.get(2)) : null;
        if (path.size() >= 3 && held == null) {
          return Answer.error(404, "CONTENT_NOT_FOUND.GMP_ORDER_API", "Order not found");
        }
        if (path.size() == 3 && method.equals("GET")) {
          return envelope(held);
        }
        if (path.size() == 4 && path.get(3).equals("acknowledge") && method.equals("POST")) {
          held.acknowledged = true;
          return envelope(held);
        }
        if (path.size() == 4 && path.get(3).equals("shipping") && method.equals("POST")) {
          return ship(held, body(request));
        }
      }
      return Answer.error(400, "INVALID_REQUEST.GMP_GATEWAY_API",
          "the scenario does not serve " + request.getMethod() + " " + request.getUrl());
    }

    private Answer orders(Request request) {
      String nodeType = query(request, "shipNodeType");
      Instant from = instant(query(request, "lastModifiedStartDate"));
      Instant to = instant(query(request, "lastModifiedEndDate"));
      if (nodeType == null || from == null || to == null || !from.isBefore(to)) {
        return Answer.error(400, "INVALID_REQUEST_PARAM.GMP_ORDER_API",
            "shipNodeType, lastModifiedStartDate and lastModifiedEndDate are required, in order");
      }
      List<PlatformOrder> matching = orders.values().stream()
          .map(h -> h.order)
          .filter(o -> nodeType.equals(nodeType(o)))
          .filter(o -> !o.updatedAt().isBefore(from) && !o.updatedAt().isAfter(to))
          .sorted(Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId))
          .toList();
      String offsetText = query(request, "poIndex");
      int offset = offsetText == null ? 0 : Integer.parseInt(offsetText);
      int start = repeatedPages && offset > 0 ? Math.max(0, offset - ORDER_PAGE) : offset;
      int end = Math.min(matching.size(), offset + ORDER_PAGE);
      ObjectNode body = JSON.createObjectNode();
      ObjectNode list = body.putObject("list");
      ObjectNode meta = list.putObject("meta");
      meta.put("totalCount", matching.size());
      meta.put("limit", ORDER_PAGE);
      if (end < matching.size()) {
        meta.put("nextCursor", "?limit=" + ORDER_PAGE + "&hasMoreElements=true&poIndex=" + end
            + "&lastModifiedStartDate=" + iso(from) + "&lastModifiedEndDate=" + iso(to));
      }
      ArrayNode array = list.putObject("elements").putArray("order");
      for (PlatformOrder o : matching.subList(Math.min(start, end), end)) {
        array.add(order(orders.get(o.platformOrderId())));
      }
      return Answer.ok(body);
    }

    private Answer envelope(HeldOrder held) {
      ObjectNode body = JSON.createObjectNode();
      body.set("order", order(held));
      return Answer.ok(body);
    }

    private Answer ship(HeldOrder held, JsonNode body) {
      ShipmentConfirmation expected = acceptedShipments.get(held.order.platformOrderId());
      JsonNode lines = body.path("orderShipment").path("orderLines").path("orderLine");
      if (expected == null || !lines.isArray() || lines.size() != expected.items().size()) {
        return Answer.error(400, "INVALID_REQUEST_CONTENT.GMP_ORDER_API", "the shipment was not announced");
      }
      for (int i = 0; i < lines.size(); i++) {
        JsonNode line = lines.get(i);
        ShipmentConfirmation.Item item = expected.items().get(i);
        JsonNode status = line.path("orderLineStatuses").path("orderLineStatus").path(0);
        JsonNode tracking = status.path("trackingInfo");
        if (!item.lineId().equals(line.path("lineNumber").asText())
            || !"Shipped".equals(status.path("status").asText())
            || !Long.toString(item.quantity().value()).equals(status.path("statusQuantity").path("amount").asText())
            || !expected.trackingNumber().equals(tracking.path("trackingNumber").asText())
            || !expected.carrierCode().equals(tracking.path("carrierName").path("carrier").asText())
            || expected.shippedAt().toEpochMilli() != tracking.path("shipDateTime").asLong()
            || !expected.shippingMethod().equals(tracking.path("methodCode").asText())) {
          return Answer.error(400, "INVALID_REQUEST_CONTENT.GMP_ORDER_API", "the shipment does not match line " + i);
        }
      }
      if (!held.shipments.isEmpty()) {
        return Answer.error(400, "INVALID_REQUEST_CONTENT.GMP_ORDER_API", "the lines are already shipped");
      }
      held.shipments.add(expected);
      return envelope(held);
    }

    /** A purchase order in the shape of {@code orders-getAnOrder-200-ORDER.json}. */
    private ObjectNode order(HeldOrder held) {
      PlatformOrder o = held.order;
      ObjectNode node = JSON.createObjectNode();
      node.put("purchaseOrderId", o.platformOrderId());
      node.put("customerOrderId", "C" + o.platformOrderId());
      node.put("customerEmailId", "buyer@relay.walmart.com");
      node.put("orderDate", o.purchasedAt().toEpochMilli());
      ObjectNode shipping = node.putObject("shippingInfo");
      shipping.put("phone", "3155598681");
      shipping.put("methodCode", "Value");
      ObjectNode address = shipping.putObject("postalAddress");
      address.put("name", "Test Buyer");
      address.put("address1", "1 Main Street");
      address.put("city", "Springfield");
      if (o.destination().region() != null) {
        address.put("state", o.destination().region());
      }
      address.put("postalCode", "12345");
      address.put("country", new Locale("", o.destination().country()).getISO3Country());
      address.put("addressType", "RESIDENTIAL");
      ArrayNode lines = node.putObject("orderLines").putArray("orderLine");
      for (OrderLine line : o.lines()) {
        ObjectNode l = lines.addObject();
        l.put("lineNumber", line.lineId());
        ObjectNode item = l.putObject("item");
        item.put("productName", "Product " + line.sku().value());
        item.put("sku", line.sku().value());
        ArrayNode charges = l.putObject("charges").putArray("charge");
        ObjectNode product = charge(charges, "PRODUCT", "ItemPrice", line.unitPrice().times(line.quantity().value()));
        ObjectNode tax = product.putObject("tax");
        tax.put("taxName", "Tax1");
        tax.set("taxAmount", amount(line.tax()));
        if (!line.shipping().isZero()) {
          charge(charges, "SHIPPING", "Shipping", line.shipping());
        }
        if (!line.discount().isZero()) {
          charge(charges, "PRODUCT", "Promotion", line.discount().negate());
        }
        l.putObject("orderLineQuantity").put("unitOfMeasurement", "EACH").put("amount", Long.toString(line.quantity().value()));
        l.put("statusDate", o.updatedAt().toEpochMilli());
        ObjectNode status = l.putObject("orderLineStatuses").putArray("orderLineStatus").addObject();
        ShipmentConfirmation shipped = held.shipments.stream()
            .filter(s -> s.items().stream().anyMatch(i -> i.lineId().equals(line.lineId())))
            .findFirst()
            .orElse(null);
        status.put("status", shipped != null ? "Shipped" : switch (o.status()) {
          case PENDING -> held.acknowledged ? "Acknowledged" : "Created";
          case UNSHIPPED -> "Acknowledged";
          case PARTIALLY_SHIPPED, SHIPPED -> "Shipped";
          case CANCELLED -> "Cancelled";
          case OTHER -> "Refunded";
        });
        status.putObject("statusQuantity").put("unitOfMeasurement", "EACH").put("amount", Long.toString(line.quantity().value()));
        if (shipped != null) {
          ObjectNode tracking = status.putObject("trackingInfo");
          tracking.put("shipDateTime", shipped.shippedAt().toEpochMilli());
          tracking.putObject("carrierName").put("carrier", shipped.carrierCode());
          tracking.put("methodCode", shipped.shippingMethod());
          tracking.put("trackingNumber", shipped.trackingNumber());
        }
        l.putObject("fulfillment").put("fulfillmentOption", "S2H").put("shipMethod", "VALUE");
      }
      node.putObject("shipNode").put("type", nodeType(o));
      return node;
    }
  }

  private static String nodeType(PlatformOrder o) {
    return o.channel() == FulfillmentChannel.PLATFORM ? "WFSFulfilled" : "SellerFulfilled";
  }

  private static ObjectNode charge(ArrayNode charges, String type, String name, Money money) {
    ObjectNode charge = charges.addObject();
    charge.put("chargeType", type);
    charge.put("chargeName", name);
    charge.set("chargeAmount", amount(money));
    return charge;
  }

  /** A Walmart amount: a JSON number of the money's own scale ({@code 5980}, {@code 12345.6}). */
  private static ObjectNode amount(Money money) {
    ObjectNode node = JSON.createObjectNode();
    node.put("currency", money.currency().getCurrencyCode());
    node.put("amount", money.amount().stripTrailingZeros());
    return node;
  }

}
