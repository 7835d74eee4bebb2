package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One seller's day against WireMock playing Walmart, through the capabilities only: read every
 * order of a window (several pages through {@code nextCursor}, every ship node type), set a SKU's
 * quantity, and upload the tracking of the created order, which the connector acknowledges first.
 * One token serves the whole run.
 */
class WalmartWalkthroughTest extends WalmartTestSupport {

  @Test
  void readsEveryOrderSetsAQuantityAndUploadsTracking() throws Exception {
    stubOrderPages();
    String created = WalmartShipmentConfirmerTest.CREATED_ORDER;
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + created)).willReturn(fixture(200, "orders-getAnOrder-200-ATTRIBUTES.json")));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + created + "/acknowledge"))
        .willReturn(fixture(200, "orders-acknowledgeOrders-200.json")));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + created + "/shipping"))
        .willReturn(fixture(200, "orders-shippingUpdates-200.json")));
    server.stubFor(put(urlPathEqualTo("/v3/inventory")).withQueryParam("sku", equalTo("test1"))
        .willReturn(fixture(200, "inventory-updateInventoryForAnItem-200.json")));

    List<PlatformOrder> all = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      PlatformPage<PlatformOrder> page = connector.capability(OrderSource.class).orElseThrow().orders(shop, WINDOW, cursor);
      all.addAll(page.items());
      cursor = page.next();
      pages++;
    } while (cursor != null);
    PlatformOrder toShip = all.stream().filter(o -> o.platformOrderId().equals(created)).findFirst().orElseThrow();
    String sku = toShip.lines().get(0).sku().value();
    ListingVerdict quantity = connector.capability(InventoryPublisher.class).orElseThrow().setQuantity(shop, sku, 9);
    ConfirmationResult tracking = connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop,
        WalmartShipmentConfirmerTest.confirmation(created, toShip.lines().get(0).lineId(), "UPS", "1Z999AA10123456784"));

    assertThat(pages).isEqualTo(4);
    assertThat(all).hasSize(11).extracting(PlatformOrder::platformOrderId).doesNotHaveDuplicates();
    assertThat(quantity.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(tracking).isInstanceOf(ConfirmationResult.Confirmed.class);
    server.verify(putRequestedFor(urlPathEqualTo("/v3/inventory")).withQueryParam("sku", equalTo("test1")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/v3/orders/" + created + "/acknowledge")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/v3/orders/" + created + "/shipping")));
    Map<?, ?> tokenForm = new ObjectMapper().readValue(fixture("auth-tokenAPI-request-clientCredentialsReq.json"), Map.class);
    server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
        .withRequestBody(equalTo("grant_type=" + tokenForm.get("grant_type"))));
    assertThat(String.join("\n", log.lines())).doesNotContain(ACCESS_TOKEN, CLIENT_SECRET, "Kathryn", "3258BWarners");
  }
}
