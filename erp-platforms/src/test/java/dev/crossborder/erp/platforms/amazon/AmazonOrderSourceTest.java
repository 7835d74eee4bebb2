package dev.crossborder.erp.platforms.amazon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** searchOrders on Amazon's Orders API v2026-01-01 example and sandbox payloads. */
class AmazonOrderSourceTest extends AmazonTestSupport {
  static final String PATH = "/orders/2026-01-01/orders";
  static final String NEXT = "2YgYW55IGNhcm5hbCBwbGVhc3VyZS4";
  static final OrderWindow WINDOW =
      new OrderWindow(Instant.parse("2024-12-24T00:00:00Z"), Instant.parse("2024-12-26T00:00:00Z"));

  OrderSource orders() {
    return connector.capability(OrderSource.class).orElseThrow();
  }

  void stubTwoPages() {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("paginationToken", absent())
        .willReturn(fixture(200, "orders-2026-01-01-searchOrders-200.json")));
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("paginationToken", equalTo(NEXT))
        .willReturn(fixture(200, "orders-2026-01-01-searchOrders-200-sandbox-2.json")));
  }

  @Test
  void readsTheExamplePageWithTheWindowMarketplaceAndTokenHeader() {
    stubTwoPages();

    PlatformPage<PlatformOrder> page = orders().orders(shop, WINDOW, null);

    assertThat(page.items()).singleElement().satisfies(o -> {
      assertThat(o.platformOrderId()).isEqualTo("123-4567890-1234567");
      assertThat(o.updatedAt()).isEqualTo(Instant.parse("2024-12-25T14:45:00Z"));
      assertThat(o.shopId()).isEqualTo(shop.id());
    });
    assertThat(page.next()).isNotNull().doesNotContain(NEXT);
    server.verify(getRequestedFor(urlPathEqualTo(PATH))
        .withQueryParam("lastUpdatedAfter", equalTo("2024-12-24T00:00:00Z"))
        .withQueryParam("lastUpdatedBefore", equalTo("2024-12-26T00:00:00Z"))
        .withQueryParam("marketplaceIds", equalTo("ATVPDKIKX0DER"))
        .withQueryParam("includedData", equalTo("FULFILLMENT,PROCEEDS,RECIPIENT"))
        .withHeader("x-amz-access-token", equalTo(ACCESS_TOKEN)));
  }

  @Test
  void anOrderWithoutSellerSkuIsRejectedAloneAndTheOtherIsMapped() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode body =
        (ObjectNode) mapper.readTree(fixture("orders-2026-01-01-searchOrders-200.json"));
    ArrayNode orders = (ArrayNode) body.get("orders");
    ObjectNode broken = orders.get(0).deepCopy();
    broken.put("orderId", "123-0000000-0000001");
    ((ObjectNode) broken.at("/orderItems/0/product")).remove("sellerSku");
    orders.add(broken);
    body.remove("pagination");
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, body.toString())));

    PlatformPage<PlatformOrder> page = orders().orders(shop, WINDOW, null);

    assertThat(page.items()).extracting(PlatformOrder::platformOrderId).containsExactly("123-4567890-1234567");
    assertThat(page.rejected()).singleElement().satisfies(r -> {
      assertThat(r.itemId()).isEqualTo("123-0000000-0000001");
      assertThat(r.error().field()).isEqualTo("orders[1].orderItems[0].product.sellerSku");
    });
  }

  @Test
  void pagesToTheEndWithAmazonsNextTokenInsideTheCursor() {
    stubTwoPages();

    PlatformPage<PlatformOrder> first = orders().orders(shop, WINDOW, null);
    PlatformPage<PlatformOrder> second = orders().orders(shop, WINDOW, first.next());

    assertThat(second.items()).extracting(PlatformOrder::platformOrderId).containsExactly("202-7654321-1098765");
    assertThat(second.hasNext()).isFalse();
    // a restarted connector accepts the stored cursor
    assertThat(connector().capability(OrderSource.class).orElseThrow().orders(shop, WINDOW, first.next()).items())
        .hasSize(1);
  }

  @Test
  void keepsOnlyOrdersUpdatedInFromInclusiveToExclusive() {
    stubTwoPages();
    OrderWindow endsAtTheOrder =
        new OrderWindow(Instant.parse("2024-12-25T00:00:00Z"), Instant.parse("2024-12-25T14:45:00Z"));
    OrderWindow startsAtTheOrder =
        new OrderWindow(Instant.parse("2024-12-25T14:45:00Z"), Instant.parse("2024-12-25T15:00:00Z"));

    assertThat(orders().orders(shop, endsAtTheOrder, null).items()).isEmpty();
    assertThat(orders().orders(shop, startsAtTheOrder, null).items()).hasSize(1);
  }

  @Test
  void refusesACursorOfAnotherWindowOrShop() {
    stubTwoPages();
    String cursor = orders().orders(shop, WINDOW, null).next();
    OrderWindow other = new OrderWindow(WINDOW.from(), WINDOW.to().plusSeconds(1));

    assertThatThrownBy(() -> orders().orders(shop, other, cursor))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformCode()).isEqualTo("InvalidCursor"));
    assertThatThrownBy(() -> orders().orders(shop, WINDOW, NEXT)).isInstanceOf(PlatformRequestException.class);
  }

  @Test
  void refusesAShopOfAnotherPlatformOrMarketplace() {
    Shop ebay = Shop.of(ShopId.of("eb-1"), PlatformId.EBAY, "EBAY_US", "eBay", Currency.getInstance("USD"), ZoneId.of("UTC"));
    Shop unknown = Shop.of(ShopId.of("us-2"), PlatformId.AMAZON, "NOSUCHMARKET", "x", Currency.getInstance("USD"),
        ZoneId.of("UTC"));

    assertThatThrownBy(() -> orders().orders(ebay, WINDOW, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shop"));
    assertThatThrownBy(() -> orders().orders(unknown, WINDOW, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("marketplace"));
  }

  @Test
  void mapsThe400SandboxBodyToAPlatformRequestException() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(fixture(400, "orders-2026-01-01-searchOrders-400-sandbox.json")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> {
          assertThat(e.platformCode()).isEqualTo("InvalidInput");
          assertThat(e.operation()).isEqualTo("searchOrders");
        });
  }

  @Test
  void retriesA500AndFailsAsUnavailableAfterTheBudget() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(fixture(500, "fba-inventory-v1-getInventorySummaries-500-sandbox.json")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null)).isInstanceOf(PlatformUnavailableException.class);
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(4);
  }

  @Test
  void waitsOutA429OnTheClockAndThenReadsThePage() {
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("throttle").whenScenarioStateIs("Started")
        .willReturn(json(429, "{\"errors\":[{\"code\":\"QuotaExceeded\",\"message\":\"You exceeded your quota\"}]}")
            .withHeader("Retry-After", "3"))
        .willSetStateTo("ok"));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("throttle").whenScenarioStateIs("ok")
        .willReturn(fixture(200, "orders-2026-01-01-searchOrders-200-sandbox-2.json")));

    assertThat(orders().orders(shop, WINDOW, null).items()).hasSize(1);
    assertThat(sleeper.sleeps()).contains(Duration.ofSeconds(3));
  }

  @Test
  void givesUpOnPersistent429AsRateLimited() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(429, "{\"errors\":[{\"code\":\"QuotaExceeded\"}]}")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null)).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void refreshesOnceOn403AndThenReportsForbidden() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(403,
        "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested resource is denied.\"}]}")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.FORBIDDEN));
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(2);
  }

  @Test
  void reportsTruncatedJsonAsMalformedNamingTheOperation() {
    String body = fixture("orders-2026-01-01-searchOrders-200.json");
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, body.substring(0, body.length() / 2))));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> {
          assertThat(e.operation()).isEqualTo("searchOrders");
          assertThat(everything(e)).doesNotContain("John Smith", "123 Main Street");
        });
  }

  @Test
  void mapsStatusOfTheExampleOrder() {
    stubTwoPages();
    assertThat(orders().orders(shop, WINDOW, null).items().get(0).status()).isNotNull()
        .isIn((Object[]) PlatformOrderStatus.values());
  }
}
