package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.support.CapturedLogs;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A realistic run (token request, order pages whose examples carry buyers' names, addresses, phones
 * and e-mails, a token refused mid-page, a shipping update that fails with a 503) with every log
 * event at TRACE captured: no secret, token or buyer data in any log line, exception message or
 * toString().
 */
class WalmartLoggingTest extends WalmartTestSupport {
  static final List<String> FORBIDDEN = List.of(CLIENT_SECRET, ACCESS_TOKEN, "eyJraWQiOiI1MWY3",
      Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
      "Kathryn Cole", "3258BWarners", "3155598681", "3A31739D8B0A45A1B23F7F8C81C8747F", "Steffen Matt");

  @RegisterExtension final CapturedLogs logs = new CapturedLogs();

  @Test
  void leaksNoSecretTokenOrBuyerDataAnywhere() {
    stubOrderPages();
    String order = WalmartShipmentConfirmerTest.SHIPPED_ORDER;
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + order)).willReturn(json(200, WalmartShipmentConfirmerTest.unshipped())));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + order + "/shipping")).willReturn(aResponse().withStatus(503)));
    WalmartConnector slf4jConnector = WalmartConnector.builder().credentials(credentials).clock(clock).sleeper(sleeper)
        .endpoint(server.baseUrl() + "/").build();
    List<String> seen = new ArrayList<>();

    for (WalmartConnector c : List.of(connector, slf4jConnector)) {
      OrderSource orders = c.capability(OrderSource.class).orElseThrow();
      String cursor = null;
      do {
        var page = orders.orders(shop, WINDOW, cursor);
        seen.add(page.toString());
        page.items().forEach(o -> seen.add(o.toString()));
        page.items().stream().map(PlatformOrder::buyer).filter(java.util.Objects::nonNull).forEach(b -> seen.add(b.toString()));
        cursor = page.next();
      } while (cursor != null);
      ShipmentConfirmer confirmer = c.capability(ShipmentConfirmer.class).orElseThrow();
      assertThatThrownBy(() -> confirmer.confirm(shop,
          WalmartShipmentConfirmerTest.confirmation(order, "1", "FedEx", "794600123456")))
          .isInstanceOfSatisfying(PlatformUnavailableException.class, e -> seen.add(everything(e)));
      seen.add(c.toString());
    }

    logs.assertRunLeaksNone(seen, log, FORBIDDEN);
  }
}
