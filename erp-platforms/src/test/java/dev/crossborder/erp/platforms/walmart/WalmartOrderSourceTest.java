package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code GET /v3/orders} on Walmart's example payloads: page walk, headers, tokens, faults. */
class WalmartOrderSourceTest extends WalmartTestSupport {
  static final String PATH = ORDERS_PATH;

  OrderSource orders() {
    return connector.capability(OrderSource.class).orElseThrow();
  }

  List<PlatformPage<PlatformOrder>> walk(OrderSource source, OrderWindow window) {
    List<PlatformPage<PlatformOrder>> pages = new ArrayList<>();
    String cursor = null;
    do {
      PlatformPage<PlatformOrder> page = source.orders(shop, window, cursor);
      pages.add(page);
      cursor = page.next();
    } while (cursor != null && pages.size() < 20);
    return pages;
  }

  @Test
  void walksEveryPageThroughNextCursorAndEveryShipNodeType() {
    stubOrderPages();

    List<PlatformPage<PlatformOrder>> pages = walk(orders(), WINDOW);

    assertThat(pages).hasSize(4);
    assertThat(pages.get(0).items()).hasSize(10);
    assertThat(pages.get(1).items()).extracting(PlatformOrder::platformOrderId).containsExactly("1815367951431");
    assertThat(pages.get(2).items()).isEmpty();
    assertThat(pages.get(3).hasNext()).isFalse();
    server.verify(getRequestedFor(urlPathEqualTo(PATH))
        .withQueryParam("lastModifiedStartDate", equalTo("2019-08-01T00:00:00Z"))
        .withQueryParam("lastModifiedEndDate", equalTo("2021-07-01T00:00:00Z"))
        .withQueryParam("shipNodeType", equalTo("SellerFulfilled"))
        .withQueryParam("limit", equalTo("100"))
        .withHeader("WM_SEC.ACCESS_TOKEN", equalTo(ACCESS_TOKEN))
        .withHeader("WM_SVC.NAME", equalTo("Walmart Marketplace"))
        .withHeader("Accept", equalTo("application/json")));
    // the cursor's own query goes to Walmart unchanged, with the ship node type added
    server.verify(getRequestedFor(urlPathEqualTo(PATH))
        .withQueryParam("soIndex", equalTo("31"))
        .withQueryParam("hasMoreElements", equalTo("true"))
        .withQueryParam("createdEndDate", equalTo("2019-09-17T18:47:03.703Z"))
        .withQueryParam("shipNodeType", equalTo("SellerFulfilled")));
    server.verify(1, postRequestedFor(urlPathEqualTo(TOKEN_PATH))
        .withHeader("Authorization", matching("Basic .+"))
        .withHeader("WM_SVC.NAME", equalTo("Walmart Marketplace"))
        .withHeader("WM_QOS.CORRELATION_ID", matching("[0-9a-f-]{36}"))
        .withRequestBody(equalTo("grant_type=client_credentials")));
  }

  @Test
  void sendsAFreshCorrelationIdWithEveryRequest() {
    stubOrderPages();

    walk(orders(), WINDOW);

    List<String> ids = server.findAll(getRequestedFor(urlPathEqualTo(PATH))).stream()
        .map(r -> r.getHeader("WM_QOS.CORRELATION_ID"))
        .toList();
    assertThat(ids).hasSize(4).allMatch(id -> id.matches("[0-9a-f-]{36}"));
    assertThat(new HashSet<>(ids)).hasSize(4);
  }

  @Test
  void mapsEpochDatesStatusesMoneyAndChannelOfTheExamples() {
    stubOrderPages();

    Map<String, PlatformOrder> byId = walk(orders(), WINDOW).stream()
        .flatMap(p -> p.items().stream())
        .collect(Collectors.toMap(PlatformOrder::platformOrderId, Function.identity()));

    PlatformOrder created = byId.get("1796277083022");
    assertThat(created.status()).isEqualTo(PlatformOrderStatus.PENDING);
    assertThat(created.purchasedAt()).isEqualTo(Instant.ofEpochMilli(1568466571000L));
    assertThat(created.updatedAt()).isEqualTo(Instant.ofEpochMilli(1568466647000L));
    assertThat(created.channel()).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(created.destination().country()).isEqualTo("US");
    assertThat(created.destination().region()).isEqualTo("NY");
    assertThat(created.lines()).singleElement().satisfies(l -> {
      assertThat(l.lineId()).isEqualTo("4");
      assertThat(l.sku().value()).isEqualTo("test1");
      assertThat(l.unitPrice()).isEqualTo(Money.of("10.00", "USD"));
      assertThat(l.tax()).isEqualTo(Money.of("0.80", "USD"));
    });
    assertThat(created.buyer()).isNotNull();
    assertThat(created.toString()).doesNotContain("Kathryn");
    assertThat(byId.get("3796235970012").status()).isEqualTo(PlatformOrderStatus.CANCELLED);
    assertThat(byId.get("3796050123784").status()).isEqualTo(PlatformOrderStatus.SHIPPED);
    assertThat(byId.get("3796050123784").lines().get(0).unitPrice()).isEqualTo(Money.of("9.99", "USD"));
    assertThat(byId.get("1815367951431").updatedAt()).isEqualTo(Instant.ofEpochMilli(1623835855623L));
  }

  @Test
  void readsIsoDatesUnknownStatusesAndAmountsOfAnyScale() {
    String page = fixture("orders-getAllOrders-200.json")
        .replace("\"orderDate\": 1568466571000", "\"orderDate\": \"2019-09-14T13:09:31Z\"")
        .replace("\"statusDate\": 1568466647000", "\"statusDate\": \"2019-09-14T13:10:47.000+00:00\"")
        .replace("\"status\": \"Created\"", "\"status\": \"InTransitToPickupPoint\"")
        .replace("\"amount\": 10\n", "\"amount\": \"10.0000\"\n")
        .replace("\"amount\": 0.8\n", "\"amount\": \"0.805\"\n")
        .replace("\"nextCursor\"", "\"unusedCursor\"");
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("shipNodeType", equalTo("SellerFulfilled"))
        .willReturn(json(200, page)));

    PlatformOrder order = orders().orders(shop, WINDOW, null).items().stream()
        .filter(o -> o.platformOrderId().equals("1796277083022"))
        .findFirst()
        .orElseThrow();

    assertThat(order.purchasedAt()).isEqualTo(Instant.parse("2019-09-14T13:09:31Z"));
    assertThat(order.updatedAt()).isEqualTo(Instant.parse("2019-09-14T13:10:47Z"));
    assertThat(order.status()).isEqualTo(PlatformOrderStatus.OTHER);
    assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.of("10.00", "USD"));
    assertThat(order.lines().get(0).tax()).isEqualTo(Money.of("0.80", "USD")); // 0.805 half-even
  }

  @Test
  void filtersEachPageToTheWindowByTheLatestStatusDate() {
    stubOrderPages();
    // 2019-09-14T13:10:47Z is the latest status date of order 1796277083022; the window ends there
    OrderWindow window = new OrderWindow(Instant.parse("2019-09-01T00:00:00Z"), Instant.ofEpochMilli(1568466647000L));

    List<String> ids = walk(orders(), window).stream()
        .flatMap(p -> p.items().stream())
        .map(PlatformOrder::platformOrderId)
        .toList();

    // 1796277083022 is last updated exactly at the end, 3796235970012 (2019-09-15) after it
    assertThat(ids).containsExactlyInAnyOrder("2792525175246", "4792514745205", "3796091528503");
  }

  @Test
  void resumesFromAStoredCursorOnANewConnectorAndRefusesAForeignOne() {
    stubOrderPages();
    String cursor = orders().orders(shop, WINDOW, null).next();

    PlatformPage<PlatformOrder> second = connector().capability(OrderSource.class).orElseThrow().orders(shop, WINDOW, cursor);

    assertThat(second.items()).extracting(PlatformOrder::platformOrderId).containsExactly("1815367951431");
    OrderWindow other = new OrderWindow(WINDOW.from(), WINDOW.to().plusSeconds(1));
    assertThatThrownBy(() -> orders().orders(shop, other, cursor))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformCode()).isEqualTo("InvalidCursor"));
    assertThatThrownBy(() -> orders().orders(shop, WINDOW, "not-a-cursor!"))
        .isInstanceOf(PlatformRequestException.class);
  }

  @Test
  void refreshesAnExpiredTokenMidPageOnceAndRepeatsTheRequest() {
    stubOrderPages();
    String cursor = orders().orders(shop, WINDOW, null).next();
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("poIndex", equalTo("10"))
        .inScenario("expiry").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(401, error("UNAUTHORIZED.GMP_GATEWAY_API", "UNAUTHORIZED", "Unauthorized")))
        .willSetStateTo("refreshed"));

    PlatformPage<PlatformOrder> second = orders().orders(shop, WINDOW, cursor);

    assertThat(second.items()).hasSize(1);
    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
    List<LoggedRequest> attempts = server.findAll(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("poIndex", equalTo("10")));
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).getHeader("WM_QOS.CORRELATION_ID"))
        .as("the repeat after the refresh is the same logical request")
        .isEqualTo(attempts.get(1).getHeader("WM_QOS.CORRELATION_ID"));
  }

  @Test
  void refreshesTheFifteenMinuteTokenBeforeItExpires() {
    stubOrderPages();
    orders().orders(shop, WINDOW, null);
    clock.advance(Duration.ofMinutes(14).plusSeconds(1));

    orders().orders(shop, WINDOW, null);

    server.verify(2, postRequestedFor(urlPathEqualTo(TOKEN_PATH)));
  }

  @Test
  void waitsUntilWalmartsReplenishmentTimeOnA429AndKeepsTheCorrelationId() {
    stubOrderPages();
    long replenished = T0.plusSeconds(7).toEpochMilli();
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("poIndex", absent())
        .inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429)
            .withHeader("x-current-token-count", "0")
            .withHeader("x-next-replenishment-time", Long.toString(replenished)))
        .willSetStateTo("replenished"));

    PlatformPage<PlatformOrder> first = orders().orders(shop, WINDOW, null);

    assertThat(first.items()).hasSize(10);
    assertThat(sleeper.sleeps()).contains(Duration.ofSeconds(7));
    List<LoggedRequest> attempts = server.findAll(getRequestedFor(urlPathEqualTo(PATH)));
    assertThat(attempts).hasSize(2);
    assertThat(attempts.get(0).getHeader("WM_QOS.CORRELATION_ID")).isEqualTo(attempts.get(1).getHeader("WM_QOS.CORRELATION_ID"));
  }

  @Test
  void persistentThrottlingIsARateLimitedException() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null)).isInstanceOf(RateLimitedException.class);
  }

  @Test
  void anErrorBodyIsAPlatformRequestExceptionWithWalmartsCodeAndField() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(400,
        error("INVALID_REQUEST_PARAM.GMP_ORDER_API", "lastModifiedStartDate", "Invalid date format"))));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> {
          assertThat(e.platformCode()).isEqualTo("INVALID_REQUEST_PARAM.GMP_ORDER_API");
          assertThat(e.platformMessage()).contains("Invalid date format").contains("lastModifiedStartDate");
        });
  }

  @Test
  void anOrderWithALineWithoutSkuIsRejectedAloneAndTheOthersAreMapped() {
    String good = fixture("orders-getAllOrders-200.json");
    String broken = good.replaceFirst("\"sku\": \"test1\"", "\"sku\": null");
    assertThat(broken).isNotEqualTo(good);
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200, broken)));

    var page = orders().orders(shop, new OrderWindow(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")), null);

    assertThat(page.rejected()).singleElement().satisfies(r -> {
      assertThat(r.itemId()).isEqualTo("1796277083022");
      assertThat(r.error().field()).endsWith(".sku");
    });
    assertThat(page.items()).extracting(PlatformOrder::platformOrderId)
        .hasSize(9).doesNotContain("1796277083022").contains("3796235970012");
  }

  @Test
  void anOrderWithoutPurchaseOrderIdIsMalformedNamingTheField() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(json(200,
        fixture("orders-getAllOrders-200.json").replaceFirst("\"purchaseOrderId\": \"1796277083022\",", ""))));

    assertThatThrownBy(() -> orders().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.field()).isEqualTo("list.elements.order[0].purchaseOrderId"));
  }
}
