package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listings Items 2021-08-01 on Amazon's example and sandbox payloads. */
class AmazonListingsTest extends AmazonTestSupport {
  static final String ITEMS = "/listings/2021-08-01/items/" + SELLER_ID;
  static final String SKU = "GM-ZDPI-9B4E";
  static final String NEXT = "xsdflkj324lkjsdlkj3423klkjsdfkljlk2j34klj2l3k4jlksdjl234";

  ListingSource source() {
    return connector.capability(ListingSource.class).orElseThrow();
  }

  ListingPublisher publisher() {
    return connector.capability(ListingPublisher.class).orElseThrow();
  }

  static ListingSubmission submission(String sku) {
    return new ListingSubmission(sku, "LUGGAGE", Map.of("brand", "Acme"), Money.of("19.99", "USD"), 7L);
  }

  @Test
  void readsOneListingWithPriceAndQuantityAndAnsweresEmptyOn404() {
    server.stubFor(get(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(200, "listings-2021-08-01-getListingsItem-200.json")));
    server.stubFor(get(urlPathEqualTo(ITEMS + "/NOPE")).willReturn(json(404,
        "{\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"SKU not found\"}]}")));

    PlatformListing listing = source().listing(shop, SKU).orElseThrow();

    assertThat(listing.platformListingId()).isEqualTo("B071VG5N9D");
    assertThat(listing.quantity()).isEqualTo(100);
    assertThat(source().listing(shop, "NOPE")).isEmpty();
  }

  @Test
  void aShopReadBackFromAStoreIsRecognisedByValueNotByIdentity() {
    server.stubFor(get(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(200, "listings-2021-08-01-getListingsItem-200.json")));
    // A shop read from a JDBC store carries its own PlatformId instance, equal but not the constant.
    Shop stored = new Shop(shop.id(), new dev.crossborder.erp.shop.PlatformId("AMAZON"), shop.marketplace(), shop.name(),
        shop.currency(), shop.zone(), shop.status(), 3);

    assertThat(source().listing(stored, SKU)).isPresent();
  }

  @Test
  void pagesSearchResultsAcrossTwoPages() {
    server.stubFor(get(urlPathEqualTo(ITEMS)).withQueryParam("pageToken", absent())
        .willReturn(fixture(200, "listings-2021-08-01-searchListingsItems-200-sandbox.json")));
    String last = fixture("listings-2021-08-01-searchListingsItems-200-sandbox.json")
        .replace("\"nextToken\": \"" + NEXT + "\",", "");
    server.stubFor(get(urlPathEqualTo(ITEMS)).withQueryParam("pageToken", equalTo(NEXT)).willReturn(json(200, last)));

    PlatformPage<PlatformListing> first = source().listings(shop, null);
    PlatformPage<PlatformListing> second = source().listings(shop, first.next());

    assertThat(first.items()).isNotEmpty();
    assertThat(first.next()).isNotNull();
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void acceptsAPutAndRejectsAnInvalidOne() {
    server.stubFor(put(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(200, "listings-2021-08-01-putListingsItem-200.json")));
    server.stubFor(put(urlPathEqualTo(ITEMS + "/VALIDATION_INVALID"))
        .willReturn(fixture(200, "listings-2021-08-01-patchListingsItem-200-sandbox-3.json")));
    server.stubFor(put(urlPathEqualTo(ITEMS + "/BAD")).willReturn(fixture(400, "listings-2021-08-01-putListingsItem-400-sandbox.json")));

    assertThat(publisher().put(shop, submission(SKU)).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(publisher().put(shop, submission("VALIDATION_INVALID")))
        .satisfies(v -> {
          assertThat(v.status()).isEqualTo(ListingVerdict.Status.REJECTED);
          assertThat(v.issues()).anySatisfy(i -> assertThat(i.code()).isEqualTo("90000900"));
        });
    assertThat(publisher().put(shop, submission("BAD")).status()).isEqualTo(ListingVerdict.Status.REJECTED);
  }

  @Test
  void deletesAndAcceptsDeletingAMissingListing() {
    server.stubFor(delete(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(200, "listings-2021-08-01-deleteListingsItem-200.json")));
    server.stubFor(delete(urlPathEqualTo(ITEMS + "/GONE")).willReturn(json(404, "{\"errors\":[{\"code\":\"NOT_FOUND\"}]}")));
    server.stubFor(delete(urlPathEqualTo(ITEMS + "/BAD")).willReturn(fixture(400, "listings-2021-08-01-deleteListingsItem-400-sandbox.json")));

    assertThat(publisher().delete(shop, SKU).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(publisher().delete(shop, "GONE").status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThatThrownBy(() -> publisher().delete(shop, "BAD")).isInstanceOf(PlatformRequestException.class);
  }

  @Test
  void setsTheQuantityWithTheFulfillmentAvailabilityPatchOfTheListingsProductType() {
    server.stubFor(get(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(200, "listings-2021-08-01-getListingsItem-200.json")));
    server.stubFor(patch(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(200, "listings-2021-08-01-putListingsItem-200.json")));
    server.stubFor(get(urlPathEqualTo(ITEMS + "/NOPE")).willReturn(json(404, "{\"errors\":[{\"code\":\"NOT_FOUND\"}]}")));
    InventoryPublisher inventory = connector.capability(InventoryPublisher.class).orElseThrow();

    assertThat(inventory.setQuantity(shop, SKU, 10).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    server.verify(patchRequestedFor(urlPathEqualTo(ITEMS + "/" + SKU))
        .withRequestBody(equalToJson(fixture("listings-2021-08-01-patchListingsItem-quantity-request-derived.json"))));
    assertThat(inventory.setQuantity(shop, "NOPE", 1).status()).isEqualTo(ListingVerdict.Status.REJECTED);
  }

  @Test
  void reportsThePatch400SandboxBodyAsARejectedQuantityWithAmazonsIssue() {
    server.stubFor(get(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(200, "listings-2021-08-01-getListingsItem-200.json")));
    server.stubFor(patch(urlPathEqualTo(ITEMS + "/" + SKU)).willReturn(fixture(400, "listings-2021-08-01-patchListingsItem-400-sandbox.json")));

    ListingVerdict verdict = connector.capability(InventoryPublisher.class).orElseThrow().setQuantity(shop, SKU, 10);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(verdict.issues()).extracting(PlatformIssue::code).contains("BAD_REQUEST");
    server.verify(1, patchRequestedFor(urlPathEqualTo(ITEMS + "/" + SKU)));
  }
}
