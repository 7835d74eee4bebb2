package dev.crossborder.erp.platforms.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.InboundPlans;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Shopify connector against WireMock answering with Shopify's payloads: a full order page walk,
 * a quantity update with compare-and-set, a tracking upload through the fulfilment order, a listing
 * publish with a rejection, and the faults of the issue: THROTTLED with HTTP 200, truncated and
 * HTML bodies, an access token replaced mid-page, unknown enum values.
 */
class ShopifyConnectorTest extends ShopifyTestSupport {
  static final OrderWindow WINDOW = new OrderWindow(Instant.parse("2008-01-10T00:00:00Z"), Instant.parse("2008-01-11T00:00:00Z"));
  static final String END_CURSOR = tree(fixture("gql-orders-pagination-data.json")).at("/orders/pageInfo/endCursor").asText();

  private OrderSource orders() {
    return connector.capability(OrderSource.class).orElseThrow();
  }

  /** The derived orders page with its order renamed, updated at {@code updatedAt}, and hasNextPage. */
  private static String page(String orderId, String updatedAt, boolean hasNext) {
    ObjectNode data = (ObjectNode) tree(fixture("gql-orders-page-derived.json"));
    ObjectNode order = (ObjectNode) data.at("/orders/nodes/0");
    order.put("id", "gid://shopify/Order/" + orderId);
    order.put("updatedAt", updatedAt);
    ((ObjectNode) data.at("/orders/pageInfo")).put("hasNextPage", hasNext);
    return data.toString();
  }

  @Test
  void walksEveryOrderPageByTheEndCursorAndMapsTheOrderExactly() {
    server.stubFor(op("Orders").withRequestBody(matchingJsonPath("$.variables.after", absent()))
        .willReturn(data(page("450789469", "2008-01-10T16:00:00Z", true))));
    server.stubFor(op("Orders").withRequestBody(matchingJsonPath("$.variables.after", equalTo(END_CURSOR)))
        .willReturn(data(page("450789470", "2008-01-10T17:00:00Z", false))));

    PlatformPage<PlatformOrder> first = orders().orders(shop, WINDOW, null);
    PlatformPage<PlatformOrder> second = orders().orders(shop, WINDOW, first.next());

    assertThat(first.next()).isNotNull().doesNotContain(END_CURSOR);
    assertThat(second.hasNext()).isFalse();
    assertThat(first.items()).singleElement().usingRecursiveComparison().isEqualTo(new PlatformOrder(
        shop.id(), "450789469", PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT,
        Instant.parse("2008-01-10T16:00:00Z"), Instant.parse("2008-01-10T16:00:00Z"), java.util.Currency.getInstance("USD"),
        List.of(
            line("466157049", "IPOD2008GREEN", "3.34"),
            line("518995019", "IPOD2008RED", "3.33"),
            line("703073504", "IPOD2008BLACK", "3.33")),
        Money.of("0.00", "USD"), new Destination("US", "KY"), null));
    assertThat(second.items()).extracting(PlatformOrder::platformOrderId).containsExactly("450789470");
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
    assertThat(sent).hasSize(2).allSatisfy(r -> {
      assertThat(r.getHeader("X-Shopify-Access-Token")).isEqualTo(ACCESS_TOKEN);
      assertThat(tree(r.getBodyAsString()).at("/variables/query").asText())
          .isEqualTo("updated_at:>='2008-01-10T00:00:00Z' AND updated_at:<'2008-01-11T00:00:00Z'");
    });
  }

  private static OrderLine line(String id, String sku, String discount) {
    return new OrderLine(id, SkuCode.of(sku), Quantity.of(1), Money.of("199.00", "USD"), Money.of("3.98", "USD"),
        Money.of("0.00", "USD"), Money.of(discount, "USD"));
  }

  @Test
  void refusesACursorOfAnotherWindow() {
    server.stubFor(op("Orders").willReturn(data(page("450789469", "2008-01-10T16:00:00Z", true))));
    String cursor = orders().orders(shop, WINDOW, null).next();
    OrderWindow other = new OrderWindow(WINDOW.from(), WINDOW.to().plusSeconds(1));

    assertThatThrownBy(() -> orders().orders(shop, other, cursor))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformCode()).isEqualTo("InvalidCursor"));
  }

  @Test
  void setsAQuantityWithCompareAndSetAgainstTheQuantityRead() {
    server.stubFor(op("ProductVariants").willReturn(dataFixture("gql-productVariants-derived.json")));
    server.stubFor(op("InventorySetQuantities").willReturn(dataFixture("gql-inventorySetQuantities-cas-data.json")));

    ListingVerdict verdict = connector.capability(InventoryPublisher.class).orElseThrow().setQuantity(shop, "BURTON-151", 11);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    JsonNode expected = tree(fixture("gql-inventorySetQuantities-cas-variables.json")).at("/input");
    JsonNode input = tree(only("InventorySetQuantities").getBodyAsString()).at("/variables/input");
    assertThat(input.get("name")).isEqualTo(expected.get("name"));
    assertThat(input.get("quantities")).isEqualTo(expected.get("quantities"));
    assertThat(tree(only("ProductVariants").getBodyAsString()).at("/variables/query").asText()).isEqualTo("sku:\"BURTON-151\"");
  }

  @Test
  void readsAStaleCompareAgainAndSendsNothingWhenTheQuantityIsInPlace() {
    server.stubFor(op("ProductVariants").inScenario("cas").whenScenarioStateIs(STARTED)
        .willReturn(dataFixture("gql-productVariants-derived.json")));
    server.stubFor(op("InventorySetQuantities").inScenario("cas").whenScenarioStateIs(STARTED).willSetStateTo("stale")
        .willReturn(data("{\"inventorySetQuantities\":{\"inventoryAdjustmentGroup\":null,\"userErrors\":[{\"field\":"
            + "[\"input\",\"quantities\",\"0\",\"compareQuantity\"],\"message\":\"The compareQuantity value does not match"
            + " persisted value.\",\"code\":\"COMPARE_QUANTITY_STALE\"}]}}")));
    server.stubFor(op("ProductVariants").inScenario("cas").whenScenarioStateIs("stale")
        .willReturn(data(fixture("gql-productVariants-derived.json").replace("\"quantity\": 1", "\"quantity\": 11"))));

    ListingVerdict verdict = connector.capability(InventoryPublisher.class).orElseThrow().setQuantity(shop, "BURTON-151", 11);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH))
        .withRequestBody(matchingJsonPath("$.operationName", equalTo("InventorySetQuantities"))))).hasSize(1);
  }

  @Test
  void rejectsAQuantityForASkuShopifyDoesNotHold() {
    server.stubFor(op("ProductVariants").willReturn(data("{\"productVariants\":{\"pageInfo\":{\"hasNextPage\":false},\"nodes\":[]}}")));

    ListingVerdict verdict = connector.capability(InventoryPublisher.class).orElseThrow().setQuantity(shop, "NO-SUCH", 3);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(verdict.issues()).singleElement().satisfies(i -> assertThat(i.attributes()).containsExactly("sellerSku"));
  }

  private ShipmentConfirmation confirmation(String tracking) {
    return new ShipmentConfirmation("450789469", List.of(new ShipmentConfirmation.Item("518995019", Quantity.of(1))),
        "UPS", null, tracking, "Ground", T0);
  }

  @Test
  void uploadsTrackingThroughTheOrdersOpenFulfillmentOrder() {
    server.stubFor(op("OrderFulfillments").willReturn(dataFixture("gql-orderFulfillments-derived.json")));
    server.stubFor(op("FulfillmentCreate").willReturn(dataFixture("gql-fulfillmentCreate-derived.json")));

    ConfirmationResult result = connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation("1Z999AA10123456784"));

    assertThat(result).isInstanceOf(ConfirmationResult.Confirmed.class);
    JsonNode fulfillment = tree(only("FulfillmentCreate").getBodyAsString()).at("/variables/fulfillment");
    JsonNode template = tree(fixture("gql-fulfillmentCreate-variables-template.json")).at("/fulfillment");
    template.fieldNames().forEachRemaining(name -> {
      if (fulfillment.has(name)) {
        assertThat(fulfillment.get(name).getNodeType()).as(name).isEqualTo(template.get(name).getNodeType());
      }
    });
    assertThat(fulfillment.at("/lineItemsByFulfillmentOrder/0/fulfillmentOrderId").asText())
        .isEqualTo("gid://shopify/FulfillmentOrder/1046000823");
    assertThat(fulfillment.at("/lineItemsByFulfillmentOrder/0/fulfillmentOrderLineItems/0"))
        .isEqualTo(tree("{\"id\":\"gid://shopify/FulfillmentOrderLineItem/1058737564\",\"quantity\":1}"));
    assertThat(fulfillment.at("/trackingInfo")).isEqualTo(tree("{\"company\":\"UPS\",\"number\":\"1Z999AA10123456784\"}"));
    assertThat(tree(only("OrderFulfillments").getBodyAsString()).at("/variables/id").asText()).isEqualTo("gid://shopify/Order/450789469");
  }

  @Test
  void answersATrackingNumberTheOrderHoldsAsAlreadyConfirmedWithoutSending() {
    server.stubFor(op("OrderFulfillments").willReturn(data(fulfilledWith("1Z999AA10123456784"))));

    ConfirmationResult result = connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation("1Z999AA10123456784"));

    assertThat(result).isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);
    assertThat(requests("FulfillmentCreate")).isEmpty();
  }

  @Test
  void readsBackInsteadOfSendingAgainWhenFulfillmentCreateGetsNoAnswer() {
    server.stubFor(op("OrderFulfillments").inScenario("lost").whenScenarioStateIs(STARTED)
        .willReturn(dataFixture("gql-orderFulfillments-derived.json")));
    server.stubFor(op("FulfillmentCreate").inScenario("lost").whenScenarioStateIs(STARTED).willSetStateTo("applied")
        .willReturn(json(503, "{\"errors\":\"Service unavailable\"}")));
    server.stubFor(op("OrderFulfillments").inScenario("lost").whenScenarioStateIs("applied")
        .willReturn(data(fulfilledWith("1Z999AA10123456784"))));
    ShipmentConfirmer confirmer = connector.capability(ShipmentConfirmer.class).orElseThrow();

    assertThat(confirmer.confirm(shop, confirmation("1Z999AA10123456784"))).isInstanceOf(ConfirmationResult.Confirmed.class);
    assertThat(confirmer.confirm(shop, confirmation("1Z999AA10123456784"))).isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);
    assertThat(requests("FulfillmentCreate")).hasSize(1);
  }

  @Test
  void throwsTheFailureWhenTheReadBackShowsNoFulfillment() {
    server.stubFor(op("OrderFulfillments").willReturn(dataFixture("gql-orderFulfillments-derived.json")));
    server.stubFor(op("FulfillmentCreate").willReturn(json(502, "<html><body>Bad gateway</body></html>")));

    assertThatThrownBy(() -> connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation("1Z999AA10123456784")))
        .isInstanceOf(PlatformUnavailableException.class);
    assertThat(requests("FulfillmentCreate")).hasSize(1);
    assertThat(requests("OrderFulfillments")).hasSize(2);
  }

  private static String fulfilledWith(String tracking) {
    ObjectNode data = (ObjectNode) tree(fixture("gql-orderFulfillments-derived.json"));
    ((ObjectNode) data.get("order")).set("fulfillments", tree("[{\"trackingInfo\":[{\"number\":\"" + tracking + "\"}]}]"));
    ((ObjectNode) data.at("/order/fulfillmentOrders/nodes/0")).put("status", "CLOSED");
    return data.toString();
  }

  @Test
  void publishesAListingAndReportsARejectionNamingTheField() {
    server.stubFor(op("ProductVariants").willReturn(data("{\"productVariants\":{\"pageInfo\":{\"hasNextPage\":false},\"nodes\":[]}}")));
    server.stubFor(op("ProductSet").withRequestBody(matchingJsonPath("$.variables.input.title", absent()))
        .willReturn(dataFixture("gql-productSet-userErrors-derived.json")));
    server.stubFor(op("ProductSet").withRequestBody(matchingJsonPath("$.variables.input.title", equalTo("Eco-Friendly Water Bottle")))
        .willReturn(dataFixture("gql-productSet-derived.json")));
    ListingPublisher publisher = connector.capability(ListingPublisher.class).orElseThrow();

    ListingVerdict accepted = publisher.put(shop, new ListingSubmission("ECO-BOTTLE-16", "Drinkware",
        Map.of("title", "Eco-Friendly Water Bottle", "vendor", "EcoLifestyle", "material", "steel"), Money.of("24.5", "USD"), null));
    ListingVerdict rejected = publisher.put(shop, new ListingSubmission("ECO-BOTTLE-20", "Drinkware",
        Map.of("vendor", "EcoLifestyle"), Money.of("26.00", "USD"), null));

    assertThat(accepted.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(accepted.platformListingId()).isEqualTo("gid://shopify/Product/1072481342");
    assertThat(rejected.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(rejected.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("BLANK");
      assertThat(i.message()).isEqualTo("Title can't be blank");
      assertThat(i.attributes()).containsExactly("title");
    });
    JsonNode input = tree(requests("ProductSet").get(0).getBodyAsString()).at("/variables/input");
    JsonNode sent = input.get("title") != null ? input : tree(requests("ProductSet").get(1).getBodyAsString()).at("/variables/input");
    assertThat(sent.at("/productType").asText()).isEqualTo("Drinkware");
    assertThat(sent.at("/variants/0/price").asText()).isEqualTo("24.50");
    assertThat(sent.at("/variants/0/inventoryItem/sku").asText()).isEqualTo("ECO-BOTTLE-16");
    assertThat(sent.at("/metafields/0")).isEqualTo(
        tree("{\"namespace\":\"erp\",\"key\":\"material\",\"type\":\"single_line_text_field\",\"value\":\"steel\"}"));
  }

  @Test
  void setsTheQuantityOfAFreshProductFromTheProductSetAnswerWhileSearchLags() {
    server.stubFor(op("ProductVariants").willReturn(data("{\"productVariants\":{\"pageInfo\":{\"hasNextPage\":false},\"nodes\":[]}}")));
    server.stubFor(op("ProductSet").willReturn(dataFixture("gql-productSet-derived.json")));
    server.stubFor(op("InventorySetQuantities").willReturn(dataFixture("gql-inventorySetQuantities-cas-data.json")));

    ListingVerdict verdict = connector.capability(ListingPublisher.class).orElseThrow().put(shop, new ListingSubmission(
        "ECO-BOTTLE-16", "Drinkware", Map.of("title", "Eco-Friendly Water Bottle"), Money.of("24.50", "USD"), 11L));

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(verdict.issues()).isEmpty();
    assertThat(tree(only("InventorySetQuantities").getBodyAsString()).at("/variables/input/quantities"))
        .isEqualTo(tree(fixture("gql-inventorySetQuantities-cas-variables.json")).at("/input/quantities"));
  }

  @Test
  void updatesTheExistingProductOfASkuInsteadOfCreatingAnother() {
    server.stubFor(op("ProductVariants").willReturn(dataFixture("gql-productVariants-derived.json")));
    server.stubFor(op("ProductSet").willReturn(dataFixture("gql-productSet-derived.json")));

    connector.capability(ListingPublisher.class).orElseThrow()
        .put(shop, new ListingSubmission("BURTON-151", "Snowboard", Map.of("title", "Burton Custom Freestyle 151"), null, null));

    JsonNode variables = tree(only("ProductSet").getBodyAsString()).at("/variables");
    assertThat(variables.at("/identifier/id").asText()).isEqualTo("gid://shopify/Product/1072481042");
    assertThat(variables.at("/input/variants/0/id").asText()).isEqualTo("gid://shopify/ProductVariant/1070325019");
  }

  @Test
  void waitsOutAThrottledAnswerWithStatus200AndRetries() {
    server.stubFor(op("Orders").inScenario("throttle").whenScenarioStateIs(STARTED).willSetStateTo("restored")
        .willReturn(json(200, fixture("gql-throttled-error.json"))));
    server.stubFor(op("Orders").inScenario("throttle").whenScenarioStateIs("restored")
        .willReturn(data(page("450789469", "2008-01-10T16:00:00Z", false))));

    PlatformPage<PlatformOrder> page = orders().orders(shop, WINDOW, null);

    assertThat(page.items()).hasSize(1);
    // requestedQueryCost 752, currentlyAvailable 666, restoreRate 50: 86 points take 1.72 s
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(requests("Orders")).hasSize(2);
    assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("429"));
  }

  @Test
  void endsPersistentThrottlingInARateLimitedException() {
    server.stubFor(op("Orders").willReturn(json(200, fixture("gql-throttled-error.json"))));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null)).isInstanceOf(RateLimitedException.class);
    assertThat(requests("Orders").size()).isBetween(2, 10);
  }

  @Test
  void resendsAThrottledMutationSinceShopifyDidNotRunIt() {
    server.stubFor(op("OrderFulfillments").willReturn(dataFixture("gql-orderFulfillments-derived.json")));
    server.stubFor(op("FulfillmentCreate").inScenario("throttle").whenScenarioStateIs(STARTED).willSetStateTo("restored")
        .willReturn(json(200, fixture("gql-throttled-error.json"))));
    server.stubFor(op("FulfillmentCreate").inScenario("throttle").whenScenarioStateIs("restored")
        .willReturn(dataFixture("gql-fulfillmentCreate-derived.json")));

    assertThat(connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation("1Z999AA10123456784")))
        .isInstanceOf(ConfirmationResult.Confirmed.class);
    assertThat(requests("FulfillmentCreate")).hasSize(2);
  }

  @Test
  void reportsTruncatedAndHtmlBodiesAsMalformed() {
    String whole = envelope(page("450789469", "2008-01-10T16:00:00Z", false));
    server.stubFor(op("Orders").willReturn(json(200, whole.substring(0, whole.length() / 2))));
    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null)).isInstanceOf(MalformedResponseException.class);

    server.stubFor(op("Orders").willReturn(json(200, "<!DOCTYPE html><html><body>Shopify is down</body></html>")
        .withHeader("Content-Type", "text/html")));
    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null)).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void reportsAGraphQlErrorWithShopifysCode() {
    server.stubFor(op("Orders").willReturn(json(200, fixture("gql-error-undefinedField.json"))));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformCode()).isEqualTo("undefinedField"));
  }

  @Test
  void readsTheRotatedTokenWhenTheOldOneIsRefusedMidPage() {
    server.stubFor(op("Orders").withRequestBody(matchingJsonPath("$.variables.after", absent()))
        .willReturn(data(page("450789469", "2008-01-10T16:00:00Z", true))));
    server.stubFor(op("Orders").withRequestBody(matchingJsonPath("$.variables.after", equalTo(END_CURSOR)))
        .withHeader("X-Shopify-Access-Token", equalTo(ACCESS_TOKEN))
        .willReturn(json(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}")));
    server.stubFor(op("Orders").withRequestBody(matchingJsonPath("$.variables.after", equalTo(END_CURSOR)))
        .withHeader("X-Shopify-Access-Token", equalTo(ROTATED_TOKEN))
        .willReturn(data(page("450789470", "2008-01-10T17:00:00Z", false))));

    PlatformPage<PlatformOrder> first = orders().orders(shop, WINDOW, null);
    credentials.put(shop.id(), Credentials.of("access_token", ROTATED_TOKEN));
    PlatformPage<PlatformOrder> second = orders().orders(shop, WINDOW, first.next());

    assertThat(second.items()).extracting(PlatformOrder::platformOrderId).containsExactly("450789470");
    assertThat(requests("Orders")).hasSize(3);
    assertThat(String.join("\n", log.lines())).doesNotContain(ACCESS_TOKEN).doesNotContain(ROTATED_TOKEN);
  }

  @Test
  void mapsUnknownEnumValuesWithoutFailing() {
    ObjectNode data = (ObjectNode) tree(page("450789469", "2008-01-10T16:00:00Z", false));
    ObjectNode order = (ObjectNode) data.at("/orders/nodes/0");
    order.put("displayFulfillmentStatus", "TELEPORTED");
    order.put("displayFinancialStatus", "PAID_IN_GOLD");
    ((ObjectNode) order.at("/fulfillmentOrders/nodes/0/assignedLocation/location/fulfillmentService")).put("type", "DRONE");
    server.stubFor(op("Orders").willReturn(data(data.toString())));

    assertThat(orders().orders(shop, WINDOW, null).items()).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(PlatformOrderStatus.OTHER);
      assertThat(o.channel()).isEqualTo(FulfillmentChannel.MERCHANT);
    });
  }

  @Test
  void mapsAccessDeniedToAForbiddenAuthenticationFailure() {
    server.stubFor(op("Orders").willReturn(json(200,
        "{\"errors\":[{\"message\":\"Access denied for orders field.\",\"extensions\":{\"code\":\"ACCESS_DENIED\"}}]}")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.FORBIDDEN));
  }

  @Test
  void rejectsAloneTheOrderThatLacksASkuNamingTheLine() {
    ObjectNode data = (ObjectNode) tree(page("450789469", "2008-01-10T16:00:00Z", false));
    ((ObjectNode) data.at("/orders/nodes/0/lineItems/nodes/1")).putNull("sku");
    server.stubFor(op("Orders").willReturn(data(data.toString())));

    var page = orders().orders(shop, WINDOW, null);

    assertThat(page.items()).isEmpty();
    assertThat(page.rejected()).singleElement().satisfies(r -> {
      assertThat(r.itemId()).isEqualTo("450789469");
      assertThat(r.error().field()).isEqualTo("orders.nodes[0].lineItems.nodes[1].sku");
    });
  }

  @Test
  void refusesAShopOfAnotherPlatformOrWithoutAShopifyDomain() {
    Shop amazon = new Shop(shop.id(), PlatformId.AMAZON, "ATVPDKIKX0DER", "US", shop.currency(), shop.zone(), shop.status(), 0);
    Shop elsewhere = new Shop(shop.id(), PlatformId.SHOPIFY, "shop.example.com", "US", shop.currency(), shop.zone(), shop.status(), 0);

    assertThatThrownBy(() -> orders().orders(amazon, WINDOW, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shop"));
    assertThatThrownBy(() -> orders().orders(elsewhere, WINDOW, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("marketplace"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void offersNoPlatformStockOrInboundPlans() {
    assertThat(connector.capability(PlatformStockSource.class)).isEmpty();
    assertThat(connector.capability(InboundPlans.class)).isEmpty();
    assertThat(connector.platform()).isEqualTo(PlatformId.SHOPIFY);
  }

  @Test
  void readsTheRestOfTheLinesOfAnOrderWithMoreThanOnePage() {
    ObjectNode data = (ObjectNode) tree(page("450789469", "2008-01-10T16:00:00Z", false));
    ((ObjectNode) data.at("/orders/nodes/0/lineItems/pageInfo")).put("hasNextPage", true).put("endCursor", "lines-1");
    ObjectNode more = (ObjectNode) tree("{\"order\":{\"lineItems\":{\"pageInfo\":{\"hasNextPage\":false},\"nodes\":[]}}}");
    ObjectNode extra = ((ObjectNode) data.at("/orders/nodes/0/lineItems/nodes/2")).deepCopy();
    extra.put("id", "gid://shopify/LineItem/703073505").put("sku", "IPOD2008SILVER");
    ((com.fasterxml.jackson.databind.node.ArrayNode) more.at("/order/lineItems/nodes")).add(extra);
    server.stubFor(op("Orders").willReturn(data(data.toString())));
    server.stubFor(op("OrderLines").withRequestBody(matchingJsonPath("$.variables.after", equalTo("lines-1")))
        .withRequestBody(matchingJsonPath("$.variables.id", equalTo("gid://shopify/Order/450789469")))
        .willReturn(data(more.toString())));

    assertThat(orders().orders(shop, WINDOW, null).items()).singleElement()
        .satisfies(o -> assertThat(o.lines()).extracting(OrderLine::lineId)
            .containsExactly("466157049", "518995019", "703073504", "703073505"));
  }

  @Test
  void waitsBeforeTheNextRequestWhenTheBucketIsShortOfTheLastQuerysCost() {
    ObjectNode envelope = (ObjectNode) tree(envelope(page("450789469", "2008-01-10T16:00:00Z", false)));
    ObjectNode cost = (ObjectNode) envelope.at("/extensions/cost");
    cost.put("requestedQueryCost", 752);
    ((ObjectNode) cost.get("throttleStatus")).put("currentlyAvailable", 600);
    server.stubFor(op("Orders").willReturn(json(200, envelope.toString())));

    orders().orders(shop, WINDOW, null);
    assertThat(sleeper.sleeps()).isEmpty();
    orders().orders(shop, WINDOW, null);

    // 752 requested, 600 available, 50 restored a second: the second request waits 152 / 50 → 4 s
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(4));
  }

  private LoggedRequest only(String operationName) {
    List<LoggedRequest> found = requests(operationName);
    assertThat(found).as("%s requests", operationName).hasSize(1);
    return found.get(0);
  }

  private List<LoggedRequest> requests(String operationName) {
    return server.findAll(postRequestedFor(urlPathEqualTo(PATH))
        .withRequestBody(matchingJsonPath("$.operationName", equalTo(operationName))));
  }
}
