package dev.crossborder.erp.platforms.shopify;

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
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platforms.support.WireMockScenario;
import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;
import java.math.BigDecimal;
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
 * A {@link PlatformConnectorContract.Scenario} for the Shopify connector: a WireMock server that
 * plays a shop's Admin GraphQL endpoint. What the kit hands over goes into an in-memory shop, and
 * one catch-all stub with a {@link ResponseDefinitionTransformerV2} answers each GraphQL request by
 * its {@code operationName} from that state, in the schema's field names and inside the envelope
 * with a cost report:
 *
 * <ul>
 *   <li>{@code Orders}: the {@code updated_at} search read from {@code query}, with both bounds
 *       inclusive (so the connector's own {@code [from, to)} filter is what makes the edges hold),
 *       sorted by update, {@value #ORDER_PAGE} a page whatever {@code first} asks, opaque cursors,
 *       and pages that repeat the page before when the kit asks.
 *   <li>{@code OrderFulfillments} and {@code FulfillmentCreate}: one open fulfilment order per
 *       order; a fulfilment is accepted only as announced (lines, quantities, tracking) and
 *       recorded with its tracking number.
 *   <li>{@code ProductVariants} (all, or by {@code sku:"…"}), {@code ProductSet} (refused with the
 *       kit's issue as a user error, or accepted as announced; an update must name the existing
 *       product), {@code ProductDelete}, {@code InventorySetQuantities} with compare-and-set.
 * </ul>
 *
 * <p>Every request must carry the shop's access token; a request the scenario does not know is
 * answered with a GraphQL error, so a wrong document or variable shows as a failing kit test.
 */
final class ShopifyCapabilityContractScenario extends WireMockScenario {
  static final int ORDER_PAGE = 7;
  static final int VARIANT_PAGE = 10;
  private static final Pattern WINDOW = Pattern.compile("updated_at:>='([^']+)' AND updated_at:<'([^']+)'");
  private static final Pattern SKU = Pattern.compile("sku:\"(.*)\"");

  private final InMemoryCredentials credentials;
  private final ShopifyPlatform platform = new ShopifyPlatform();
  private boolean repeatedPages;

  ShopifyCapabilityContractScenario() {
    super(ShopifyTestSupport.shop());
    credentials = new InMemoryCredentials().put(shop.id(), Credentials.of("access_token", ShopifyTestSupport.ACCESS_TOKEN));
  }

  @Override
  protected ResponseDefinition answer(ServeEvent event) {
    return platform.transform(event);
  }

  @Override
  protected ShopifyConnector newConnector() {
    return onServer(ShopifyConnector.builder(), credentials).build();
  }

  @Override
  public synchronized void givenOrders(List<PlatformOrder> orders) {
    orders.forEach(o -> platform.orders.put(o.platformOrderId(), new HeldOrder(o)));
  }

  @Override
  public synchronized void givenOrderUpdated(PlatformOrder updated) {
    HeldOrder held = platform.orders.get(updated.platformOrderId());
    if (held == null) {
      throw new IllegalStateException("the shop holds no order " + updated.platformOrderId());
    }
    held.order = updated;
  }

  @Override
  public synchronized boolean givenRepeatedPages() {
    repeatedPages = true;
    return true;
  }

  @Override
  public boolean reportsPlatformFees() {
    return false; // the order object carries no fees; they are in Shopify Payments' payouts
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
  public synchronized void givenQuantityAccepted(String sellerSku, long quantity) {
    platform.acceptedQuantities.put(sellerSku, quantity);
  }

  @Override
  public synchronized void givenShipmentAccepted(ShipmentConfirmation confirmation) {
    platform.acceptedShipments.put(confirmation.platformOrderId(), confirmation);
  }

  @Override
  public void givenPlatformStock(List<PlatformStock> stock) {
    // Shopify holds no platform stock; the connector offers no PlatformStockSource
  }

  /** An order in the shop, the tracking numbers of its fulfilments and the units shipped per line. */
  private static final class HeldOrder {
    PlatformOrder order;
    final List<String> tracking = new ArrayList<>();
    final Map<String, Long> shipped = new LinkedHashMap<>();

    HeldOrder(PlatformOrder order) {
      this.order = order;
    }
  }

  /** A one-variant product in the shop. */
  private static final class HeldVariant {
    final String sku;
    @Nullable String title;
    @Nullable String price;
    long available;

    HeldVariant(String sku) {
      this.sku = sku;
    }
  }

  /** The shop's state and the transformer that answers from it. Guarded by the scenario. */
  private final class ShopifyPlatform {
    final Map<String, HeldOrder> orders = new LinkedHashMap<>();
    final Map<String, ListingSubmission> acceptedListings = new LinkedHashMap<>();
    final Map<String, PlatformIssue> rejectedListings = new LinkedHashMap<>();
    final Map<String, Long> acceptedQuantities = new LinkedHashMap<>();
    final Map<String, ShipmentConfirmation> acceptedShipments = new LinkedHashMap<>();
    final TreeMap<String, HeldVariant> variants = new TreeMap<>();

    ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      if (!ShopifyTestSupport.ACCESS_TOKEN.equals(request.getHeader("X-Shopify-Access-Token"))) {
        return ShopifyTestSupport.json(401, "{\"errors\":\"[API] Invalid API key or access token\"}").build();
      }
      String body;
      synchronized (ShopifyCapabilityContractScenario.this) {
        try {
          JsonNode call = ShopifyTestSupport.tree(request.getBodyAsString());
          JsonNode data = answer(call.path("operationName").asText(), call.path("variables"));
          body = data == null ? error("unknown operation or variables") : ShopifyTestSupport.envelope(data.toString());
        } catch (RuntimeException e) {
          body = error("the scenario could not read the request: " + e);
        }
      }
      return ShopifyTestSupport.json(200, body).build();
    }

    private static String error(String message) {
      ObjectNode envelope = ShopifyTestSupport.JSON.createObjectNode();
      ObjectNode error = envelope.putArray("errors").addObject();
      error.put("message", message);
      error.putObject("extensions").put("code", "scenarioRefused");
      return envelope.toString();
    }

    private @Nullable JsonNode answer(String operation, JsonNode variables) {
      return switch (operation) {
        case "Orders" -> orders(variables);
        case "OrderFulfillments" -> orderFulfillments(variables.path("id").asText());
        case "FulfillmentCreate" -> fulfillmentCreate(variables.path("fulfillment"));
        case "ProductVariants" -> productVariants(variables);
        case "ProductSet" -> productSet(variables);
        case "ProductDelete" -> productDelete(variables.at("/input/id").asText());
        case "InventorySetQuantities" -> inventorySet(variables.path("input"));
        default -> null;
      };
    }

    // ---------------------------------------------------------------------------------------------
    // Orders and fulfilments
    // ---------------------------------------------------------------------------------------------

    private @Nullable JsonNode orders(JsonNode variables) {
      Matcher window = WINDOW.matcher(variables.path("query").asText());
      if (!window.matches() || !variables.path("first").isInt()) {
        return null;
      }
      Instant from = Instant.parse(window.group(1));
      Instant to = Instant.parse(window.group(2));
      List<PlatformOrder> matching = orders.values().stream()
          .map(h -> h.order)
          .filter(o -> !o.updatedAt().isBefore(from) && !o.updatedAt().isAfter(to))
          .sorted(Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId))
          .toList();
      int start = variables.hasNonNull("after") ? Integer.parseInt(variables.path("after").asText().substring(4)) : 0;
      int size = Math.min(ORDER_PAGE, variables.path("first").asInt());
      int end = Math.min(matching.size(), start + size);
      int first = repeatedPages && start > 0 ? Math.max(0, start - size) : start;
      ObjectNode data = ShopifyTestSupport.JSON.createObjectNode();
      ObjectNode connection = data.putObject("orders");
      ObjectNode info = connection.putObject("pageInfo");
      info.put("hasNextPage", end < matching.size());
      info.put("endCursor", "pos:" + end);
      ArrayNode nodes = connection.putArray("nodes");
      matching.subList(first, end).forEach(o -> nodes.add(order(o)));
      return data;
    }

    private JsonNode order(PlatformOrder o) {
      ObjectNode node = ShopifyTestSupport.JSON.createObjectNode();
      node.put("id", "gid://shopify/Order/" + o.platformOrderId());
      node.put("createdAt", o.purchasedAt().toString());
      node.put("updatedAt", o.updatedAt().toString());
      node.put("cancelledAt", o.status() == dev.crossborder.erp.order.PlatformOrderStatus.CANCELLED ? o.updatedAt().toString() : null);
      node.put("currencyCode", o.currency().getCurrencyCode());
      node.put("displayFinancialStatus", switch (o.status()) {
        case PENDING -> "PENDING";
        default -> "PAID";
      });
      node.put("displayFulfillmentStatus", switch (o.status()) {
        case SHIPPED -> "FULFILLED";
        case PARTIALLY_SHIPPED -> "PARTIALLY_FULFILLED";
        case OTHER -> "SOMETHING_NEW";
        default -> "UNFULFILLED";
      });
      ObjectNode address = node.putObject("shippingAddress");
      address.put("countryCodeV2", o.destination().country());
      address.put("provinceCode", o.destination().region());
      Money shipping = Money.zero(o.currency());
      for (OrderLine line : o.lines()) {
        shipping = shipping.plus(line.shipping());
      }
      node.set("totalShippingPriceSet", money(shipping));
      ObjectNode lineItems = node.putObject("lineItems");
      lineItems.putObject("pageInfo").put("hasNextPage", false);
      ArrayNode lines = lineItems.putArray("nodes");
      for (OrderLine line : o.lines()) {
        ObjectNode item = lines.addObject();
        item.put("id", "gid://shopify/LineItem/" + line.lineId());
        item.put("sku", line.sku().value());
        item.put("quantity", line.quantity().value());
        item.set("originalUnitPriceSet", money(line.unitPrice()));
        ArrayNode taxes = item.putArray("taxLines");
        if (!line.tax().isZero()) {
          taxes.addObject().set("priceSet", money(line.tax()));
        }
        ArrayNode discounts = item.putArray("discountAllocations");
        if (!line.discount().isZero()) {
          discounts.addObject().set("allocatedAmountSet", money(line.discount()));
        }
      }
      String service = o.channel() == FulfillmentChannel.PLATFORM ? "THIRD_PARTY" : "MANUAL";
      node.putObject("fulfillmentOrders").putArray("nodes").addObject()
          .putObject("assignedLocation").putObject("location").putObject("fulfillmentService").put("type", service);
      return node;
    }

    /** A {@code MoneyBag} with the amount at its shortest scale, as Shopify varies it. */
    private JsonNode money(Money money) {
      ObjectNode bag = ShopifyTestSupport.JSON.createObjectNode();
      ObjectNode shopMoney = bag.putObject("shopMoney");
      BigDecimal amount = money.amount().stripTrailingZeros();
      shopMoney.put("amount", (amount.scale() < 0 ? amount.setScale(0) : amount).toPlainString());
      shopMoney.put("currencyCode", money.currency().getCurrencyCode());
      return bag;
    }

    private JsonNode orderFulfillments(String gid) {
      ObjectNode data = ShopifyTestSupport.JSON.createObjectNode();
      HeldOrder held = orders.get(gid.substring(gid.lastIndexOf('/') + 1));
      if (held == null) {
        data.putNull("order");
        return data;
      }
      ObjectNode order = data.putObject("order");
      order.put("id", gid);
      ArrayNode fulfillments = order.putArray("fulfillments");
      held.tracking.forEach(t -> fulfillments.addObject().putArray("trackingInfo").addObject().put("number", t));
      ObjectNode fo = order.putObject("fulfillmentOrders").putArray("nodes").addObject();
      fo.put("id", "gid://shopify/FulfillmentOrder/FO-" + held.order.platformOrderId());
      long open = 0;
      ArrayNode lines = fo.putObject("lineItems").putArray("nodes");
      for (OrderLine line : held.order.lines()) {
        long remaining = line.quantity().value() - held.shipped.getOrDefault(line.lineId(), 0L);
        open += remaining;
        ObjectNode item = lines.addObject();
        item.put("id", "gid://shopify/FulfillmentOrderLineItem/FOL-" + line.lineId());
        item.put("remainingQuantity", remaining);
        item.putObject("lineItem").put("id", "gid://shopify/LineItem/" + line.lineId());
      }
      fo.put("status", open > 0 ? "OPEN" : "CLOSED");
      return data;
    }

    private @Nullable JsonNode fulfillmentCreate(JsonNode fulfillment) {
      JsonNode byOrder = fulfillment.path("lineItemsByFulfillmentOrder").path(0);
      String foId = byOrder.path("fulfillmentOrderId").asText();
      String orderId = foId.substring(foId.lastIndexOf("/FO-") + 4);
      HeldOrder held = orders.get(orderId);
      ShipmentConfirmation expected = acceptedShipments.get(orderId);
      ObjectNode data = ShopifyTestSupport.JSON.createObjectNode();
      ObjectNode payload = data.putObject("fulfillmentCreate");
      ArrayNode errors = payload.putArray("userErrors");
      if (held == null || expected == null || !expected.trackingNumber().equals(fulfillment.at("/trackingInfo/number").asText())
          || !expected.carrierCode().equals(fulfillment.at("/trackingInfo/company").asText())
          || held.tracking.contains(expected.trackingNumber())) {
        errors.addObject().put("message", "Fulfillment not announced to the scenario").putArray("field").add("fulfillment");
        return data;
      }
      for (JsonNode item : byOrder.path("fulfillmentOrderLineItems")) {
        String lineId = item.path("id").asText().substring(item.path("id").asText().lastIndexOf("/FOL-") + 5);
        held.shipped.merge(lineId, item.path("quantity").asLong(), Long::sum);
      }
      held.tracking.add(expected.trackingNumber());
      payload.putObject("fulfillment").put("id", "gid://shopify/Fulfillment/F-" + orderId).put("status", "SUCCESS");
      return data;
    }

    // ---------------------------------------------------------------------------------------------
    // Products, variants and inventory
    // ---------------------------------------------------------------------------------------------

    private JsonNode productVariants(JsonNode variables) {
      List<HeldVariant> matching;
      if (variables.hasNonNull("query")) {
        Matcher sku = SKU.matcher(variables.path("query").asText());
        HeldVariant found = sku.matches() ? variants.get(sku.group(1)) : null;
        matching = found == null ? List.of() : List.of(found);
      } else {
        matching = List.copyOf(variants.values());
      }
      int start = variables.hasNonNull("after") ? Integer.parseInt(variables.path("after").asText().substring(4)) : 0;
      int end = Math.min(matching.size(), start + Math.min(VARIANT_PAGE, variables.path("first").asInt()));
      ObjectNode data = ShopifyTestSupport.JSON.createObjectNode();
      ObjectNode connection = data.putObject("productVariants");
      connection.putObject("pageInfo").put("hasNextPage", end < matching.size()).put("endCursor", "pos:" + end);
      ArrayNode nodes = connection.putArray("nodes");
      matching.subList(start, end).forEach(v -> nodes.add(variantNode(v)));
      return data;
    }

    private JsonNode variantNode(HeldVariant v) {
      ObjectNode node = ShopifyTestSupport.JSON.createObjectNode();
      node.put("id", "gid://shopify/ProductVariant/V-" + v.sku);
      node.put("sku", v.sku);
      node.put("price", v.price);
      node.put("inventoryQuantity", v.available);
      ObjectNode product = node.putObject("product");
      product.put("id", "gid://shopify/Product/P-" + v.sku).put("title", v.title).put("status", "ACTIVE");
      product.putObject("variantsCount").put("count", 1);
      ObjectNode item = node.putObject("inventoryItem");
      item.put("id", "gid://shopify/InventoryItem/I-" + v.sku);
      ObjectNode level = item.putObject("inventoryLevels").putArray("nodes").addObject();
      level.putObject("location").put("id", "gid://shopify/Location/1");
      level.putArray("quantities").addObject().put("name", "available").put("quantity", v.available);
      return node;
    }

    private @Nullable JsonNode productSet(JsonNode variables) {
      JsonNode input = variables.path("input");
      String sku = input.at("/variants/0/inventoryItem/sku").asText();
      ObjectNode data = ShopifyTestSupport.JSON.createObjectNode();
      ObjectNode payload = data.putObject("productSet");
      ArrayNode errors = payload.putArray("userErrors");
      PlatformIssue issue = rejectedListings.get(sku);
      if (issue != null) {
        ObjectNode error = errors.addObject().put("message", issue.message()).put("code", issue.code());
        ArrayNode field = error.putArray("field").add("input");
        issue.attributes().forEach(field::add);
        payload.putNull("product");
        return data;
      }
      ListingSubmission accepted = acceptedListings.get(sku);
      HeldVariant existing = variants.get(sku);
      String identifier = variables.at("/identifier/id").asText(null);
      if (accepted == null || !"Title".equals(input.at("/productOptions/0/name").asText())
          || (existing == null ? identifier != null : !("gid://shopify/Product/P-" + sku).equals(identifier))) {
        return null;
      }
      HeldVariant variant = existing == null ? new HeldVariant(sku) : existing;
      variant.title = input.path("title").asText(null);
      variant.price = input.at("/variants/0/price").asText(null);
      variants.put(sku, variant);
      ObjectNode product = payload.putObject("product").put("id", "gid://shopify/Product/P-" + sku);
      product.putObject("variants").putArray("nodes").add(variantNode(variant));
      return data;
    }

    private JsonNode productDelete(String productId) {
      variants.remove(productId.substring(productId.lastIndexOf("/P-") + 3));
      ObjectNode data = ShopifyTestSupport.JSON.createObjectNode();
      data.putObject("productDelete").put("deletedProductId", productId).putArray("userErrors");
      return data;
    }

    private @Nullable JsonNode inventorySet(JsonNode input) {
      JsonNode quantity = input.at("/quantities/0");
      String itemId = quantity.path("inventoryItemId").asText();
      HeldVariant variant = variants.get(itemId.substring(itemId.lastIndexOf("/I-") + 3));
      if (variant == null || !"available".equals(input.path("name").asText())
          || !"gid://shopify/Location/1".equals(quantity.path("locationId").asText())
          || !(acceptedListings.containsKey(variant.sku) || acceptedQuantities.containsKey(variant.sku))) {
        return null;
      }
      ObjectNode data = ShopifyTestSupport.JSON.createObjectNode();
      ObjectNode payload = data.putObject("inventorySetQuantities");
      ArrayNode errors = payload.putArray("userErrors");
      if (!quantity.path("compareQuantity").isNumber() || quantity.path("compareQuantity").asLong() != variant.available) {
        errors.addObject().put("message", "The compareQuantity value does not match persisted value.")
            .put("code", "COMPARE_QUANTITY_STALE");
        return data;
      }
      variant.available = quantity.path("quantity").asLong();
      payload.putObject("inventoryAdjustmentGroup").put("reason", "Inventory correction");
      return data;
    }
  }
}
