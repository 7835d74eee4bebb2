package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ship Order Lines on Walmart's example payloads, read before and after as a non-idempotent write. */
class WalmartShipmentConfirmerTest extends WalmartTestSupport {
  static final String CREATED_ORDER = "1796277083022";
  static final String SHIPPED_ORDER = "1234567891234";
  static final String SHIPPED_TRACKING = "911001572321619861";

  ShipmentConfirmer confirmer() {
    return connector.capability(ShipmentConfirmer.class).orElseThrow();
  }

  static ShipmentConfirmation confirmation(String orderId, String lineId, String carrier, String tracking) {
    return new ShipmentConfirmation(orderId, List.of(new ShipmentConfirmation.Item(lineId, Quantity.of(1))), carrier,
        null, tracking, null, Instant.ofEpochMilli(1580821866000L));
  }

  /** The shipping example's order before it shipped: its line acknowledged, without tracking. */
  static String unshipped() {
    String shipped = fixture("orders-shippingUpdates-200.json");
    return shipped.replace("\"status\": \"Shipped\"", "\"status\": \"Acknowledged\"")
        .replace(SHIPPED_TRACKING, "");
  }

  @Test
  void acknowledgesACreatedOrderThenUploadsTheTracking() {
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + CREATED_ORDER)).willReturn(fixture(200, "orders-getAnOrder-200-ATTRIBUTES.json")));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + CREATED_ORDER + "/acknowledge"))
        .willReturn(fixture(200, "orders-acknowledgeOrders-200.json")));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + CREATED_ORDER + "/shipping"))
        .willReturn(fixture(200, "orders-shippingUpdates-200.json")));

    ConfirmationResult result = confirmer().confirm(shop, confirmation(CREATED_ORDER, "4", "UPS", "1Z999AA10123456784"));

    assertThat(result).isInstanceOf(ConfirmationResult.Confirmed.class);
    server.verify(1, postRequestedFor(urlPathEqualTo("/v3/orders/" + CREATED_ORDER + "/acknowledge")));
    server.verify(1, postRequestedFor(urlPathEqualTo("/v3/orders/" + CREATED_ORDER + "/shipping"))
        .withHeader("WM_SEC.ACCESS_TOKEN", com.github.tomakehurst.wiremock.client.WireMock.equalTo(ACCESS_TOKEN))
        .withRequestBody(equalToJson("""
            {"orderShipment": {"orderLines": {"orderLine": [{
              "lineNumber": "4",
              "orderLineStatuses": {"orderLineStatus": [{
                "status": "Shipped",
                "statusQuantity": {"unitOfMeasurement": "EACH", "amount": "1"},
                "trackingInfo": {
                  "shipDateTime": 1580821866000,
                  "carrierName": {"carrier": "UPS"},
                  "methodCode": "Standard",
                  "trackingNumber": "1Z999AA10123456784"}}]}}]}}}
            """)));
  }

  @Test
  void answersAlreadyConfirmedWithoutSendingWhenTheLineHoldsTheTracking() {
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER)).willReturn(fixture(200, "orders-shippingUpdates-200.json")));

    ConfirmationResult result = confirmer().confirm(shop, confirmation(SHIPPED_ORDER, "1", "FedEx", SHIPPED_TRACKING));

    assertThat(result).isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);
    server.verify(0, postRequestedFor(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping")));
  }

  @Test
  void readsBackAfterA503AndAnswersConfirmedWhenTheOneRequestArrived() {
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER)).inScenario("ship")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(json(200, unshipped())));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping")).inScenario("ship")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("applied"));
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER)).inScenario("ship")
        .whenScenarioStateIs("applied").willReturn(fixture(200, "orders-shippingUpdates-200.json")));

    ConfirmationResult result = confirmer().confirm(shop, confirmation(SHIPPED_ORDER, "1", "FedEx", SHIPPED_TRACKING));

    assertThat(result).isInstanceOf(ConfirmationResult.Confirmed.class);
    server.verify(1, postRequestedFor(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping")));
    server.verify(2, getRequestedFor(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER)));
  }

  @Test
  void throwsAfterA503WhenTheReadBackShowsNoTrackingAndARepeatIsThenSafe() {
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER)).willReturn(json(200, unshipped())));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> confirmer().confirm(shop, confirmation(SHIPPED_ORDER, "1", "FedEx", SHIPPED_TRACKING)))
        .isInstanceOf(PlatformUnavailableException.class);
    server.verify(1, postRequestedFor(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping")));
    server.verify(0, postRequestedFor(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/acknowledge")));
  }

  @Test
  void aRefusalIsRejectedWithWalmartsError() {
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER)).willReturn(json(200, unshipped())));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping")).willReturn(json(400,
        error("INVALID_REQUEST_CONTENT.GMP_ORDER_API", "carrier", "Carrier is not supported"))));

    ConfirmationResult result = confirmer().confirm(shop, confirmation(SHIPPED_ORDER, "1", "PonyExpress", "PX123456"));

    assertThat(result).isInstanceOfSatisfying(ConfirmationResult.Rejected.class, r ->
        assertThat(r.issues()).singleElement().satisfies(i -> {
          assertThat(i.code()).isEqualTo("INVALID_REQUEST_CONTENT.GMP_ORDER_API");
          assertThat(i.message()).contains("Carrier is not supported");
        }));
  }

  @Test
  void anUnknownOrderIsRejected() {
    server.stubFor(get(urlPathEqualTo("/v3/orders/999")).willReturn(json(404,
        error("CONTENT_NOT_FOUND.GMP_ORDER_API", "purchaseOrderId", "Order not found"))));

    assertThat(confirmer().confirm(shop, confirmation("999", "1", "UPS", "1Z999AA10123456784")))
        .isInstanceOf(ConfirmationResult.Rejected.class);
    server.verify(0, postRequestedFor(urlPathEqualTo("/v3/orders/999/shipping")));
  }

  @Test
  void sendsAnOtherCarrierByNameAndRefusesOneWithoutAName() {
    server.stubFor(get(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER)).willReturn(json(200, unshipped())));
    server.stubFor(post(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping"))
        .willReturn(fixture(200, "orders-shippingUpdates-200.json")));
    ShipmentConfirmation other = new ShipmentConfirmation(SHIPPED_ORDER,
        List.of(new ShipmentConfirmation.Item("1", Quantity.of(1))), "Other", "Yun Express", "YT2412345678901234",
        "Value", Instant.ofEpochMilli(1580821866000L));

    assertThat(confirmer().confirm(shop, other)).isInstanceOf(ConfirmationResult.Confirmed.class);
    server.verify(postRequestedFor(urlPathEqualTo("/v3/orders/" + SHIPPED_ORDER + "/shipping"))
        .withRequestBody(equalToJson(
            "{\"orderShipment\":{\"orderLines\":{\"orderLine\":[{\"orderLineStatuses\":{\"orderLineStatus\":[{"
                + "\"trackingInfo\":{\"carrierName\":{\"otherCarrier\":\"Yun Express\"},\"methodCode\":\"Value\"}}]}}]}}}",
            true, true)));
    ShipmentConfirmation unnamed = new ShipmentConfirmation(SHIPPED_ORDER,
        List.of(new ShipmentConfirmation.Item("1", Quantity.of(1))), "Other", null, "YT2412345678901234", null,
        Instant.ofEpochMilli(1580821866000L));
    assertThatThrownBy(() -> confirmer().confirm(shop, unnamed))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("carrierName"));
  }
}
