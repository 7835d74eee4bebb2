package dev.crossborder.erp.platforms.shopify;

import dev.crossborder.erp.kernel.Quantity;
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
 * The Shopify connector passes the HTTP connector kit: its idempotent read is the {@code Orders}
 * query (answered with the derived orders page), its non-idempotent write the {@code
 * FulfillmentCreate} mutation (answered with the derived fulfilment); the {@code OrderFulfillments}
 * read that precedes every write, and follows a failed one, is stubbed with the derived fulfilment
 * orders. All three share Shopify's one GraphQL endpoint and are told apart by {@code operationName}.
 */
class ShopifyHttpConnectorContractTest extends HttpConnectorContract {

  @Override
  protected HttpScenario newScenario(HttpEnvironment env) {
    env.server().stubFor(ShopifyTestSupport.op("OrderFulfillments").atPriority(10)
        .willReturn(ShopifyTestSupport.dataFixture("gql-orderFulfillments-derived.json")));
    Shop shop = ShopifyTestSupport.shop();
    InMemoryCredentials credentials =
        new InMemoryCredentials().put(shop.id(), Credentials.of("access_token", ShopifyTestSupport.ACCESS_TOKEN));
    ShopifyConnector connector = ShopifyConnector.builder()
        .credentials(credentials)
        .clock(env.clock())
        .sleeper(env::sleep)
        .logger(exchange -> env.log(exchange.line()))
        .endpoint(env.baseUrl())
        .build();
    return new ShopifyScenario(connector, shop);
  }

  private record ShopifyScenario(PlatformConnector connector, Shop shop) implements HttpScenario {

    @Override
    public List<String> secrets() {
      return List.of(ShopifyTestSupport.ACCESS_TOKEN);
    }

    @Override
    public HttpOperation read() {
      OrderWindow window = new OrderWindow(Instant.parse("2008-01-10T00:00:00Z"), Instant.parse("2008-01-11T00:00:00Z"));
      return HttpOperation.of(
          "Orders",
          () -> ShopifyTestSupport.op("Orders"),
          () -> ShopifyTestSupport.dataFixture("gql-orders-page-derived.json"),
          () -> connector.capability(OrderSource.class).orElseThrow().orders(shop, window, null));
    }

    @Override
    public HttpOperation write() {
      ShipmentConfirmation confirmation = new ShipmentConfirmation("450789469",
          List.of(new ShipmentConfirmation.Item("518995019", Quantity.of(1))), "UPS", null, "1Z999AA10123456784", null,
          Instant.parse("2026-06-01T00:00:00Z"));
      return HttpOperation.of(
          "FulfillmentCreate",
          () -> ShopifyTestSupport.op("FulfillmentCreate"),
          () -> ShopifyTestSupport.dataFixture("gql-fulfillmentCreate-derived.json"),
          () -> connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation));
    }
  }
}
