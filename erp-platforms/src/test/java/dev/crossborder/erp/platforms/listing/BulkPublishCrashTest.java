package dev.crossborder.erp.platforms.listing;

import static dev.crossborder.erp.listing.AttributeMapping.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.PricePolicy;
import dev.crossborder.erp.listing.PublishOutcome;
import dev.crossborder.erp.listing.PublishReport;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.jdbc.JdbcStore;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bulk publish of 500 Amazon listings (100 shops × 5 variants) over real HTTP against WireMock,
 * killed at each dangerous point: after the intent is stored but before the request, and after the
 * platform accepted but before the verdict is stored. Each restart is a new {@code Erp} on the same
 * store, as a restarted host would be. The request journal must show exactly one put per listing.
 */
class BulkPublishCrashTest {
  private static final int SHOPS = 100;
  private static final List<String> VARIANTS = List.of("MUG-RED", "MUG-BLUE", "MUG-GREEN", "MUG-BLACK", "MUG-WHITE");

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private Store store;
  private final List<ShopId> shopIds = new ArrayList<>();
  private final List<String> sellers = new ArrayList<>();
  private AmazonListingServer amazon;

  /** The stores a restarted host finds its intents in: in memory, and H2 through the JDBC store. */
  static Stream<Named<Supplier<Store>>> stores() {
    return Stream.of(
        Named.of("in-memory", InMemoryStore::new),
        Named.of("H2", () -> {
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL("jdbc:h2:mem:crash_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
          return JdbcStore.builder(h2).dialect(JdbcStore.Dialect.H2).migrate(true).build();
        }));
  }

  void setUp(Supplier<Store> stores) {
    store = stores.get();
    amazon = new AmazonListingServer();
    Erp setup = erp(amazon.connector(clock));
    for (int i = 0; i < SHOPS; i++) {
      String seller = String.format("A3SELLER%03d", i);
      Shop shop = amazon.shop(String.format("amz-%03d", i), seller);
      setup.shops().create(shop);
      shopIds.add(shop.id());
      sellers.add(seller);
      VARIANTS.forEach(sku -> amazon.serve(seller, sku));
    }
    Product.Builder mug = Product.builder().id("MUG").title("Enamel camping mug").brand("Acme");
    VARIANTS.forEach(code -> mug.addSku(Sku.builder().code(code).productId(ProductId.of("MUG")).name(code)
        .attribute("colour", code.substring(4).toLowerCase(java.util.Locale.ROOT)).build()));
    setup.catalog().create(mug.build());
    setup.listings().saveTemplate(new ListingTemplate("amazon-mugs", PlatformId.AMAZON, null, "DRINKING_CUP",
        Map.of("item_name", field("product.title"), "brand", field("product.brand"), "color", field("sku.attributes.colour")),
        Set.of("item_name", "color"), "item_name"));
  }

  @AfterEach
  void tearDown() {
    if (amazon != null) {
      amazon.close();
    }
  }

  private Erp erp(PlatformConnector amazonConnector) {
    return Erp.builder().tenant(TenantId.of("seller")).store(store).clock(clock).connector(amazonConnector).build();
  }

  private PublishReport publishAll(Erp erp) {
    return erp.listings().publish(ProductId.of("MUG"), shopIds, PricePolicy.none());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void aPublishKilledAtEachDangerousPointResumesWithExactlyOnePutPerListing(Supplier<Store> stores) {
    setUp(stores);
    // Run 1 dies after storing the intent of the 120th listing, before its request.
    Erp first = erp(new CrashingConnector(amazon.connector(clock), 120, CrashingConnector.Point.BEFORE_REQUEST));
    assertThatThrownBy(() -> publishAll(first)).isInstanceOf(CrashingConnector.Crash.class);
    assertThat(pending()).hasSize(1);

    // Run 2 resumes (the intent was never sent: the platform has nothing, so it is sent now), then
    // publishes again and dies after Amazon accepted its 300th put, before storing the verdict.
    Erp second = erp(new CrashingConnector(amazon.connector(clock), 300, CrashingConnector.Point.AFTER_ACCEPT));
    PublishReport resumed = second.listings().resume();
    assertThat(resumed.outcomes()).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(PublishOutcome.Result.LIVE));
    assertThatThrownBy(() -> publishAll(second)).isInstanceOf(CrashingConnector.Crash.class);
    List<Listing> left = pending();
    assertThat(left).hasSize(1);

    // Run 3 resumes: Amazon has that listing already, so it is adopted, not sent again; the publish
    // then sends only what was never sent.
    Erp third = erp(amazon.connector(clock));
    PublishReport adopted = third.listings().resume();
    assertThat(adopted.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.sellerSku()).isEqualTo(left.get(0).sellerSku());
      assertThat(o.result()).isEqualTo(PublishOutcome.Result.LIVE);
    });
    PublishReport last = publishAll(third);

    assertThat(last.counts()).containsEntry(PublishOutcome.Result.UNCHANGED, 419L).containsEntry(PublishOutcome.Result.LIVE, 81L);
    List<Listing> all = third.listings().listings(ListingQuery.all(), PageRequest.first(1000)).items();
    assertThat(all).hasSize(500).allSatisfy(l -> {
      assertThat(l.status()).isEqualTo(ListingStatus.LIVE);
      assertThat(l.pending()).isNull();
      assertThat(l.platformListingId()).isEqualTo("B071VG5N9D");
    });
    for (String seller : sellers) {
      for (String sku : VARIANTS) {
        assertThat(amazon.puts(seller, sku)).as(seller + "/" + sku).isEqualTo(1);
      }
    }
  }

  private List<Listing> pending() {
    return erp(amazon.connector(clock)).listings()
        .listings(ListingQuery.all().withPendingOnly(), PageRequest.first(1000)).items();
  }
}
