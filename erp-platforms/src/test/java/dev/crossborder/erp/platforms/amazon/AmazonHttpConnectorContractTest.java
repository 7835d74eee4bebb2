package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.shop.PlatformId;
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

/**
 * The Amazon connector passes the HTTP connector kit: its idempotent read is {@code searchOrders}
 * (Orders API v2026-01-01, answered with Amazon's example payload) and its non-idempotent write
 * is v0 {@code confirmShipment} (204 on success, as in the model).
 */
class AmazonHttpConnectorContractTest extends HttpConnectorContract {
  private static final String LWA_PATH = "/lwa/auth/o2/token";
  private static final String ORDER = "202-1234567-8901234";

  @Override
  protected HttpScenario newScenario(HttpEnvironment env) {
    env.server()
        .stubFor(post(urlPathEqualTo(LWA_PATH)).willReturn(json(200,
            "{\"access_token\":\"" + AmazonTestSupport.ACCESS_TOKEN
                + "\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
    Shop shop =
        Shop.of(ShopId.of("us-1"), PlatformId.AMAZON, "ATVPDKIKX0DER", "US store", Currency.getInstance("USD"),
            ZoneId.of("America/Los_Angeles"));
    InMemoryCredentials credentials =
        new InMemoryCredentials()
            .put(shop.id(), Credentials.of(
                "client_id", AmazonTestSupport.CLIENT_ID,
                "client_secret", AmazonTestSupport.CLIENT_SECRET,
                "refresh_token", AmazonTestSupport.REFRESH_TOKEN,
                "seller_id", AmazonTestSupport.SELLER_ID));
    AmazonConnector connector =
        AmazonConnector.builder()
            .credentials(credentials)
            .clock(env.clock())
            .sleeper(env::sleep)
            .logger(exchange -> env.log(exchange.line()))
            .endpoint(env.baseUrl() + "/")
            .lwaEndpoint(env.baseUrl() + "/lwa/")
            .build();
    return new AmazonScenario(connector, shop);
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private record AmazonScenario(PlatformConnector connector, Shop shop) implements HttpScenario {

    @Override
    public List<String> secrets() {
      return List.of(AmazonTestSupport.CLIENT_SECRET, AmazonTestSupport.REFRESH_TOKEN, AmazonTestSupport.ACCESS_TOKEN);
    }

    @Override
    public HttpOperation read() {
      OrderWindow window = new OrderWindow(Instant.parse("2024-12-24T00:00:00Z"), Instant.parse("2024-12-26T00:00:00Z"));
      return HttpOperation.of(
          "searchOrders",
          () -> get(urlPathEqualTo("/orders/2026-01-01/orders")),
          () -> json(200, AmazonTestSupport.fixture("orders-2026-01-01-searchOrders-200.json")),
          () -> connector.capability(OrderSource.class).orElseThrow().orders(shop, window, null));
    }

    @Override
    public HttpOperation write() {
      ShipmentConfirmation confirmation =
          new ShipmentConfirmation(ORDER, List.of(new ShipmentConfirmation.Item("20212345678901", Quantity.of(3))),
              "Royal Mail", null, "RR123456789GB", "Royal Mail Tracked 48", Instant.parse("2024-12-26T14:00:00Z"));
      return HttpOperation.of(
          "confirmShipment",
          () -> post(urlPathEqualTo("/orders/v0/orders/" + ORDER + "/shipmentConfirmation")),
          () -> aResponse().withStatus(204),
          () -> connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation));
    }
  }
}
