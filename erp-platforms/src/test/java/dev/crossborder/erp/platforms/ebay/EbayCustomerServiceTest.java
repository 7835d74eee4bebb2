package dev.crossborder.erp.platforms.ebay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseItem;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.MessageAuthor;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.cases.PlatformCaseStatus;
import dev.crossborder.erp.platform.cases.ReplyNotAllowedException;
import dev.crossborder.erp.platforms.http.HttpExchange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Post-Order API v2 as {@code CustomerServiceSource}. The shared fixtures hold no Post-Order
 * return or cancellation payload (only its error shape, {@code
 * error-rest-postorder-style-error-array-400.json}), so the bodies below follow the documented
 * shapes of {@code GET /post-order/v2/return/search} ({@code members[]}, {@code
 * paginationOutput}) and {@code GET /post-order/v2/cancellation/search} ({@code cancellations[]}).
 */
class EbayCustomerServiceTest extends EbayTestSupport {
  static final OrderWindow WINDOW =
      new OrderWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"));
  static final String RETURNS = "/post-order/v2/return/search";
  static final String CANCELLATIONS = "/post-order/v2/cancellation/search";
  static final String BUYER_COMMENT = "Mug arrived cracked, Jane Roe at 12 Elm Street";

  static String returnJson(String id, String order, String state, String created, String respondBy, String closed) {
    return """
        {"returnId":"%s","orderId":"%s","state":"%s","status":"%s","buyerLoginName":"jane_roe_77",
         "creationInfo":{"item":{"itemId":"110554432211","transactionId":"10022882297012","returnQuantity":2},
           "reason":"ARRIVED_DAMAGED","comments":{"content":"%s"},"creationDate":{"value":"%s"}},
         "sellerResponseDue":{"activityDue":"SELLER_APPROVE_REQUEST","respondByDate":{"value":"%s"}}%s}
        """.formatted(id, order, state, state.equals("CLOSED") ? "CLOSED" : "RETURN_REQUESTED", BUYER_COMMENT, created, respondBy,
        closed == null ? "" : ",\"closeInfo\":{\"returnCloseReason\":\"BUYER_CANCEL\",\"returnCloseDate\":{\"value\":\"" + closed + "\"}}");
  }

  static String returnPage(int page, int totalPages, String... members) {
    return "{\"members\":[" + String.join(",", members) + "],\"paginationOutput\":{\"limit\":50,\"offset\":" + page
        + ",\"totalEntries\":" + members.length + ",\"totalPages\":" + totalPages + "},\"total\":" + members.length + "}";
  }

  static final String CANCELLATION_PAGE = """
      {"cancellations":[
        {"cancelId":"5000123456","marketplaceId":"EBAY_US","legacyOrderId":"110554432211-10022882297099",
         "requestorType":"BUYER","cancelState":"INITIATED","cancelStatus":"CANCEL_REQUESTED",
         "cancelRequestDate":{"value":"2026-03-01T08:00:00.000Z"},"sellerResponseDueDate":{"value":"2026-03-04T08:00:00.000Z"}},
        {"cancelId":"5000123457","marketplaceId":"EBAY_US","legacyOrderId":"110554432211-10022882297100",
         "requestorType":"BUYER","cancelState":"CLOSED","cancelStatus":"CANCEL_CLOSED_WITH_REFUND",
         "cancelRequestDate":{"value":"2026-03-01T09:00:00.000Z"},"cancelCloseDate":{"value":"2026-03-01T10:00:00.000Z"}}],
       "paginationOutput":{"limit":50,"offset":1,"totalEntries":2,"totalPages":1},"total":2}
      """;

  CustomerServiceSource service() {
    return connector.capability(CustomerServiceSource.class).orElseThrow();
  }

  static MappingBuilder returns(int page) {
    return get(urlPathEqualTo(RETURNS)).withQueryParam("offset", equalTo(String.valueOf(page)));
  }

  void stubTwoReturnPagesAndCancellations() {
    server.stubFor(returns(1).willReturn(json(200, returnPage(1, 2,
        returnJson("5081234001", "110554432211-10022882297012", "RETURN_REQUESTED", "2026-03-01T01:00:00.000Z",
            "2026-03-04T01:00:00.000Z", null),
        returnJson("5081234002", "110554432211-10022882297013", "ESCALATED", "2026-03-01T02:00:00.000Z",
            "2026-03-04T02:00:00.000Z", null)))));
    server.stubFor(returns(2).willReturn(json(200, returnPage(2, 2,
        returnJson("5081234003", "110554432211-10022882297014", "CLOSED", "2026-03-01T03:00:00.000Z",
            "2026-03-04T03:00:00.000Z", "2026-03-01T05:30:00.000Z"),
        // eBay's range is inclusive: one created exactly at the window's end is left to the next window
        returnJson("5081234004", "110554432211-10022882297015", "RETURN_REQUESTED", "2026-03-02T00:00:00.000Z",
            "2026-03-05T00:00:00.000Z", null)))));
    server.stubFor(get(urlPathEqualTo(CANCELLATIONS)).withQueryParam("offset", equalTo("1"))
        .willReturn(json(200, CANCELLATION_PAGE)));
  }

  List<PlatformPage<PlatformCase>> walk() {
    List<PlatformPage<PlatformCase>> pages = new ArrayList<>();
    String cursor = null;
    do {
      PlatformPage<PlatformCase> page = service().cases(shop, WINDOW, cursor);
      pages.add(page);
      cursor = page.next();
    } while (cursor != null && pages.size() < 10);
    return pages;
  }

  @Test
  void declaresExactlyWhatItSupportsAndRefusesTheRestWithoutCallingEbay() {
    CaseLimits limits = service().limits(shop);

    assertThat(limits.pulledKinds()).containsExactlyInAnyOrder(CaseKind.RETURN_REQUEST, CaseKind.CANCELLATION_REQUEST);
    assertThat(limits.freeReply()).isFalse();
    assertThat(limits.messageTypes()).isEmpty();
    assertThat(limits.decidedKinds()).containsExactlyInAnyOrder(CaseKind.RETURN_REQUEST, CaseKind.CANCELLATION_REQUEST);
    assertThatThrownBy(() -> service().respond(shop, "5081234001", CaseKind.RETURN_REQUEST, null, new CaseAction.Reply("hi")))
        .isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> assertThat(e.field()).isEqualTo("action"));
    assertThatThrownBy(() -> service().respond(shop, "T-1", CaseKind.DISPUTE, null, new CaseAction.Accept()))
        .isInstanceOf(ReplyNotAllowedException.class);
    assertThatThrownBy(() -> service().respond(shop, "5081234001", CaseKind.RETURN_REQUEST, null,
            new CaseAction.TypedMessage("confirmDeliveryDetails", "x")))
        .isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> assertThat(e.field()).isEqualTo("messageType"));
    assertThatThrownBy(() -> service().respond(shop, "../5081234001", CaseKind.RETURN_REQUEST, null, new CaseAction.Accept()))
        .isInstanceOfSatisfying(dev.crossborder.erp.kernel.InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("platformCaseId"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void walksReturnPagesThenCancellationsWithTheIafHeaderAndMapsEachCase() {
    stubTwoReturnPagesAndCancellations();

    List<PlatformPage<PlatformCase>> pages = walk();

    assertThat(pages).hasSize(3);
    assertThat(pages.get(2).next()).isNull();
    Map<String, PlatformCase> byId = pages.stream().flatMap(p -> p.items().stream())
        .collect(Collectors.toMap(PlatformCase::platformCaseId, Function.identity()));
    assertThat(byId).containsOnlyKeys("5081234001", "5081234002", "5081234003", "5000123456", "5000123457");

    PlatformCase open = byId.get("5081234001");
    assertThat(open.kind()).isEqualTo(CaseKind.RETURN_REQUEST);
    assertThat(open.shopId()).isEqualTo(shop.id());
    assertThat(open.platformOrderId()).isEqualTo("110554432211-10022882297012");
    assertThat(open.status()).isEqualTo(PlatformCaseStatus.OPEN);
    assertThat(open.items()).containsExactly(new CaseItem("10022882297012", 2));
    assertThat(open.respondBy()).isEqualTo(Instant.parse("2026-03-04T01:00:00Z"));
    assertThat(open.openedAt()).isEqualTo(Instant.parse("2026-03-01T01:00:00Z"));
    assertThat(open.messages()).singleElement().satisfies(m -> {
      assertThat(m.author()).isEqualTo(MessageAuthor.BUYER);
      assertThat(m.text()).isEqualTo(BUYER_COMMENT);
    });
    assertThat(byId.get("5081234002").status()).isEqualTo(PlatformCaseStatus.ESCALATED);
    PlatformCase closed = byId.get("5081234003");
    assertThat(closed.status()).isEqualTo(PlatformCaseStatus.CLOSED);
    assertThat(closed.respondBy()).isNull();
    assertThat(closed.updatedAt()).isEqualTo(Instant.parse("2026-03-01T05:30:00Z"));

    PlatformCase cancel = byId.get("5000123456");
    assertThat(cancel.kind()).isEqualTo(CaseKind.CANCELLATION_REQUEST);
    assertThat(cancel.platformOrderId()).isEqualTo("110554432211-10022882297099");
    assertThat(cancel.status()).isEqualTo(PlatformCaseStatus.OPEN);
    assertThat(cancel.items()).isEmpty();
    assertThat(cancel.respondBy()).isEqualTo(Instant.parse("2026-03-04T08:00:00Z"));
    assertThat(byId.get("5000123457").status()).isEqualTo(PlatformCaseStatus.CLOSED);
    assertThat(byId.get("5000123457").updatedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));

    server.verify(2, getRequestedFor(urlPathEqualTo(RETURNS))
        .withHeader("Authorization", equalTo("IAF " + ACCESS_TOKEN))
        .withHeader("X-EBAY-C-MARKETPLACE-ID", equalTo("EBAY_US"))
        .withQueryParam("creation_date_range_from", equalTo("2026-03-01T00:00:00.000Z"))
        .withQueryParam("creation_date_range_to", equalTo("2026-03-02T00:00:00.000Z"))
        .withQueryParam("role", equalTo("SELLER"))
        .withQueryParam("limit", equalTo("50")));
    server.verify(1, getRequestedFor(urlPathEqualTo(CANCELLATIONS)).withHeader("Authorization", equalTo("IAF " + ACCESS_TOKEN)));
  }

  @Test
  void acceptsAndDeclinesReturnsAndCancellationsOnTheirEndpoints() {
    server.stubFor(post(urlPathEqualTo("/post-order/v2/return/5081234001/decide")).willReturn(aResponse().withStatus(200)));
    server.stubFor(post(urlPathEqualTo("/post-order/v2/return/5081234002/decide")).willReturn(aResponse().withStatus(200)));
    server.stubFor(post(urlPathEqualTo("/post-order/v2/cancellation/5000123456/approve")).willReturn(aResponse().withStatus(200)));
    server.stubFor(post(urlPathEqualTo("/post-order/v2/cancellation/5000123458/reject")).willReturn(aResponse().withStatus(200)));

    service().respond(shop, "5081234001", CaseKind.RETURN_REQUEST, null, new CaseAction.Accept());
    service().respond(shop, "5081234002", CaseKind.RETURN_REQUEST, null, new CaseAction.Decline("Item was used"));
    service().respond(shop, "5000123456", CaseKind.CANCELLATION_REQUEST, null, new CaseAction.Accept());
    service().respond(shop, "5000123458", CaseKind.CANCELLATION_REQUEST, null, new CaseAction.Decline("Already shipped"));

    server.verify(postRequestedFor(urlPathEqualTo("/post-order/v2/return/5081234001/decide"))
        .withHeader("Authorization", equalTo("IAF " + ACCESS_TOKEN))
        .withRequestBody(matchingJsonPath("$.decision", equalTo("ACCEPT")))
        .withRequestBody(matchingJsonPath("$.comments", com.github.tomakehurst.wiremock.client.WireMock.absent())));
    server.verify(postRequestedFor(urlPathEqualTo("/post-order/v2/return/5081234002/decide"))
        .withRequestBody(matchingJsonPath("$.decision", equalTo("DECLINE")))
        .withRequestBody(matchingJsonPath("$.comments.content", equalTo("Item was used"))));
    server.verify(1, postRequestedFor(urlPathEqualTo("/post-order/v2/cancellation/5000123456/approve"))
        .withHeader("X-EBAY-C-MARKETPLACE-ID", equalTo("EBAY_US")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/post-order/v2/cancellation/5000123458/reject")));
  }

  @Test
  void aRefusalInThePostOrderErrorShapeIsAPlatformRequestExceptionWithEbaysCode() {
    server.stubFor(post(urlPathEqualTo("/post-order/v2/cancellation/5000123456/reject"))
        .willReturn(fixture(400, "error-rest-postorder-style-error-array-400.json")));

    assertThatThrownBy(() -> service().respond(shop, "5000123456", CaseKind.CANCELLATION_REQUEST, null,
            new CaseAction.Decline("Already shipped")))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> {
          assertThat(e.platformCode()).isEqualTo("292024");
          assertThat(e.httpStatus()).hasValue(400);
        });
    server.verify(1, postRequestedFor(urlPathEqualTo("/post-order/v2/cancellation/5000123456/reject")));
  }

  @Test
  void retriesA429OnSearchAndOnADecisionThroughTheHttpLayer() {
    server.stubFor(returns(1).inScenario("search").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
    server.stubFor(returns(1).inScenario("search").whenScenarioStateIs("ok").willReturn(json(200, returnPage(1, 1,
        returnJson("5081234001", "110554432211-10022882297012", "RETURN_REQUESTED", "2026-03-01T01:00:00.000Z",
            "2026-03-04T01:00:00.000Z", null)))));
    String approve = "/post-order/v2/cancellation/5000123456/approve";
    server.stubFor(post(urlPathEqualTo(approve)).inScenario("approve").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    server.stubFor(post(urlPathEqualTo(approve)).inScenario("approve").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));

    PlatformPage<PlatformCase> page = service().cases(shop, WINDOW, null);
    service().respond(shop, "5000123456", CaseKind.CANCELLATION_REQUEST, null, new CaseAction.Accept());

    assertThat(page.items()).extracting(PlatformCase::platformCaseId).containsExactly("5081234001");
    server.verify(2, getRequestedFor(urlPathEqualTo(RETURNS)));
    server.verify(2, postRequestedFor(urlPathEqualTo(approve)));
    assertThat(sleeper.sleeps()).isNotEmpty();
  }

  @Test
  void aReturnWithoutIdOrWithABadDateIsAMalformedResponseNamingTheField() {
    String noId = returnJson("", "110554432211-10022882297012", "RETURN_REQUESTED", "2026-03-01T01:00:00.000Z",
        "2026-03-04T01:00:00.000Z", null);
    server.stubFor(returns(1).willReturn(json(200, returnPage(1, 1, noId))));

    assertThatThrownBy(() -> service().cases(shop, WINDOW, null))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> assertThat(e.field()).isEqualTo("members[0].returnId"));

    String badDate = returnJson("5081234001", "110554432211-10022882297012", "RETURN_REQUESTED", "yesterday",
        "2026-03-04T01:00:00.000Z", null);
    server.stubFor(returns(1).willReturn(json(200, returnPage(1, 1, badDate))));

    assertThatThrownBy(() -> service().cases(shop, WINDOW, null))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.field()).isEqualTo("members[0].creationInfo.creationDate"));
  }

  @Test
  void aCancellationIdTheCaseTypesRefuseIsAMalformedResponseNamingTheField() {
    server.stubFor(returns(1).willReturn(json(200, returnPage(1, 1))));
    server.stubFor(get(urlPathEqualTo(CANCELLATIONS)).willReturn(json(200,
        CANCELLATION_PAGE.replace("\"5000123456\"", "\"" + "9".repeat(101) + "\""))));
    String cursor = service().cases(shop, WINDOW, null).next();

    assertThatThrownBy(() -> service().cases(shop, WINDOW, cursor))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.field()).isEqualTo("cancellations[0].platformCaseId"));
  }

  @Test
  void refusesACursorIssuedForAnotherWindow() {
    stubTwoReturnPagesAndCancellations();
    String cursor = service().cases(shop, WINDOW, null).next();
    OrderWindow other = new OrderWindow(WINDOW.from(), WINDOW.to().plusSeconds(1));

    assertThatThrownBy(() -> service().cases(shop, other, cursor))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformCode()).isEqualTo("InvalidCursor"));
  }

  @Test
  void noBuyerCommentOrTokenReachesTheLogOrAnErrorMessage() {
    stubTwoReturnPagesAndCancellations();
    List<PlatformPage<PlatformCase>> pages = walk();
    server.stubFor(post(urlPathEqualTo("/post-order/v2/return/5081234001/decide"))
        .willReturn(fixture(400, "error-rest-postorder-style-error-array-400.json")));
    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() ->
        service().respond(shop, "5081234001", CaseKind.RETURN_REQUEST, null, new CaseAction.Decline("Jane Roe used it")));

    List<String> text = new ArrayList<>(log.exchanges().stream().map(HttpExchange::line).toList());
    text.add(everything(refused));
    assertThat(pages).isNotEmpty();
    assertThat(text).isNotEmpty().allSatisfy(line -> assertThat(line)
        .doesNotContain("Jane Roe", "Elm Street", "jane_roe_77", ACCESS_TOKEN, REFRESH_TOKEN));
    assertThat(refused).isExactlyInstanceOf(PlatformRequestException.class);
  }
}
