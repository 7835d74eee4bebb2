package dev.crossborder.erp.platforms.ebay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.crossborder.erp.kernel.Quantity;
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
 * The eBay connector passes the HTTP connector kit: its idempotent read is {@code getOrders}
 * (answered with the order page built from eBay's Fulfillment API contract) and its
 * non-idempotent write is {@code createShippingFulfillment} (201 without a body, as eBay answers).
 * The order's fulfillments, which the connector reads before and after the write, are stubbed empty.
 */
class EbayHttpConnectorContractTest extends HttpConnectorContract {
  private static final String ORDER = "04-10234-56781";

  @Override
  protected HttpScenario newScenario(HttpEnvironment env) {
    env.server().stubFor(post(urlPathEqualTo(EbayTestSupport.TOKEN_PATH))
        .willReturn(EbayTestSupport.token(EbayTestSupport.ACCESS_TOKEN, 7200)));
    env.server().stubFor(get(urlPathEqualTo(fulfillments()))
        .willReturn(EbayTestSupport.fixture(200, "fulfillment-getShippingFulfillments-empty.json")));
    Shop shop = EbayTestSupport.usShop();
    EbayConnector connector = EbayConnector.builder()
        .credentials(new InMemoryCredentials().put(shop.id(), EbayTestSupport.credentials()))
        .clock(env.clock())
        .sleeper(env::sleep)
        .logger(exchange -> env.log(exchange.line()))
        .endpoint(env.baseUrl() + "/")
        .identityEndpoint(env.baseUrl() + "/")
        .build();
    return new EbayScenario(connector, shop);
  }

  private static String fulfillments() {
    return "/sell/fulfillment/v1/order/" + ORDER + "/shipping_fulfillment";
  }

  private record EbayScenario(PlatformConnector connector, Shop shop) implements HttpScenario {

    @Override
    public List<String> secrets() {
      return List.of(EbayTestSupport.CLIENT_SECRET, EbayTestSupport.REFRESH_TOKEN, EbayTestSupport.ACCESS_TOKEN);
    }

    @Override
    public HttpOperation read() {
      OrderWindow window = new OrderWindow(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T06:00:00Z"));
      return HttpOperation.of(
          "getOrders",
          () -> get(urlPathEqualTo("/sell/fulfillment/v1/order")),
          () -> EbayTestSupport.fixture(200, "fulfillment-getOrders-page-2.json"),
          () -> connector.capability(OrderSource.class).orElseThrow().orders(shop, window, null));
    }

    @Override
    public HttpOperation write() {
      ShipmentConfirmation confirmation = new ShipmentConfirmation(ORDER,
          List.of(new ShipmentConfirmation.Item("10061275421012", Quantity.of(2))), "USPS", null, "9405509699937003457459",
          null, Instant.parse("2026-03-02T18:00:00Z"));
      return HttpOperation.of(
          "createShippingFulfillment",
          () -> post(urlPathEqualTo(fulfillments())),
          () -> aResponse().withStatus(201)
              .withHeader("Location", "https://api.ebay.com" + fulfillments() + "/9405509699937003457459"),
          () -> connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation));
    }
  }
}
