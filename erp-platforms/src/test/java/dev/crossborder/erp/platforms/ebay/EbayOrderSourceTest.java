package dev.crossborder.erp.platforms.ebay;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platforms.http.HttpExchange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code getOrders} against WireMock serving order pages built from eBay's Fulfillment API contract. */
class EbayOrderSourceTest extends EbayTestSupport {
  private static final String ORDERS = "/sell/fulfillment/v1/order";
  private static final OrderWindow WINDOW =
      new OrderWindow(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T06:00:00Z"));
  private static final String FILTER = "lastmodifieddate:[2026-03-02T00:00:00.000Z..2026-03-02T06:00:00.000Z]";

  @Test
  void walksEveryPageWithOverlappingOffsetsAndMapsEachOrderExactly() {
    server.stubFor(page(0).willReturn(fixture(200, "fulfillment-getOrders-page-1.json")));
    server.stubFor(page(1).willReturn(fixture(200, "fulfillment-getOrders-page-2.json")));

    List<PlatformPage<PlatformOrder>> pages = walk();

    assertThat(pages).hasSize(2);
    Map<String, PlatformOrder> orders = byId(pages);
    assertThat(orders.keySet()).containsExactly("04-10234-56781", "19-10234-56782", "08-10234-56783");

    PlatformOrder usd = orders.get("04-10234-56781");
    assertThat(usd.status()).isEqualTo(PlatformOrderStatus.UNSHIPPED);
    assertThat(usd.channel()).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(usd.purchasedAt()).isEqualTo(Instant.parse("2026-03-01T21:14:03.215Z"));
    assertThat(usd.updatedAt()).isEqualTo(Instant.parse("2026-03-02T01:02:44Z"));
    assertThat(usd.platformFees()).isEqualTo(Money.of("3.47", "USD"));
    assertThat(usd.destination()).isEqualTo(new Destination("US", "WA"));
    assertThat(usd.lines()).containsExactly(new OrderLine("10061275421012", SkuCode.of("MUG-350-WHT"),
        Quantity.of(2), Money.of("11.01", "USD"), Money.of("1.76", "USD"), Money.of("4.99", "USD"),
        Money.of("2.00", "USD")));
    assertThat(usd.buyer()).isNotNull();
    assertThat(usd.buyer().shipTo().city()).isEqualTo("Seattle");

    PlatformOrder yen = orders.get("19-10234-56782");
    assertThat(yen.status()).isEqualTo(PlatformOrderStatus.SHIPPED);
    assertThat(yen.channel()).as("fulfilledBy EBAY").isEqualTo(FulfillmentChannel.PLATFORM);
    assertThat(yen.lines().get(0).unitPrice()).isEqualTo(Money.of("5980", "JPY"));
    assertThat(yen.lines().get(0).tax()).isEqualTo(Money.of("598", "JPY"));
    assertThat(yen.destination()).isEqualTo(new Destination("JP", "13"));

    PlatformOrder euro = orders.get("08-10234-56783");
    assertThat(euro.status()).isEqualTo(PlatformOrderStatus.CANCELLED);
    assertThat(euro.lines().get(0).unitPrice()).isEqualTo(Money.of("12345.60", "EUR"));
    assertThat(euro.lines().get(0).shipping()).isEqualTo(Money.of("0.10", "EUR"));
    assertThat(euro.lines().get(0).discount()).as("a negative discount amount is taken positive").isEqualTo(Money.of("0.05", "EUR"));
  }

  @Test
  void encodesTheFilterBracketsExactlyOnce() {
    server.stubFor(page(0).willReturn(fixture(200, "fulfillment-getOrders-page-2.json")));

    orders().orders(shop, WINDOW, null);

    LoggedRequest request = server.findAll(getRequestedFor(urlPathEqualTo(ORDERS))).get(0);
    assertThat(request.queryParameter("filter").firstValue()).as("the filter eBay decodes").isEqualTo(FILTER);
    assertThat(request.getUrl())
        .as("the URL as sent")
        .contains("filter=lastmodifieddate%3A%5B2026-03-02T00%3A00%3A00.000Z..2026-03-02T06%3A00%3A00.000Z%5D")
        .doesNotContain("%25")
        .doesNotContain("[")
        .doesNotContain("]");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
  }

  @Test
  void refreshesWithBasicClientAuthAndScopes() {
    server.stubFor(page(0).willReturn(fixture(200, "fulfillment-getOrders-page-2.json")));

    orders().orders(shop, WINDOW, null);

    LoggedRequest token = server.findAll(postRequestedFor(urlPathEqualTo(TOKEN_PATH))).get(0);
    assertThat(token.getHeader("Authorization")).isEqualTo(BASIC);
    assertThat(token.formParameters().get("grant_type").firstValue()).isEqualTo("refresh_token");
    assertThat(token.formParameters().get("refresh_token").firstValue()).isEqualTo(REFRESH_TOKEN);
    assertThat(token.formParameters().get("scope").firstValue())
        .isEqualTo("https://api.ebay.com/oauth/api_scope/sell.inventory https://api.ebay.com/oauth/api_scope/sell.fulfillment");
  }

  @Test
  void refreshesOnceWhenTheTokenExpiresMidWalkAndLosesNoOrder() {
    server.stubFor(page(0).willReturn(fixture(200, "fulfillment-getOrders-page-1.json")));
    server.stubFor(page(1).inScenario("expiry").whenScenarioStateIs(STARTED).willSetStateTo("refused")
        .willReturn(fixture(401, "error-oauth-invalid-access-token-401.json")));
    server.stubFor(page(1).inScenario("expiry").whenScenarioStateIs("refused")
        .willReturn(fixture(200, "fulfillment-getOrders-page-2.json")));

    assertThat(byId(walk()).keySet()).containsExactly("04-10234-56781", "19-10234-56782", "08-10234-56783");
    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }

  @Test
  void aTokenThatStaysInvalidEndsInAuthenticationException() {
    server.stubFor(page(0).willReturn(fixture(401, "error-oauth-invalid-access-token-401.json")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.EXPIRED));
    server.verify(2, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void aRevokedRefreshTokenIsTypedRevoked() {
    server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(400,
        "{\"error\":\"invalid_grant\",\"error_description\":\"the provided authorization refresh token is invalid\"}")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.REVOKED));
  }

  @Test
  void cachesTheTokenForItsTwoHoursAndRefreshesAfterwards() {
    server.stubFor(page(0).willReturn(fixture(200, "fulfillment-getOrders-page-2.json")));

    orders().orders(shop, WINDOW, null);
    clock.advance(Duration.ofMinutes(90));
    orders().orders(shop, WINDOW, null);
    server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));

    clock.advance(Duration.ofMinutes(30));
    orders().orders(shop, WINDOW, null);
    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }

  @Test
  void aRefusedSearchIsAPlatformRequestExceptionWithEbaysCode() {
    server.stubFor(page(0).willReturn(fixture(400, "error-rest-errors-400.json")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> {
          assertThat(e.platformCode()).isEqualTo("1");
          assertThat(e.platformMessage()).isEqualTo("Error Message");
        });
    server.verify(1, getRequestedFor(urlPathEqualTo(ORDERS)));
  }

  @Test
  void refusesACursorIssuedForAnotherWindow() {
    server.stubFor(page(0).willReturn(fixture(200, "fulfillment-getOrders-page-1.json")));
    String cursor = orders().orders(shop, WINDOW, null).next();
    OrderWindow other = new OrderWindow(WINDOW.from(), WINDOW.to().plusSeconds(1));

    assertThatThrownBy(() -> orders().orders(shop, other, cursor))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformCode()).isEqualTo("InvalidCursor"));
  }

  @Test
  void anOrderWithALineWithoutSkuIsRejectedAloneNamingTheField() {
    String good = fixture("fulfillment-getOrders-page-2.json");
    String broken = good.replace("\"sku\": \"LAMP-XL\",", "");
    assertThat(broken).isNotEqualTo(good);
    server.stubFor(page(0).willReturn(json(200, broken)));

    PlatformPage<PlatformOrder> page = orders().orders(shop, WINDOW, null);

    assertThat(page.rejected()).singleElement().satisfies(r -> {
      assertThat(r.error().field()).isEqualTo("orders[1].lineItems[0].sku");
      assertThat(page.items()).extracting(PlatformOrder::platformOrderId).doesNotContain(r.itemId()).isNotEmpty();
    });
  }

  @Test
  void noBuyerDataOrSecretReachesTheLog() {
    server.stubFor(page(0).willReturn(fixture(200, "fulfillment-getOrders-page-1.json")));
    server.stubFor(page(1).willReturn(fixture(200, "fulfillment-getOrders-page-2.json")));

    List<PlatformPage<PlatformOrder>> pages = walk();

    List<String> text = new ArrayList<>(log.exchanges().stream().map(HttpExchange::line).toList());
    pages.forEach(p -> p.items().forEach(o -> text.add(o.toString())));
    assertThat(text).isNotEmpty().allSatisfy(line -> assertThat(line)
        .doesNotContain("Quillfeather", "Pine Street", "2065550142", "members.ebay.com", CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN,
            BASIC.substring("Basic ".length())));
  }

  private OrderSource orders() {
    return connector.capability(OrderSource.class).orElseThrow();
  }

  private List<PlatformPage<PlatformOrder>> walk() {
    List<PlatformPage<PlatformOrder>> pages = new ArrayList<>();
    String cursor = null;
    do {
      PlatformPage<PlatformOrder> page = orders().orders(shop, WINDOW, cursor);
      pages.add(page);
      cursor = page.next();
    } while (cursor != null && pages.size() < 10);
    return pages;
  }

  private static Map<String, PlatformOrder> byId(List<PlatformPage<PlatformOrder>> pages) {
    Map<String, PlatformOrder> orders = new LinkedHashMap<>();
    pages.forEach(p -> p.items().forEach(o -> orders.put(o.platformOrderId(), o)));
    return orders;
  }

  private static MappingBuilder page(int offset) {
    return get(urlPathEqualTo(ORDERS))
        .withQueryParam("filter", equalTo(FILTER))
        .withQueryParam("limit", equalTo("100"))
        .withQueryParam("offset", equalTo(String.valueOf(offset)));
  }
}
