package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.ReplyNotAllowedException;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Messaging API v1 as {@code CustomerServiceSource}. No fixture of it is in the shared payloads, so
 * the bodies follow the model's documented shapes: {@code getMessagingActionsForOrder} answers HAL
 * {@code _links.actions[]} with {@code name} the message type; the send operations take {@code
 * {"text": ...}} and answer 201.
 */
class AmazonMessagingTest extends AmazonTestSupport {
  static final String ORDER = "202-1234567-8901234";
  static final String ACTIONS = "/messaging/v1/orders/" + ORDER;
  static final String SEND = ACTIONS + "/messages/confirmDeliveryDetails";
  static final String ACTIONS_BODY =
      "{\"_links\":{\"self\":{\"href\":\"/messaging/v1/orders/" + ORDER + "?marketplaceIds=ATVPDKIKX0DER\"},"
          + "\"actions\":[{\"href\":\"/messaging/v1/orders/" + ORDER + "/messages/confirmDeliveryDetails"
          + "?marketplaceIds=ATVPDKIKX0DER\",\"name\":\"confirmDeliveryDetails\"},"
          + "{\"href\":\"/messaging/v1/orders/" + ORDER + "/messages/negativeFeedbackRemoval"
          + "?marketplaceIds=ATVPDKIKX0DER\",\"name\":\"negativeFeedbackRemoval\"}]},"
          + "\"_embedded\":{\"actions\":[]}}";

  CustomerServiceSource messaging() {
    return connector.capability(CustomerServiceSource.class).orElseThrow();
  }

  @Test
  void reportsThatAmazonPullsNoCasesAndTakesNoFreeText() {
    CaseLimits limits = messaging().limits(shop);

    assertThat(limits.pulledKinds()).isEmpty();
    assertThat(limits.freeReply()).isFalse();
    assertThat(limits.messageTypes()).contains("confirmDeliveryDetails", "unexpectedProblem");
    assertThat(messaging().cases(shop, new OrderWindow(Instant.parse("2026-01-01T00:00:00Z"),
        Instant.parse("2026-01-02T00:00:00Z")), null).items()).isEmpty();
    assertThatThrownBy(() -> messaging().respond(shop, "T-1", CaseKind.MESSAGE, ORDER, new CaseAction.Reply("hello")))
        .isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> assertThat(e.field()).isEqualTo("action"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void sendsAMessageTypeTheOrderOffersAfterReadingItsActions() {
    server.stubFor(get(urlPathEqualTo(ACTIONS)).willReturn(json(200, ACTIONS_BODY)));
    server.stubFor(post(urlPathEqualTo(SEND)).willReturn(json(201, "{}")));

    messaging().respond(shop, "T-1", CaseKind.MESSAGE, ORDER,
        new CaseAction.TypedMessage("confirmDeliveryDetails", "Your parcel arrives on Friday."));

    server.verify(postRequestedFor(urlPathEqualTo(SEND))
        .withQueryParam("marketplaceIds", equalTo("ATVPDKIKX0DER"))
        .withRequestBody(matchingJsonPath("$.text", equalTo("Your parcel arrives on Friday."))));
  }

  @Test
  void refusesAMessageTypeTheOrderDoesNotOfferNowWithoutSending() {
    server.stubFor(get(urlPathEqualTo(ACTIONS)).willReturn(json(200, ACTIONS_BODY)));

    assertThatThrownBy(() -> messaging().respond(shop, "T-1", CaseKind.MESSAGE, ORDER,
            new CaseAction.TypedMessage("unexpectedProblem", "We are out of red mugs.")))
        .isInstanceOfSatisfying(ReplyNotAllowedException.class, e -> {
          assertThat(e.field()).isEqualTo("messageType");
          assertThat(e.value()).isEqualTo("unexpectedProblem");
        });
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(ACTIONS + "/messages/unexpectedProblem")))).isEmpty();
  }

  @Test
  void mapsAmazonsRefusalToAPlatformRequestException() {
    server.stubFor(get(urlPathEqualTo(ACTIONS)).willReturn(json(200, ACTIONS_BODY)));
    server.stubFor(post(urlPathEqualTo(SEND)).willReturn(
        json(400, "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"text is too long\"}]}")));

    assertThatThrownBy(() -> messaging().respond(shop, "T-1", CaseKind.MESSAGE, ORDER,
            new CaseAction.TypedMessage("confirmDeliveryDetails", "x")))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.httpStatus()).hasValue(400));
  }
}
