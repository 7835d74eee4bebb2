package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.Item;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.ItemSearchResults;
import dev.crossborder.erp.platforms.amazon.internal.ListingsWire.SubmissionResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listings Items 2021-08-01 examples mapped to listings and verdicts, and request bodies built. */
class ListingMapperTest {
  private static final String US = "ATVPDKIKX0DER";
  private static final String CA = "A2EUQ1WTGCTBG2";

  private static ListingVerdict verdict(String fixture, String operation) {
    return ListingMapper.verdict(
        Fixtures.read(fixture, operation, SubmissionResponse.class), US, new WireContext(operation, 200));
  }

  @Test
  void mapsTheGetListingsItemExampleForTheUsMarketplace() {
    Item item = Fixtures.read("listings-2021-08-01-getListingsItem-200.json", "getListingsItem", Item.class);
    PlatformListing us = ListingMapper.listing(item, US, new WireContext("getListingsItem", 200));

    assertThat(us.sellerSku()).isEqualTo("GM-ZDPI-9B4E");
    assertThat(us.platformListingId()).isEqualTo("B071VG5N9D");
    assertThat(us.title()).isEqualTo("Hardside Carry-On Spinner Suitcase Luggage");
    assertThat(us.price()).isEqualTo(Money.of("100.00", "USD"));
    assertThat(us.quantity()).isEqualTo(100);
    assertThat(us.state()).isEqualTo(PlatformListing.State.ACTIVE);
    assertThat(us.issues()).extracting(PlatformIssue::code).containsExactly("90220", "18027", "99300", "18155", "18742");
    assertThat(us.issues().get(0).attributes()).containsExactly("size");
    assertThat(us.issues().get(0).message()).isEqualTo("'size' is required but not supplied.");
    assertThat(us.issues().get(0).severity()).isEqualTo(PlatformIssue.Severity.ERROR);
  }

  @Test
  void mapsTheCanadianViewWithItsOwnPriceIssuesAndState() {
    Item item = Fixtures.read("listings-2021-08-01-getListingsItem-200.json", "getListingsItem", Item.class);
    PlatformListing ca = ListingMapper.listing(item, CA, new WireContext("getListingsItem", 200));

    assertThat(ca.price()).isEqualTo(Money.of("130.00", "CAD"));
    assertThat(ca.issues()).extracting(PlatformIssue::code).containsExactly("18027", "99300");
    // status [] and ERROR issues for this marketplace
    assertThat(ca.state()).isEqualTo(PlatformListing.State.REJECTED);

    PlatformListing elsewhere = ListingMapper.listing(item, "A1PA6795UKMFR9", new WireContext("getListingsItem", 200));
    assertThat(elsewhere.state()).isEqualTo(PlatformListing.State.OTHER);
    assertThat(elsewhere.price()).isNull();
  }

  @Test
  void mapsASearchPageWithItsNextToken() {
    ItemSearchResults results =
        Fixtures.read("listings-2021-08-01-searchListingsItems-200-sandbox.json", "searchListingsItems", ItemSearchResults.class);
    PlatformPage<PlatformListing> page = ListingMapper.page(results, US, new WireContext("searchListingsItems", 200));

    assertThat(page.next()).isEqualTo("xsdflkj324lkjsdlkj3423klkjsdfkljlk2j34klj2l3k4jlksdjl234");
    assertThat(page.items()).extracting(PlatformListing::sellerSku).containsExactly("GM-ZDPI-9B4E");
    assertThat(page.items().get(0).quantity()).isEqualTo(100);
  }

  @Test
  void acceptsAcceptedAndValidSubmissions() {
    ListingVerdict put = verdict("listings-2021-08-01-putListingsItem-200.json", "putListingsItem");
    assertThat(put.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(put.submissionId()).isEqualTo("f1dc2914-75dd-11ea-bc55-0242ac130003");
    assertThat(put.issues()).isEmpty();

    ListingVerdict valid = verdict("listings-2021-08-01-putListingsItem-200-sandbox-2.json", "putListingsItem");
    assertThat(valid.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(valid.sellerSku()).isEqualTo("VALIDATION_VALID");
    assertThat(valid.platformListingId()).isEqualTo("B07N4M94X4");

    ListingVerdict deleted = verdict("listings-2021-08-01-deleteListingsItem-200.json", "deleteListingsItem");
    assertThat(deleted.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
  }

  @Test
  void rejectsAnInvalidPutAnsweredWithHttp200AndSurfacesItsIssues() {
    ListingVerdict invalid = verdict("listings-2021-08-01-putListingsItem-200-sandbox-3.json", "putListingsItem");

    assertThat(invalid.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(invalid.sellerSku()).isEqualTo("VALIDATION_INVALID");
    assertThat(invalid.submissionId()).isEqualTo("a1c562c2-1695-11ee-be56-0242ac120002");
    assertThat(invalid.platformListingId()).isNull();
    assertThat(invalid.issues())
        .containsExactly(
            new PlatformIssue("90220", "'condition_type' is required but not supplied.", PlatformIssue.Severity.ERROR,
                List.of("condition_type")),
            new PlatformIssue("90000900", "The attributes are invalid.", PlatformIssue.Severity.ERROR,
                List.of("fake_attribute")));
  }

  @Test
  void rejectsAnInvalidPatch() {
    ListingVerdict invalid = verdict("listings-2021-08-01-patchListingsItem-200-sandbox-3.json", "patchListingsItem");
    assertThat(invalid.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(invalid.issues()).extracting(PlatformIssue::attributes).containsExactly(List.of("fake_attribute"));
  }

  @Test
  void keepsUnknownStatusesAndSeveritiesOpen() {
    String json = """
        {"sku": "S1", "status": "QUEUED_FOR_REVIEW", "submissionId": "x",
         "issues": [{"code": "1", "message": "m", "severity": "CRITICAL_NEW"}]}
        """;
    ListingVerdict v = ListingMapper.verdict(
        AmazonJson.read("putListingsItem", 200, json, SubmissionResponse.class), US, new WireContext("putListingsItem", 200));
    assertThat(v.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(v.issues().get(0).severity()).isEqualTo(PlatformIssue.Severity.WARNING);
  }

  @Test
  void refusesASubmissionAnswerWithoutStatus() {
    String json = "{\"sku\": \"S1\", \"submissionId\": \"x\"}";
    assertThatThrownBy(() -> ListingMapper.verdict(
            AmazonJson.read("putListingsItem", 200, json, SubmissionResponse.class), US, new WireContext("putListingsItem", 200)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("putListingsItem")
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("status"));
  }

  @Test
  void buildsThePutBodyOfTheListingsFeedExample() {
    ListingSubmission submission =
        new ListingSubmission(
            "My-SKU-C",
            "LUGGAGE",
            Map.of(
                "item_name", List.of(Map.of("value", "My Title", "language_tag", "en_US", "marketplace_id", US)),
                "fulfillment_availability", List.of(Map.of("fulfillment_channel_code", "AMAZON_NA", "quantity", 10))),
            null,
            null);

    String json = AmazonJson.write(ListingMapper.putRequest(submission, US));

    assertThat(Fixtures.tree("listings-2021-08-01-putListingsItem-request-derived.json"))
        .isEqualTo(treeOf(json));
  }

  @Test
  void addsTheSubmissionQuantityOnTheDefaultChannel() {
    ListingSubmission submission = new ListingSubmission("S", "LUGGAGE", Map.of(), null, 7L);
    String json = AmazonJson.write(ListingMapper.putRequest(submission, US));
    assertThat(json).isEqualTo(
        "{\"productType\":\"LUGGAGE\",\"requirements\":\"LISTING\",\"attributes\":"
            + "{\"fulfillment_availability\":[{\"fulfillment_channel_code\":\"DEFAULT\",\"quantity\":7}]}}");
  }

  @Test
  void turnsTheSubmissionPriceIntoAPurchasableOfferOfTheMarketplace() {
    ListingSubmission submission = new ListingSubmission("S", "LUGGAGE", Map.of(), Money.of("19.90", "USD"), null);
    String json = AmazonJson.write(ListingMapper.putRequest(submission, US));
    assertThat(treeOf(json).at("/attributes/purchasable_offer/0/marketplace_id").asText()).isEqualTo(US);
    assertThat(treeOf(json).at("/attributes/purchasable_offer/0/currency").asText()).isEqualTo("USD");
    assertThat(treeOf(json).at("/attributes/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").decimalValue())
        .isEqualByComparingTo("19.90");
  }

  @Test
  void refusesAPriceThatConflictsWithATemplatesPurchasableOffer() {
    ListingSubmission submission =
        new ListingSubmission("S", "LUGGAGE", Map.of("purchasable_offer", List.of()), Money.of("19.90", "USD"), null);
    assertThatThrownBy(() -> ListingMapper.putRequest(submission, US))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
  }

  @Test
  void buildsTheQuantityPatchBodyOfTheListingsFeedExample() {
    String json = AmazonJson.write(ListingMapper.quantityPatch("LUGGAGE", 10));
    assertThat(Fixtures.tree("listings-2021-08-01-patchListingsItem-quantity-request-derived.json"))
        .isEqualTo(treeOf(json));
  }

  private static com.fasterxml.jackson.databind.JsonNode treeOf(String json) {
    try {
      return AmazonJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
