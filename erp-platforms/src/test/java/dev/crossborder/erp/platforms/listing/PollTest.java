package dev.crossborder.erp.platforms.listing;

import static dev.crossborder.erp.listing.AttributeMapping.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.PricePolicy;
import dev.crossborder.erp.listing.PublishOutcome;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A platform that answers a put with "accepted" and shows the listing only later, as Amazon's
 * asynchronous processing does: the listing stays SUBMITTED until {@code poll()} sees the verdict.
 */
class PollTest {
  private static final ShopId SHOP = ShopId.of("slow-1");

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final FakePlatform fake = FakePlatform.builder().platform(PlatformId.TEMU).clock(clock).build();
  private final AtomicBoolean processed = new AtomicBoolean();

  /** The fake with its listings hidden from reads until the platform has "processed" them. */
  private final PlatformConnector slow = new PlatformConnector() {
    @Override
    public PlatformId platform() {
      return fake.platform();
    }

    @Override
    public <T extends Capability> Optional<T> capability(Class<T> type) {
      if (type != ListingSource.class) {
        return fake.capability(type);
      }
      ListingSource real = fake.capability(ListingSource.class).orElseThrow();
      ListingSource delayed = new ListingSource() {
        @Override
        public PlatformPage<PlatformListing> listings(Shop shop, @Nullable String cursor) {
          return real.listings(shop, cursor);
        }

        @Override
        public Optional<PlatformListing> listing(Shop shop, String sellerSku) {
          return processed.get() ? real.listing(shop, sellerSku) : Optional.empty();
        }
      };
      return Optional.of(type.cast(delayed));
    }
  };

  @Test
  void anAcceptedListingStaysSubmittedUntilPollSeesThePlatformsVerdict() {
    Erp erp = Erp.builder().tenant(TenantId.of("seller")).clock(clock).connector(slow).build();
    erp.shops().create(Shop.of(SHOP, PlatformId.TEMU, "US", "Temu", Currency.getInstance("USD"), ZoneOffset.UTC));
    erp.catalog().create(Product.builder().id("CUP").title("Cup")
        .addSku(Sku.builder().code("CUP-1").productId(ProductId.of("CUP")).name("Cup").build())
        .addSku(Sku.builder().code("CUP-2").productId(ProductId.of("CUP")).name("Cup").build()).build());
    erp.listings().saveTemplate(new ListingTemplate("temu", PlatformId.TEMU, null, "cups",
        Map.of("title", field("product.title")), Set.of("title"), "title"));
    fake.rejectListingsWhere(s -> s.sellerSku().equals("CUP-2"),
        new PlatformIssue("IMG", "main image missing", PlatformIssue.Severity.ERROR, List.of("main_image")));

    var published = erp.listings().publish(ProductId.of("CUP"), List.of(SHOP), PricePolicy.none());
    assertThat(published.with(PublishOutcome.Result.SUBMITTED)).singleElement()
        .satisfies(o -> assertThat(o.sellerSku()).isEqualTo("CUP-1"));
    assertThat(published.with(PublishOutcome.Result.REJECTED)).singleElement()
        .satisfies(o -> assertThat(o.issues()).extracting(PlatformIssue::message).containsExactly("main image missing"));

    assertThat(erp.listings().poll().outcomes()).singleElement()
        .satisfies(o -> assertThat(o.result()).isEqualTo(PublishOutcome.Result.SUBMITTED));

    processed.set(true);
    assertThat(erp.listings().poll().outcomes()).singleElement()
        .satisfies(o -> assertThat(o.result()).isEqualTo(PublishOutcome.Result.LIVE));
    assertThat(erp.listings().listing(SHOP, "CUP-1").orElseThrow().status()).isEqualTo(ListingStatus.LIVE);
    assertThat(erp.listings().poll().outcomes()).isEmpty();
  }
}
