package dev.crossborder.erp.platforms.kit;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.testkit.platform.HttpConnectorContract;
import dev.crossborder.erp.testkit.platform.HttpEnvironment;
import dev.crossborder.erp.testkit.platform.HttpOperation;
import dev.crossborder.erp.testkit.platform.HttpScenario;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** {@link ExampleHttpConnector}, built on the shared HTTP layer, passes the HTTP connector kit. */
class ExampleHttpConnectorContractTest extends HttpConnectorContract {
  static final String CLIENT_SECRET = "cs-example-7f3a9c2e51";
  static final String REFRESH_TOKEN = "rt-example-41d8b6f0aa";
  static final String ACCESS_TOKEN = "at-example-9e2c5a17cd";

  static final String TOKEN =
      "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":3600}";
  static final String ORDERS =
      """
      {"orders":[{"orderId":"EX-1001","status":"Unshipped","purchasedAt":"2026-05-31T10:00:00Z",
        "updatedAt":"2026-05-31T10:05:00Z","currency":"USD","country":"US",
        "lines":[{"lineId":"L1","sku":"MUG-350-WHT","quantity":2,"unitPrice":"12.99"}]}],
       "nextToken":null}
      """;
  static final String SHIPMENT =
      """
      {"orderId":"EX-1001","carrierCode":"UPS","trackingNumber":"1Z999AA10123456784","shippedAt":"2026-05-31T12:00:00Z"}
      """;

  @Override
  protected HttpScenario newScenario(HttpEnvironment env) {
    env.server()
        .stubFor(
            post(urlPathEqualTo("/token"))
                .withFormParam("refresh_token", equalTo(REFRESH_TOKEN))
                .withFormParam("client_secret", equalTo(CLIENT_SECRET))
                .willReturn(okJson(TOKEN)));
    Shop shop =
        Shop.of(ShopId.of("ex-us"), ExampleHttpConnector.EXAMPLE, "US", "Example US", Currency.getInstance("USD"), ZoneId.of("UTC"));
    InMemoryCredentials credentials =
        new InMemoryCredentials()
            .put(shop.id(), Credentials.of("client_id", "example-client", "client_secret", CLIENT_SECRET, "refresh_token", REFRESH_TOKEN));
    ExampleHttpConnector connector =
        new ExampleHttpConnector(env.baseUrl(), credentials, env.clock(), env::sleep, exchange -> env.log(exchange.line()));
    return new ExampleScenario(connector, shop);
  }

  private record ExampleScenario(PlatformConnector connector, Shop shop) implements HttpScenario {

    @Override
    public List<String> secrets() {
      return List.of(CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN);
    }

    @Override
    public HttpOperation read() {
      OrderWindow window = new OrderWindow(Instant.parse("2026-05-31T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"));
      return HttpOperation.of(
          "listOrders",
          () -> get(urlPathEqualTo("/orders")),
          () -> okJson(ORDERS),
          () -> connector.capability(OrderSource.class).orElseThrow().orders(shop, window, null));
    }

    @Override
    public HttpOperation write() {
      ShipmentConfirmation confirmation =
          new ShipmentConfirmation(
              "EX-1001",
              List.of(new ShipmentConfirmation.Item("L1", Quantity.of(2))),
              "UPS",
              null,
              "1Z999AA10123456784",
              null,
              Instant.parse("2026-05-31T12:00:00Z"));
      return HttpOperation.of(
          "createShipment",
          () -> post(urlPathEqualTo("/shipments")),
          () -> jsonResponse(SHIPMENT, 201),
          () -> connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation));
    }
  }
}
