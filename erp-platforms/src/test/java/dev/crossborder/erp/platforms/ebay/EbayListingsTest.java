package dev.crossborder.erp.platforms.ebay;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Inventory API against WireMock: inventory item, offer and publish for a listing (request
 * bodies compared with the examples of eBay's documentation), a rejection with eBay's error body,
 * a quantity through {@code bulkUpdatePriceQuantity}, and reading a listing back.
 */
class EbayListingsTest extends EbayTestSupport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SKU = "sk12315516321";
  private static final String ITEM = "/sell/inventory/v1/inventory_item/" + SKU;
  private static final String OFFERS = "/sell/inventory/v1/offer";

  @Test
  void publishesItemOfferAndListingWithTheDocumentedRequestBodies() throws IOException {
    server.stubFor(put(urlPathEqualTo(ITEM)).withHeader("Content-Language", equalTo("en-US"))
        .withRequestBody(equalToJson(fixture("inventory-createOrReplaceInventoryItem-request.json")))
        .willReturn(json(204, "")));
    server.stubFor(get(urlPathEqualTo(OFFERS)).withQueryParam("sku", equalTo(SKU)).withQueryParam("marketplace_id", equalTo("EBAY_US"))
        .willReturn(json(404, "{\"errors\":[{\"errorId\":25713,\"domain\":\"API_INVENTORY\",\"category\":\"REQUEST\","
            + "\"message\":\"This Offer is not available.\"}]}")));
    server.stubFor(post(urlPathEqualTo(OFFERS)).withRequestBody(equalToJson(offerRequestWithoutAvailableQuantity()))
        .willReturn(fixture(201, "inventory-createOffer-201.json")));
    server.stubFor(post(urlPathEqualTo(OFFERS + "/9015430011/publish"))
        .willReturn(json(200, "{\"listingId\":\"225512399999\",\"warnings\":[]}")));

    ListingVerdict verdict = publisher().put(shop, documentedSubmission());

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(verdict.platformListingId()).isEqualTo("225512399999");
    assertThat(verdict.submissionId()).isEqualTo("9015430011");
    server.verify(1, putRequestedFor(urlPathEqualTo(ITEM)));
    server.verify(1, postRequestedFor(urlPathEqualTo(OFFERS)));
  }

  @Test
  void aRefusedPublishIsARejectedVerdictNamingTheParameter() {
    server.stubFor(put(urlPathEqualTo(ITEM)).willReturn(json(204, "")));
    server.stubFor(get(urlPathEqualTo(OFFERS)).willReturn(offersOf(SKU)));
    server.stubFor(put(urlPathEqualTo(OFFERS + "/9015430010")).willReturn(json(204, "")));
    server.stubFor(post(urlPathEqualTo(OFFERS + "/9015430010/publish")).willReturn(fixture(400, "error-rest-errors-400.json")));

    ListingVerdict verdict = publisher().put(shop, documentedSubmission());

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(verdict.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("1");
      assertThat(issue.message()).isEqualTo("Error Message");
      assertThat(issue.severity()).isEqualTo(PlatformIssue.Severity.ERROR);
      assertThat(issue.attributes()).containsExactly("name");
    });
    server.verify(0, postRequestedFor(urlPathEqualTo(OFFERS)));
  }

  @Test
  void aCreateOfferWithoutAnswerIsReadBackNotSentAgain() {
    server.stubFor(put(urlPathEqualTo(ITEM)).willReturn(json(204, "")));
    server.stubFor(get(urlPathEqualTo(OFFERS)).inScenario("offer").whenScenarioStateIs(STARTED)
        .willReturn(json(404, "{\"errors\":[{\"errorId\":25713,\"message\":\"This Offer is not available.\"}]}")));
    server.stubFor(post(urlPathEqualTo(OFFERS)).inScenario("offer").whenScenarioStateIs(STARTED).willSetStateTo("created")
        .willReturn(json(503, "")));
    server.stubFor(get(urlPathEqualTo(OFFERS)).inScenario("offer").whenScenarioStateIs("created").willReturn(offersOf(SKU)));
    server.stubFor(post(urlPathEqualTo(OFFERS + "/9015430010/publish")).willReturn(json(200, "{\"listingId\":\"225512346001\"}")));

    ListingVerdict verdict = publisher().put(shop, documentedSubmission());

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(verdict.submissionId()).isEqualTo("9015430010");
    server.verify(1, postRequestedFor(urlPathEqualTo(OFFERS)));
  }

  @Test
  void setsAQuantityThroughBulkUpdatePriceQuantity() {
    server.stubFor(post(urlPathEqualTo("/sell/inventory/v1/bulk_update_price_quantity"))
        .withRequestBody(equalToJson("{\"requests\":[{\"sku\":\"MUG-350-WHT\",\"shipToLocationAvailability\":{\"quantity\":3}}]}"))
        .willReturn(fixture(200, "inventory-bulkUpdatePriceQuantity-200.json")));

    ListingVerdict verdict = connector.capability(InventoryPublisher.class).orElseThrow().setQuantity(shop, "MUG-350-WHT", 3);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
  }

  @Test
  void aQuantityRefusedForItsSkuIsRejected() {
    server.stubFor(post(urlPathEqualTo("/sell/inventory/v1/bulk_update_price_quantity")).willReturn(json(200,
        "{\"responses\":[{\"statusCode\":400,\"sku\":\"MUG-350-WHT\",\"errors\":[{\"errorId\":25604,"
            + "\"message\":\"Input error. The quantity is invalid.\",\"parameters\":[{\"name\":\"quantity\",\"value\":\"-1\"}]}]}]}")));

    ListingVerdict verdict = connector.capability(InventoryPublisher.class).orElseThrow().setQuantity(shop, "MUG-350-WHT", 3);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(verdict.issues()).singleElement().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("25604");
      assertThat(issue.attributes()).containsExactly("quantity");
    });
  }

  @Test
  void readsAListingBackWithItsOfferAndAnUnknownSkuAsEmpty() {
    server.stubFor(get(urlPathEqualTo("/sell/inventory/v1/inventory_item/MUG-350-WHT"))
        .willReturn(fixture(200, "inventory-getInventoryItem-200.json")));
    server.stubFor(get(urlPathEqualTo(OFFERS)).willReturn(fixture(200, "inventory-getOffers-200.json")));
    server.stubFor(get(urlPathEqualTo("/sell/inventory/v1/inventory_item/NO-SUCH-SKU")).willReturn(json(404,
        "{\"errors\":[{\"errorId\":25702,\"domain\":\"API_INVENTORY\",\"category\":\"REQUEST\","
            + "\"message\":\"SKU NO-SUCH-SKU is not available in the system\"}]}")));

    assertThat(source().listing(shop, "MUG-350-WHT")).hasValueSatisfying(listing -> {
      assertThat(listing.price()).isEqualTo(Money.of("19.90", "USD"));
      assertThat(listing.quantity()).isEqualTo(12);
      assertThat(listing.state()).isEqualTo(PlatformListing.State.ACTIVE);
      assertThat(listing.platformListingId()).isEqualTo("225512346001");
      assertThat(listing.title()).isEqualTo("Ceramic mug 350 ml, white");
    });
    assertThat(source().listing(shop, "NO-SUCH-SKU")).isEmpty();
  }

  @Test
  void deletingAnUnknownSkuIsAccepted() {
    server.stubFor(delete(urlPathEqualTo("/sell/inventory/v1/inventory_item/NEVER-LISTED")).willReturn(json(404,
        "{\"errors\":[{\"errorId\":25702,\"message\":\"SKU NEVER-LISTED is not available in the system\"}]}")));

    assertThat(publisher().delete(shop, "NEVER-LISTED").status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
  }

  /**
   * The submission whose item and offer are exactly eBay's documented request examples: the
   * product and condition of {@code createOrReplaceInventoryItem}, the category, policies and price
   * of {@code createOffer}.
   */
  private static ListingSubmission documentedSubmission() {
    Map<String, Object> item = read(fixture("inventory-createOrReplaceInventoryItem-request.json"));
    Map<String, Object> offer = read(fixture("inventory-createOffer-request.json"));
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("condition", item.get("condition"));
    attributes.put("product", item.get("product"));
    for (String name : new String[] {"listingDescription", "listingPolicies", "quantityLimitPerBuyer", "includeCatalogProductDetails"}) {
      attributes.put(name, offer.get(name));
    }
    return new ListingSubmission(SKU, (String) offer.get("categoryId"), attributes, Money.of("272.17", "USD"), 50L);
  }

  /**
   * eBay's {@code createOffer} example without {@code availableQuantity}: the connector keeps the
   * quantity on the inventory item only, so the whole of it is sellable.
   */
  private static String offerRequestWithoutAvailableQuantity() throws IOException {
    ObjectNode offer = (ObjectNode) JSON.readTree(fixture("inventory-createOffer-request.json"));
    offer.remove("availableQuantity");
    return JSON.writeValueAsString(offer);
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder offersOf(String sku) {
    return json(200, fixture("inventory-getOffers-200.json").replace("MUG-350-WHT", sku));
  }

  private static Map<String, Object> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ListingPublisher publisher() {
    return connector.capability(ListingPublisher.class).orElseThrow();
  }

  private ListingSource source() {
    return connector.capability(ListingSource.class).orElseThrow();
  }
}
