package dev.crossborder.erp.platforms.ebay;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.HostClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * {@code createShippingFulfillment}, which adds a package on every call, against WireMock: the
 * connector reads the order's fulfillments before sending and after a lost answer, and never sends
 * a tracking number eBay holds. The request journal counts what reached "eBay".
 */
class EbayShipmentConfirmerTest extends EbayTestSupport {
  private static final String ORDER = "04-10234-56781";
  private static final String PATH = "/sell/fulfillment/v1/order/" + ORDER + "/shipping_fulfillment";
  private static final String TRACKING = "9405509699937003457459";
  private static final ShipmentConfirmation CONFIRMATION = new ShipmentConfirmation(ORDER,
      List.of(new ShipmentConfirmation.Item("10061275421012", Quantity.of(2))), "USPS", null, TRACKING, null,
      Instant.parse("2026-03-02T18:00:00Z"));

  @Test
  void sendsOneFulfillmentAndAnswersARepeatAsAlreadyConfirmed() {
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("eBay").whenScenarioStateIs(STARTED)
        .willReturn(fixture(200, "fulfillment-getShippingFulfillments-empty.json")));
    server.stubFor(post(urlPathEqualTo(PATH)).inScenario("eBay").whenScenarioStateIs(STARTED).willSetStateTo("shipped")
        .withRequestBody(equalToJson("{\"lineItems\":[{\"lineItemId\":\"10061275421012\",\"quantity\":2}],"
            + "\"shippedDate\":\"2026-03-02T18:00:00Z\",\"shippingCarrierCode\":\"USPS\",\"trackingNumber\":\"" + TRACKING + "\"}"))
        .willReturn(json(201, "{}").withHeader("Location", "https://api.ebay.com" + PATH + "/" + TRACKING)));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("eBay").whenScenarioStateIs("shipped")
        .willReturn(fixture(200, "fulfillment-getShippingFulfillments-200.json")));

    assertThat(confirmer().confirm(shop, CONFIRMATION)).isInstanceOf(ConfirmationResult.Confirmed.class);
    assertThat(confirmer().confirm(shop, CONFIRMATION)).isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);

    server.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void sendsExactlyOneFulfillmentWhenTheFirstAnswerTimesOutAndTheCallIsRetried() {
    // eBay takes the package but answers after the client gave up; the read-back right after the
    // timeout does not show it yet, the caller retries, and by then eBay shows it.
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("slow eBay").whenScenarioStateIs(STARTED)
        .willReturn(fixture(200, "fulfillment-getShippingFulfillments-empty.json")));
    server.stubFor(post(urlPathEqualTo(PATH)).inScenario("slow eBay").whenScenarioStateIs(STARTED).willSetStateTo("applied")
        .willReturn(json(201, "{}").withFixedDelay(1_500)));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("slow eBay").whenScenarioStateIs("applied").willSetStateTo("visible")
        .willReturn(fixture(200, "fulfillment-getShippingFulfillments-empty.json")));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("slow eBay").whenScenarioStateIs("visible")
        .willReturn(fixture(200, "fulfillment-getShippingFulfillments-200.json")));
    ShipmentConfirmer confirmer = impatient().capability(ShipmentConfirmer.class).orElseThrow();

    assertThatThrownBy(() -> confirmer.confirm(shop, CONFIRMATION))
        .as("no answer, and eBay does not show the package yet")
        .isInstanceOf(PlatformUnavailableException.class);
    assertThat(confirmer.confirm(shop, CONFIRMATION))
        .as("the retry reads back first")
        .isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);

    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).as("fulfillments sent to eBay").hasSize(1);
  }

  @Test
  void answersConfirmedWhenTheReadBackAfterATimeoutShowsThePackage() {
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("slow eBay").whenScenarioStateIs(STARTED)
        .willReturn(fixture(200, "fulfillment-getShippingFulfillments-empty.json")));
    server.stubFor(post(urlPathEqualTo(PATH)).inScenario("slow eBay").whenScenarioStateIs(STARTED).willSetStateTo("applied")
        .willReturn(json(201, "{}").withFixedDelay(1_500)));
    server.stubFor(get(urlPathEqualTo(PATH)).inScenario("slow eBay").whenScenarioStateIs("applied")
        .willReturn(fixture(200, "fulfillment-getShippingFulfillments-200.json")));
    ShipmentConfirmer confirmer = impatient().capability(ShipmentConfirmer.class).orElseThrow();

    assertThat(confirmer.confirm(shop, CONFIRMATION)).isInstanceOf(ConfirmationResult.Confirmed.class);
    assertThat(confirmer.confirm(shop, CONFIRMATION)).isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);

    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
  }

  @Test
  void aRefusalIsRejectedWithEveryIssueAndTheParameterNamed() {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(fixture(200, "fulfillment-getShippingFulfillments-empty.json")));
    server.stubFor(post(urlPathEqualTo(PATH)).willReturn(fixture(400, "error-rest-postorder-style-error-array-400.json")));

    ConfirmationResult result = confirmer().confirm(shop, CONFIRMATION);

    assertThat(result).isInstanceOfSatisfying(ConfirmationResult.Rejected.class, rejected -> {
      assertThat(rejected.issues()).extracting(i -> i.code()).containsExactly("292024", "292023");
      assertThat(rejected.issues().get(0).attributes()).containsExactly("invalidshippingcarriername");
    });
    server.verify(2, getRequestedFor(urlPathEqualTo(PATH)));
    server.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
  }

  private ShipmentConfirmer confirmer() {
    return connector.capability(ShipmentConfirmer.class).orElseThrow();
  }

  /** A connector whose host client waits at most 200 ms for an answer. */
  private EbayConnector impatient() {
    OkHttpClient host = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(200)).build();
    return builder().hostClient(HostClient.of(host)).withoutRateLimiting().build();
  }
}
