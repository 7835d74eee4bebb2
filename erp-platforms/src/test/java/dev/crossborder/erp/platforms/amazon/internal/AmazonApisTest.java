package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.platforms.amazon.internal.LwaWire.Token;
import dev.crossborder.erp.platforms.http.CallContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The Retrofit interfaces build the requests the models describe (paths, query names, bodies,
 * context tag), checked with {@code Call.request()}, which sends nothing.
 */
class AmazonApisTest {
  private static final CallContext CONTEXT =
      CallContext.idempotent(dev.crossborder.erp.shop.PlatformId.AMAZON, "shop-1", "searchOrders");

  private static Retrofit retrofit(String baseUrl) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .addConverterFactory(JacksonConverterFactory.create(AmazonJson.mapper()))
        .build();
  }

  private static final Retrofit NA = retrofit(Marketplaces.Region.NA.endpoint());

  private static String body(Request request) throws IOException {
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);
    return buffer.readUtf8();
  }

  @Test
  void searchOrdersUsesTheModelsQueryNamesAndCarriesTheContextTag() {
    Request r = NA.create(OrdersApi.class)
        .searchOrders(null, null, "2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z", null,
            "ATVPDKIKX0DER,A2EUQ1WTGCTBG2", null, 100, "2YgYW55IGNhcm5hbCBwbGVhc3VyZS4",
            "FULFILLMENT,PROCEEDS,RECIPIENT", CONTEXT)
        .request();

    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.url().encodedPath()).isEqualTo("/orders/2026-01-01/orders");
    assertThat(r.url().host()).isEqualTo("sellingpartnerapi-na.amazon.com");
    assertThat(r.url().queryParameterNames())
        .containsExactlyInAnyOrder("lastUpdatedAfter", "lastUpdatedBefore", "marketplaceIds", "maxResultsPerPage",
            "paginationToken", "includedData");
    assertThat(r.url().queryParameter("marketplaceIds")).isEqualTo("ATVPDKIKX0DER,A2EUQ1WTGCTBG2");
    assertThat(r.tag(CallContext.class)).isEqualTo(CONTEXT);
  }

  @Test
  void encodesSkusInListingPaths() throws IOException {
    ListingsApi api = NA.create(ListingsApi.class);
    Request get = api.getListingsItem("A1SELLER", "SKU/with space", "ATVPDKIKX0DER", null, "summaries,offers", CONTEXT)
        .request();
    assertThat(get.url().encodedPath()).isEqualTo("/listings/2021-08-01/items/A1SELLER/SKU%2Fwith%20space");

    Request patch = api.patchListingsItem("A1SELLER", "S1", "ATVPDKIKX0DER", null, null, null,
        ListingMapper.quantityPatch("LUGGAGE", 10), CONTEXT).request();
    assertThat(patch.method()).isEqualTo("PATCH");
    assertThat(AmazonJson.mapper().readTree(body(patch)))
        .isEqualTo(Fixtures.tree("listings-2021-08-01-patchListingsItem-quantity-request-derived.json"));

    Request delete = api.deleteListingsItem("A1SELLER", "S1", "ATVPDKIKX0DER", null, CONTEXT).request();
    assertThat(delete.method()).isEqualTo("DELETE");
    Request search = api.searchListingsItems("A1SELLER", "ATVPDKIKX0DER", null, "summaries", null, null, null, 20, "t", CONTEXT)
        .request();
    assertThat(search.url().queryParameter("pageToken")).isEqualTo("t");
    assertThat(search.url().queryParameter("pageSize")).isEqualTo("20");
  }

  @Test
  void otherOperationsHitTheirModelPaths() {
    Retrofit eu = retrofit(Marketplaces.Region.EU.endpoint());
    assertThat(eu.create(FbaInventoryApi.class)
            .getInventorySummaries(true, "Marketplace", "A1PA6795UKMFR9", null, null, null, "A1PA6795UKMFR9", CONTEXT)
            .request().url().toString())
        .isEqualTo("https://sellingpartnerapi-eu.amazon.com/fba/inventory/v1/summaries?details=true"
            + "&granularityType=Marketplace&granularityId=A1PA6795UKMFR9&marketplaceIds=A1PA6795UKMFR9");
    InboundApi inbound = eu.create(InboundApi.class);
    assertThat(inbound.getInboundOperationStatus("op1", CONTEXT).request().url().encodedPath())
        .isEqualTo("/inbound/fba/2024-03-20/operations/op1");
    assertThat(inbound.getInboundPlan("wf1", CONTEXT).request().url().encodedPath())
        .isEqualTo("/inbound/fba/2024-03-20/inboundPlans/wf1");
    assertThat(inbound.listInboundPlans(10, null, "ACTIVE", null, null, CONTEXT).request().url().query())
        .isEqualTo("pageSize=10&status=ACTIVE");
    assertThat(NA.create(OrdersApi.class).getOrder("111-1", "FULFILLMENT", CONTEXT).request().url().encodedPath())
        .isEqualTo("/orders/2026-01-01/orders/111-1");
  }

  @Test
  void confirmShipmentPostsTheV0Body() throws IOException {
    var body = Fixtures.tree("orders-v0-confirmShipment-204-sandbox-request.json");
    var request = AmazonJson.mapper().treeToValue(body, OrdersWire.ConfirmShipmentRequest.class);
    Request r = NA.create(OrdersApi.class).confirmShipment("902-1106328-1059050", request, CONTEXT).request();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.url().encodedPath()).isEqualTo("/orders/v0/orders/902-1106328-1059050/shipmentConfirmation");
    assertThat(body(r)).contains("\"carrierCode\":\"FedEx\"", "\"shipDate\":\"2022-02-11T01:00:00Z\"");
  }

  @Test
  void lwaRefreshIsAFormPostAndItsAnswerHidesTheToken() throws IOException {
    Request r = retrofit(LwaApi.BASE_URL).create(LwaApi.class)
        .refresh("refresh_token", "Atzr|IwEB-refresh", "amzn1.application-oa2-client.x", "secret", CONTEXT)
        .request();
    assertThat(r.url().toString()).isEqualTo("https://api.amazon.com/auth/o2/token");
    assertThat(r.body().contentType().toString()).startsWith("application/x-www-form-urlencoded");
    assertThat(body(r)).isEqualTo(
        "grant_type=refresh_token&refresh_token=Atzr%7CIwEB-refresh&client_id=amzn1.application-oa2-client.x"
            + "&client_secret=secret");

    // answer shape from the SP-API guide "Connecting to the Selling Partner API", step 1
    Token token = AmazonJson.read("lwaRefreshToken", 200,
        "{\"access_token\":\"Atza|IQEBLjAsAexample\",\"token_type\":\"bearer\",\"expires_in\":\"3600\"}", Token.class);
    assertThat(token.accessToken()).isEqualTo("Atza|IQEBLjAsAexample");
    assertThat(token.expiresIn()).isEqualTo(3600L);
    assertThat(token.tokenType()).isEqualTo("bearer");
    assertThat(token.toString()).doesNotContain("Atza");
  }

  @Test
  void everyOperationCalledHasADocumentedRateLimit() {
    for (String op : List.of("searchOrders", "getOrder", "confirmShipment", "getListingsItem", "putListingsItem",
        "patchListingsItem", "deleteListingsItem", "searchListingsItems", "getInventorySummaries",
        "createInboundPlan", "getInboundOperationStatus", "getInboundPlan", "listInboundPlans")) {
      assertThat(RateLimits.of(op)).as(op).isPresent();
    }
    assertThat(RateLimits.of("searchOrders")).contains(new RateLimits.RateLimit(0.0056, 20));
    assertThat(RateLimits.of("putListingsItem")).contains(new RateLimits.RateLimit(5, 10));
  }

  @Test
  void knowsTheMarketplacesRegionsAndCurrencies() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("US", "ATVPDKIKX0DER"), Map.entry("CA", "A2EUQ1WTGCTBG2"), Map.entry("MX", "A1AM78C64UM0Y8"),
        Map.entry("BR", "A2Q3Y263D00KWC"), Map.entry("GB", "A1F83G8C2ARO7P"), Map.entry("DE", "A1PA6795UKMFR9"),
        Map.entry("FR", "A13V1IB3VIYZZH"), Map.entry("IT", "APJ6JRA9NG5V4"), Map.entry("ES", "A1RKKUPIHCS9HS"),
        Map.entry("NL", "A1805IZSGTT6HS"), Map.entry("SE", "A2NODRKZP88ZB9"), Map.entry("PL", "A1C3SOZRARQ6R3"),
        Map.entry("BE", "AMEN7PMS3EDWL"), Map.entry("TR", "A33AVAJ2PDY3EV"), Map.entry("AE", "A2VIGQ35RCS4UG"),
        Map.entry("SA", "A17E79C6D8DWNP"), Map.entry("IN", "A21TJRUUN4KGV"), Map.entry("JP", "A1VC38T7YXB528"),
        Map.entry("AU", "A39IBJ37TRP1C6"), Map.entry("SG", "A19VAU5U5O7RUS"));
    expected.forEach((country, id) ->
        assertThat(Marketplaces.byId(id)).as(country).hasValueSatisfying(m -> assertThat(m.countryCode()).isEqualTo(country)));
    assertThat(Marketplaces.byCountry("UK").orElseThrow().currency().getCurrencyCode()).isEqualTo("GBP");
    assertThat(Marketplaces.byId("A21TJRUUN4KGV").orElseThrow().region()).isEqualTo(Marketplaces.Region.EU);
    assertThat(Marketplaces.byId("A1VC38T7YXB528").orElseThrow().region().endpoint())
        .isEqualTo("https://sellingpartnerapi-fe.amazon.com/");
    assertThat(Marketplaces.byId("A2Q3Y263D00KWC").orElseThrow().region()).isEqualTo(Marketplaces.Region.NA);
    assertThat(Marketplaces.byId("A33AVAJ2PDY3EV").orElseThrow().currency().getCurrencyCode()).isEqualTo("TRY");
  }
}
