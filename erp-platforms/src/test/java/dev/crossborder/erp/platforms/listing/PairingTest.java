package dev.crossborder.erp.platforms.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingAlert;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.PairingMethod;
import dev.crossborder.erp.listing.PairingReport;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Importing a shop's existing listings and pairing them (配对) with local SKUs, never by guess. */
class PairingTest {
  private static final ShopId SHOP = ShopId.of("ebay-uk");

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final FakePlatform ebay = FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).pageSize(2).build();
  private Erp erp;

  @BeforeEach
  void setUp() {
    erp = Erp.builder().tenant(TenantId.of("seller")).clock(clock).connector(ebay).build();
    erp.shops().create(Shop.of(SHOP, PlatformId.EBAY, "GB", "eBay UK", Currency.getInstance("GBP"), ZoneOffset.UTC));
    erp.catalog().create(Product.builder().id("LAMP").title("Desk lamp")
        .addSku(sku("LAMP-BLK", "5012345678900"))
        .addSku(sku("LAMP-WHT", "5012345678917"))
        .addSku(sku("LAMP-RED", "4006381333931"))
        .addSku(sku("LAMP-RED-OLD", "4006381333931")) // the same barcode twice: ambiguous
        .build());
  }

  private static Sku sku(String code, String barcode) {
    return Sku.builder().code(code).productId(ProductId.of("LAMP")).name(code).barcode(barcode).build();
  }

  private void platformHas(String sellerSku, String id, PlatformListing.State state, long quantity, String gtin) {
    ebay.putListing(SHOP, new PlatformListing(sellerSku, id, sellerSku, Money.of("19.99", "GBP"), quantity, state, List.of(), gtin));
  }

  @Test
  void pairsByMappingThenSellerSkuThenAUniqueBarcodeAndReportsTheRest() {
    platformHas("LAMP-BLK", "1001", PlatformListing.State.ACTIVE, 4, null);             // seller SKU = SKU code
    platformHas("lamp_white_v2", "1002", PlatformListing.State.ACTIVE, 2, "5012345678917"); // unique barcode
    platformHas("red-lamp", "1003", PlatformListing.State.INACTIVE, 0, "4006381333931");    // ambiguous barcode
    platformHas("OLD-ITEM-7", "1004", PlatformListing.State.ACTIVE, 1, null);             // nothing matches
    platformHas("legacy-blk", "1005", PlatformListing.State.ACTIVE, 3, "5012345678917");   // mapping wins over barcode
    erp.listings().pair(SHOP, "legacy-blk", SkuCode.of("LAMP-BLK"));

    PairingReport report = erp.listings().importListings(SHOP);

    assertThat(report.read()).isEqualTo(5);
    assertThat(report.paired()).extracting(PairingReport.Paired::sellerSku, p -> p.sku().value(), PairingReport.Paired::method)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("LAMP-BLK", "LAMP-BLK", PairingMethod.SELLER_SKU),
            org.assertj.core.groups.Tuple.tuple("lamp_white_v2", "LAMP-WHT", PairingMethod.BARCODE),
            org.assertj.core.groups.Tuple.tuple("legacy-blk", "LAMP-BLK", PairingMethod.MAPPING));
    assertThat(report.unpaired()).extracting(PairingReport.Unpaired::sellerSku).containsExactlyInAnyOrder("red-lamp", "OLD-ITEM-7");
    assertThat(report.unpaired()).filteredOn(u -> u.sellerSku().equals("red-lamp")).singleElement().satisfies(u -> {
      assertThat(u.reason()).contains("matches 2 SKUs");
      assertThat(u.candidates()).extracting(SkuCode::value).containsExactlyInAnyOrder("LAMP-RED", "LAMP-RED-OLD");
    });

    assertThat(erp.listings().resolve(SHOP, "lamp_white_v2")).contains(SkuCode.of("LAMP-WHT"));
    assertThat(erp.listings().resolve(SHOP, "legacy-blk")).contains(SkuCode.of("LAMP-BLK"));
    assertThat(erp.listings().resolve(SHOP, "red-lamp")).isEmpty();
    Listing unpaired = erp.listings().listing(SHOP, "red-lamp").orElseThrow();
    assertThat(unpaired.sku()).isNull();
    assertThat(unpaired.status()).isEqualTo(ListingStatus.INACTIVE);
    assertThat(unpaired.seen().quantity()).isZero();

    // An explicit mapping pairs it; a second import keeps every pairing and pairs nothing twice.
    erp.listings().pair(SHOP, "red-lamp", SkuCode.of("LAMP-RED"));
    PairingReport again = erp.listings().importListings(SHOP);
    assertThat(again.paired()).hasSize(4);
    assertThat(again.unpaired()).extracting(PairingReport.Unpaired::sellerSku).containsExactly("OLD-ITEM-7");
    assertThat(erp.listings().resolve(SHOP, "red-lamp")).contains(SkuCode.of("LAMP-RED"));
  }

  @Test
  void importedListingsAreMonitoredForStaleness() {
    platformHas("LAMP-BLK", "1001", PlatformListing.State.ACTIVE, 4, null);
    erp.listings().importListings(SHOP);
    assertThat(erp.listings().attention(Duration.ofHours(24))).isEmpty();

    clock.advance(Duration.ofHours(25));
    assertThat(erp.listings().attention(Duration.ofHours(24))).singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo(ListingAlert.Kind.STALE));
    erp.listings().importListings(SHOP);
    assertThat(erp.listings().attention(Duration.ofHours(24))).isEmpty();
  }

  @Test
  void pairingRefusesUnknownSkusAndShopsAndConnectorsThatCannotReadListings() {
    assertThatThrownBy(() -> erp.listings().pair(SHOP, "x", SkuCode.of("NOPE")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("sku"));
    assertThatThrownBy(() -> erp.listings().pair(ShopId.of("nope"), "x", SkuCode.of("LAMP-BLK")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("shopId"));

    FakePlatform blind = FakePlatform.builder().platform(PlatformId.WALMART).withoutCapabilities(ListingSource.class).build();
    Erp other = Erp.builder().tenant(TenantId.of("other")).connector(blind).build();
    other.shops().create(Shop.of(ShopId.of("wm"), PlatformId.WALMART, "US", "Walmart", Currency.getInstance("USD"), ZoneOffset.UTC));
    assertThatThrownBy(() -> other.listings().importListings(ShopId.of("wm")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("ListingSource");
  }
}
