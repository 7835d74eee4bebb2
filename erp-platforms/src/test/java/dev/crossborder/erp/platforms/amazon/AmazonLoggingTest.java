package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.support.CapturedLogs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A realistic run (token refresh, searchOrders whose example payload carries the buyer's name and
 * address, a confirmShipment, and a failing confirmShipment) with every log event at TRACE
 * captured: no secret, token or buyer data in any log line, exception message or toString().
 */
class AmazonLoggingTest extends AmazonTestSupport {
  static final List<String> FORBIDDEN =
      List.of(REFRESH_TOKEN, CLIENT_SECRET, ACCESS_TOKEN, "IQEBACCESSTOKEN", "John Smith", "123 Main Street", "Smith");

  @RegisterExtension final CapturedLogs logs = new CapturedLogs();

  @Test
  void leaksNoSecretTokenOrBuyerDataAnywhere() {
    // also through the default SLF4J HTTP logger
    AmazonConnector slf4jConnector = AmazonConnector.builder().credentials(credentials).clock(clock).sleeper(sleeper)
        .endpoint(server.baseUrl() + "/").lwaEndpoint(server.baseUrl() + "/lwa/").build();
    server.stubFor(get(urlPathEqualTo("/orders/2026-01-01/orders"))
        .willReturn(fixture(200, "orders-2026-01-01-searchOrders-200.json")));
    String order = "123-4567890-1234567";
    server.stubFor(post(urlPathEqualTo("/orders/v0/orders/" + order + "/shipmentConfirmation"))
        .willReturn(aResponse().withStatus(204)));
    server.stubFor(post(urlPathEqualTo("/orders/v0/orders/999-0000000-0000000/shipmentConfirmation"))
        .willReturn(json(500, "{\"errors\":[{\"code\":\"InternalFailure\"}]}")));
    server.stubFor(get(urlPathEqualTo("/orders/2026-01-01/orders/999-0000000-0000000"))
        .willReturn(fixture(200, "orders-2026-01-01-getOrder-200.json")));
    OrderWindow window = new OrderWindow(Instant.parse("2024-12-25T00:00:00Z"), Instant.parse("2024-12-26T00:00:00Z"));
    List<String> seen = new ArrayList<>();

    for (AmazonConnector c : List.of(connector, slf4jConnector)) {
      PlatformPage<PlatformOrder> page = c.capability(OrderSource.class).orElseThrow().orders(shop, window, null);
      assertThat(page.items()).hasSize(1);
      assertThat(page.items().get(0).buyer()).as("the example carries a buyer").isNotNull();
      seen.add(page.toString());
      page.items().forEach(o -> seen.add(o.toString()));
      ShipmentConfirmer confirmer = c.capability(ShipmentConfirmer.class).orElseThrow();
      ConfirmationResult result = confirmer.confirm(shop, new ShipmentConfirmation(order,
          List.of(new ShipmentConfirmation.Item(page.items().get(0).lines().get(0).lineId(), Quantity.of(1))),
          "UPS", null, "1Z999AA10123456784", null, Instant.parse("2024-12-25T18:00:00Z")));
      seen.add(result.toString());
      assertThatThrownBy(() -> confirmer.confirm(shop, new ShipmentConfirmation("999-0000000-0000000",
          List.of(new ShipmentConfirmation.Item("1", Quantity.of(1))), "UPS", null, "1Z999AA10123456785", null,
          Instant.parse("2024-12-25T18:00:00Z"))))
          .isInstanceOfSatisfying(PlatformUnavailableException.class, e -> seen.add(everything(e)));
      seen.add(c.toString());
    }

    logs.assertRunLeaksNone(seen, log, FORBIDDEN);
  }
}
