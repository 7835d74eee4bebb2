package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platforms.support.ConnectorTestSupport;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * WireMock on a dynamic port standing in for Walmart's marketplace endpoints and its Token API, a
 * MutableClock with a sleeper that advances it, a recording HTTP logger, and a Walmart US shop
 * with test credentials. Stubs are the Walmart payloads in {@code src/test/resources/walmart/}.
 */
abstract class WalmartTestSupport extends ConnectorTestSupport {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final String CLIENT_ID = "wm-client-0001-TESTCLIENTID";
  static final String CLIENT_SECRET = "wm-secret-TESTCLIENTSECRETVALUE42";
  /** The access token of Walmart's own token example ({@code auth-tokenAPI-200-clientCredentialsRes.json}). */
  static final String ACCESS_TOKEN = "eyJraWQiOiI1MWY3MjM0Ny0wYWY5LTRhZ.....";
  static final String TOKEN_PATH = "/v3/token";
  static final String ORDERS_PATH = "/v3/orders";
  /** A window holding every order of Walmart's examples. */
  static final OrderWindow WINDOW =
      new OrderWindow(Instant.parse("2019-08-01T00:00:00Z"), Instant.parse("2021-07-01T00:00:00Z"));

  InMemoryCredentials credentials;
  Shop shop;
  WalmartConnector connector;

  WalmartTestSupport() {
    super(T0);
  }

  @BeforeEach
  void startWalmart() {
    shop = walmartShop();
    credentials = new InMemoryCredentials()
        .put(shop.id(), Credentials.of("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
    server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(fixture(200, "auth-tokenAPI-200-clientCredentialsRes.json")));
    connector = connector();
  }

  static Shop walmartShop() {
    return Shop.of(ShopId.of("wm-us-1"), PlatformId.WALMART, "US", "Walmart US store", Currency.getInstance("USD"),
        ZoneId.of("America/Chicago"));
  }

  /** A connector on this test's server, clock, sleeper and logger, rate limiting off. */
  WalmartConnector connector() {
    return builder().withoutRateLimiting().build();
  }

  /** A builder on this test's server, clock, sleeper and logger. */
  WalmartConnector.Builder builder() {
    return onServer(WalmartConnector.builder(), credentials);
  }

  /**
   * Seller-fulfilled orders in two pages (Walmart's example page, whose {@code nextCursor} leads to
   * a page holding the order of the {@code getAnOrder} example), and no WFS or 3PL orders.
   */
  void stubOrderPages() {
    server.stubFor(get(urlPathEqualTo(ORDERS_PATH)).withQueryParam("shipNodeType", equalTo("SellerFulfilled"))
        .withQueryParam("poIndex", absent())
        .willReturn(fixture(200, "orders-getAllOrders-200.json")));
    String order = fixture("orders-getAnOrder-200-ORDER.json");
    String inner = order.substring(order.indexOf('{', order.indexOf("\"order\"")), order.lastIndexOf('}'));
    server.stubFor(get(urlPathEqualTo(ORDERS_PATH)).withQueryParam("shipNodeType", equalTo("SellerFulfilled"))
        .withQueryParam("poIndex", equalTo("10"))
        .willReturn(json(200, "{\"list\":{\"meta\":{\"totalCount\":31,\"limit\":10},\"elements\":{\"order\":["
            + inner + "]}}}")));
    for (String type : List.of("WFSFulfilled", "3PLFulfilled")) {
      server.stubFor(get(urlPathEqualTo(ORDERS_PATH)).withQueryParam("shipNodeType", equalTo(type))
          .willReturn(json(200, emptyPage())));
    }
  }

  static ResponseDefinitionBuilder fixture(int status, String name) {
    return json(status, fixture(name));
  }

  /** The text of the fixture {@code name} in {@code src/test/resources/walmart/}. */
  static String fixture(String name) {
    return fixture("walmart", name);
  }

  /** A Walmart error body of the documented shape. */
  static String error(String code, String field, String description) {
    return "{\"errors\":[{\"code\":\"" + code + "\",\"field\":\"" + field + "\",\"description\":\"" + description
        + "\",\"info\":\"Request invalid\",\"severity\":\"ERROR\",\"category\":\"DATA\"}]}";
  }

  /** An empty page of {@code GET /v3/orders}. */
  static String emptyPage() {
    return "{\"list\":{\"meta\":{\"totalCount\":0,\"limit\":100},\"elements\":{\"order\":[]}}}";
  }
}
