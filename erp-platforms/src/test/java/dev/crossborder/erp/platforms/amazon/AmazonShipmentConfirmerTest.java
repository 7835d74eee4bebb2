package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * v0 confirmShipment (request shape of {@code orders-v0-confirmShipment-204-sandbox-request.json},
 * 400 body of the sandbox) with the v2026-01-01 getOrder read-back ({@code getOrder-200.json},
 * whose package carries tracking number RR123456789GB).
 */
class AmazonShipmentConfirmerTest extends AmazonTestSupport {
  static final String ORDER = "202-1234567-8901234";
  static final String CONFIRM = "/orders/v0/orders/" + ORDER + "/shipmentConfirmation";
  static final String GET = "/orders/2026-01-01/orders/" + ORDER;

  ShipmentConfirmer confirmer() {
    return connector.capability(ShipmentConfirmer.class).orElseThrow();
  }

  static ShipmentConfirmation confirmation(String tracking) {
    return new ShipmentConfirmation(ORDER, List.of(new ShipmentConfirmation.Item("20212345678901", Quantity.of(3))),
        "Royal Mail", null, tracking, "Royal Mail Tracked 48", Instant.parse("2024-12-26T14:00:00Z"));
  }

  @Test
  void refusesCarrierCodeOtherWithoutACarrierNameBeforeSendingAnything() {
    ShipmentConfirmation other = new ShipmentConfirmation(ORDER,
        List.of(new ShipmentConfirmation.Item("20212345678901", Quantity.of(3))), "Other", null, "RR123456789GB", null,
        Instant.parse("2024-12-26T14:00:00Z"));

    assertThatThrownBy(() -> confirmer().confirm(shop, other))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("carrierName"));
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(CONFIRM)))).isEmpty();
  }

  @Test
  void confirmsOn204WithTheV0Body() {
    server.stubFor(post(urlPathEqualTo(CONFIRM)).willReturn(aResponse().withStatus(204)));

    assertThat(confirmer().confirm(shop, confirmation("RR123456789GB"))).isInstanceOf(ConfirmationResult.Confirmed.class);
    server.verify(postRequestedFor(urlPathEqualTo(CONFIRM))
        .withRequestBody(matchingJsonPath("$.marketplaceId", equalTo("ATVPDKIKX0DER")))
        .withRequestBody(matchingJsonPath("$.packageDetail.trackingNumber", equalTo("RR123456789GB")))
        .withRequestBody(matchingJsonPath("$.packageDetail.orderItems[0].orderItemId", equalTo("20212345678901"))));
  }

  @Test
  void answersARefusedRepeatAsAlreadyConfirmedWhenTheOrderHoldsTheTracking() {
    server.stubFor(post(urlPathEqualTo(CONFIRM)).willReturn(fixture(400, "orders-v0-confirmShipment-400-sandbox.json")));
    server.stubFor(get(urlPathEqualTo(GET)).willReturn(fixture(200, "orders-2026-01-01-getOrder-200.json")));

    assertThat(confirmer().confirm(shop, confirmation("RR123456789GB")))
        .isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);
    server.verify(getRequestedFor(urlPathEqualTo(GET)).withQueryParam("includedData", equalTo("FULFILLMENT,PACKAGES")));
  }

  @Test
  void rejectsWithAmazonsErrorWhenTheOrderHoldsOtherTracking() {
    server.stubFor(post(urlPathEqualTo(CONFIRM)).willReturn(fixture(400, "orders-v0-confirmShipment-400-sandbox.json")));
    server.stubFor(get(urlPathEqualTo(GET)).willReturn(fixture(200, "orders-2026-01-01-getOrder-200.json")));

    assertThat(confirmer().confirm(shop, confirmation("1Z999AA10123456784")))
        .isInstanceOfSatisfying(ConfirmationResult.Rejected.class,
            r -> assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.code()).isEqualTo("Invalid Input")));
  }

  @Test
  void neverResendsAfterA500AndReadsBackInstead() {
    server.stubFor(post(urlPathEqualTo(CONFIRM)).willReturn(json(500, "{\"errors\":[{\"code\":\"InternalFailure\"}]}")));
    server.stubFor(get(urlPathEqualTo(GET)).willReturn(fixture(200, "orders-2026-01-01-getOrder-200.json")));

    assertThat(confirmer().confirm(shop, confirmation("RR123456789GB"))).isInstanceOf(ConfirmationResult.Confirmed.class);
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(CONFIRM)))).hasSize(1);
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(GET)))).hasSize(1);
  }

  @Test
  void throwsUnavailableAfterA500WhenTheReadBackDoesNotShowTheTracking() {
    server.stubFor(post(urlPathEqualTo(CONFIRM)).willReturn(json(503, "")));
    server.stubFor(get(urlPathEqualTo(GET)).willReturn(fixture(200, "orders-2026-01-01-getOrder-200.json")));

    assertThatThrownBy(() -> confirmer().confirm(shop, confirmation("1Z999AA10123456784")))
        .isInstanceOf(PlatformUnavailableException.class);
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(CONFIRM)))).hasSize(1);
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(GET)))).hasSize(1);
  }

  @Test
  void rejectsAnUnknownOrder() {
    server.stubFor(post(urlPathEqualTo(CONFIRM)).willReturn(json(404,
        "{\"errors\":[{\"code\":\"NotFound\",\"message\":\"The order was not found\"}]}")));

    assertThat(confirmer().confirm(shop, confirmation("RR123456789GB"))).isInstanceOf(ConfirmationResult.Rejected.class);
  }
}
