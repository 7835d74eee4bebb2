package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingVerdict;
import org.junit.jupiter.api.Test;

/** Update inventory for an item on Walmart's example payloads. */
class WalmartInventoryTest extends WalmartTestSupport {
  static final String SKU = "97964_KFTest";

  InventoryPublisher inventory() {
    return connector.capability(InventoryPublisher.class).orElseThrow();
  }

  @Test
  void putsTheAbsoluteQuantityInWalmartsShape() {
    server.stubFor(put(urlPathEqualTo("/v3/inventory")).withQueryParam("sku", equalTo(SKU))
        .willReturn(fixture(200, "inventory-updateInventoryForAnItem-200.json")));

    ListingVerdict verdict = inventory().setQuantity(shop, SKU, 10);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(verdict.sellerSku()).isEqualTo(SKU);
    server.verify(putRequestedFor(urlPathEqualTo("/v3/inventory"))
        .withQueryParam("sku", equalTo(SKU))
        .withHeader("WM_SEC.ACCESS_TOKEN", equalTo(ACCESS_TOKEN))
        .withRequestBody(equalToJson(fixture("inventory-updateInventoryForAnItem-request.json"))));
  }

  @Test
  void isRepeatedAfterA5xxSinceTheQuantityIsAbsolute() {
    server.stubFor(put(urlPathEqualTo("/v3/inventory")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    server.stubFor(put(urlPathEqualTo("/v3/inventory")).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(fixture(200, "inventory-updateInventoryForAnItem-200.json")));

    assertThat(inventory().setQuantity(shop, SKU, 10).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    server.verify(2, putRequestedFor(urlPathEqualTo("/v3/inventory")));
  }

  @Test
  void aRefusalIsARejectedVerdictWithWalmartsError() {
    server.stubFor(put(urlPathEqualTo("/v3/inventory")).willReturn(json(404,
        error("CONTENT_NOT_FOUND.GMP_INVENTORY_API", "sku", "Item not found"))));

    ListingVerdict verdict = inventory().setQuantity(shop, "NO-SUCH-SKU", 3);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(verdict.issues()).singleElement()
        .satisfies(i -> assertThat(i.code()).isEqualTo("CONTENT_NOT_FOUND.GMP_INVENTORY_API"));
  }

  @Test
  void refusesANegativeQuantityBeforeSending() {
    assertThatThrownBy(() -> inventory().setQuantity(shop, SKU, -1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quantity"));
    server.verify(0, putRequestedFor(urlPathEqualTo("/v3/inventory")));
  }

  @Test
  void offersNoListingCapabilitiesSinceItemFeedsAreOutOfScope() {
    assertThat(connector.capability(ListingPublisher.class)).isEmpty();
    assertThat(connector.capability(ListingSource.class)).isEmpty();
  }
}
