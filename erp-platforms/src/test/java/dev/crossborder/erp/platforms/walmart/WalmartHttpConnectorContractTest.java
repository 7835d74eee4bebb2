package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.testkit.platform.HttpConnectorContract;
import dev.crossborder.erp.testkit.platform.HttpEnvironment;
import dev.crossborder.erp.testkit.platform.HttpOperation;
import dev.crossborder.erp.testkit.platform.HttpScenario;
import java.time.Instant;
import java.util.List;

/**
 * The Walmart connector passes the HTTP connector kit: its idempotent read is {@code getAllOrders}
 * (the first, seller-fulfilled page, answered with Walmart's example page) and its non-idempotent
 * write is {@code shippingUpdates} (answered with Walmart's example). The order the write reads
 * first and back is the shipping example's order before it shipped, stubbed here.
 */
class WalmartHttpConnectorContractTest extends HttpConnectorContract {
  private static final String ORDER = WalmartShipmentConfirmerTest.SHIPPED_ORDER;

  @Override
  protected HttpScenario newScenario(HttpEnvironment env) {
    env.server().stubFor(post(urlPathEqualTo(WalmartTestSupport.TOKEN_PATH))
        .willReturn(WalmartTestSupport.fixture(200, "auth-tokenAPI-200-clientCredentialsRes.json")));
    env.server().stubFor(get(urlPathEqualTo("/v3/orders/" + ORDER))
        .willReturn(WalmartTestSupport.json(200, WalmartShipmentConfirmerTest.unshipped())));
    Shop shop = WalmartTestSupport.walmartShop();
    InMemoryCredentials credentials = new InMemoryCredentials().put(shop.id(), Credentials.of(
        "client_id", WalmartTestSupport.CLIENT_ID, "client_secret", WalmartTestSupport.CLIENT_SECRET));
    WalmartConnector connector = WalmartConnector.builder()
        .credentials(credentials)
        .clock(env.clock())
        .sleeper(env::sleep)
        .logger(exchange -> env.log(exchange.line()))
        .endpoint(env.baseUrl() + "/")
        .build();
    return new WalmartScenario(connector, shop);
  }

  private record WalmartScenario(PlatformConnector connector, Shop shop) implements HttpScenario {

    @Override
    public List<String> secrets() {
      return List.of(WalmartTestSupport.CLIENT_SECRET, WalmartTestSupport.ACCESS_TOKEN);
    }

    @Override
    public HttpOperation read() {
      OrderWindow window = new OrderWindow(Instant.parse("2019-08-01T00:00:00Z"), Instant.parse("2019-10-01T00:00:00Z"));
      return HttpOperation.of(
          "getAllOrders",
          () -> get(urlPathEqualTo("/v3/orders")),
          () -> WalmartTestSupport.fixture(200, "orders-getAllOrders-200.json"),
          () -> connector.capability(OrderSource.class).orElseThrow().orders(shop, window, null));
    }

    @Override
    public HttpOperation write() {
      ShipmentConfirmation confirmation = WalmartShipmentConfirmerTest.confirmation(ORDER, "1", "FedEx", "794600123456");
      return HttpOperation.of(
          "shippingUpdates",
          () -> post(urlPathEqualTo("/v3/orders/" + ORDER + "/shipping")),
          () -> WalmartTestSupport.fixture(200, "orders-shippingUpdates-200.json"),
          () -> connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation));
    }
  }
}
