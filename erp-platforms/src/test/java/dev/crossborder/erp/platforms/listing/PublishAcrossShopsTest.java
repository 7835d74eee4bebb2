package dev.crossborder.erp.platforms.listing;

import static dev.crossborder.erp.listing.AttributeMapping.constant;
import static dev.crossborder.erp.listing.AttributeMapping.field;
import static dev.crossborder.erp.listing.AttributeMapping.lookup;
import static dev.crossborder.erp.listing.AttributeMapping.truncate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.listing.AttributeMapping;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingEdit;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.PricePolicy;
import dev.crossborder.erp.listing.PriceRule;
import dev.crossborder.erp.listing.PublishOutcome;
import dev.crossborder.erp.listing.PublishReport;
import dev.crossborder.erp.listing.Rounding;
import dev.crossborder.erp.money.FixedExchangeRates;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.PageRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One product with three variants published to 20 shops on three platforms: six Amazon shops over
 * real HTTP against WireMock (Amazon's own example payloads), seven Shopify and seven eBay shops
 * on {@link FakePlatform}. One Amazon shop's marketplace requires {@code condition_type}, which the
 * first template lacks.
 */
class PublishAcrossShopsTest {
  private static final List<String> VARIANTS = List.of("TEE-S", "TEE-M", "TEE-L");
  private static final String STRICT_SELLER = "A3SELLER05";

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private AmazonListingServer amazon;
  private FakePlatform shopify;
  private FakePlatform ebay;
  private Erp erp;
  private final List<Shop> shops = new ArrayList<>();

  @BeforeEach
  void setUp() {
    amazon = new AmazonListingServer();
    shopify = FakePlatform.builder().platform(PlatformId.SHOPIFY).clock(clock).build();
    ebay = FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).build();
    for (int i = 1; i <= 6; i++) {
      String seller = "A3SELLER0" + i;
      shops.add(amazon.shop("amz-" + i, seller));
      VARIANTS.forEach(sku -> amazon.serve(seller, sku));
    }
    VARIANTS.forEach(sku -> amazon.requireAttribute(STRICT_SELLER, sku, "condition_type"));
    for (int i = 1; i <= 7; i++) {
      shops.add(Shop.of(ShopId.of("shopify-" + i), PlatformId.SHOPIFY, "US", "Shopify " + i, Currency.getInstance("USD"), ZoneOffset.UTC));
      shops.add(Shop.of(ShopId.of("ebay-" + i), PlatformId.EBAY, "DE", "eBay " + i, Currency.getInstance("EUR"), ZoneOffset.UTC));
    }
    erp = Erp.builder()
        .tenant(TenantId.of("seller"))
        .clock(clock)
        .exchangeRates(FixedExchangeRates.builder().rate("CNY", "USD", "0.1389").rate("CNY", "EUR", "0.1302").build())
        .connector(amazon.connector(clock))
        .connector(shopify)
        .connector(ebay)
        .build();
    shops.forEach(erp.shops()::create);
    Product.Builder tee = Product.builder().id("TEE").title("Organic cotton T-shirt").brand("Acme").category("apparel");
    for (String code : VARIANTS) {
      tee.addSku(Sku.builder().code(code).productId(ProductId.of("TEE")).name("Tee " + code.substring(4))
          .attribute("size", code.substring(4)).unitCost(UnitAmount.of("38.50", "CNY")).build());
    }
    erp.catalog().create(tee.build());
    erp.listings().saveTemplate(amazonTemplate(false));
    erp.listings().saveTemplate(simpleTemplate("shopify", PlatformId.SHOPIFY));
    erp.listings().saveTemplate(simpleTemplate("ebay", PlatformId.EBAY));
  }

  @AfterEach
  void tearDown() {
    amazon.close();
  }

  private static ListingTemplate amazonTemplate(boolean withCondition) {
    Map<String, AttributeMapping> attributes = new LinkedHashMap<>();
    attributes.put("item_name", truncate(field("product.title"), 200));
    attributes.put("brand", field("product.brand"));
    attributes.put("size", lookup(field("sku.attributes.size"), Map.of("S", "Small", "M", "Medium", "L", "Large")));
    if (withCondition) {
      attributes.put("condition_type", constant("new_new"));
    }
    return new ListingTemplate("amazon-shirts", PlatformId.AMAZON, null, "SHIRT", attributes,
        Set.of("item_name", "brand", "size"), "item_name");
  }

  private static ListingTemplate simpleTemplate(String id, PlatformId platform) {
    return new ListingTemplate(id, platform, null, "apparel", Map.of("title", field("product.title"),
        "size", field("sku.attributes.size")), Set.of("title", "size"), "title");
  }

  private static PricePolicy pricing() {
    return PricePolicy.of(PriceRule.fromCost().markup("150").commission("15").rounding(Rounding.NINETY_NINE));
  }

  private List<ShopId> shopIds() {
    return shops.stream().map(Shop::id).toList();
  }

  private Map<ShopId, Set<ListingStatus>> statusByShop() {
    return erp.listings().listings(ListingQuery.all(), PageRequest.first(1000)).items().stream()
        .collect(Collectors.groupingBy(Listing::shop, Collectors.mapping(Listing::status, Collectors.toSet())));
  }

  @Test
  void nineteenShopsGoLiveOneIsRejectedWithTheIssueAndAFixedTemplateMakesItLiveWithoutADuplicate() {
    PublishReport first = erp.listings().publish(ProductId.of("TEE"), shopIds(), pricing());

    assertThat(first.outcomes()).hasSize(60);
    Map<ShopId, Set<ListingStatus>> statuses = statusByShop();
    assertThat(statuses).hasSize(20);
    ShopId strict = ShopId.of("amz-5");
    statuses.forEach((shop, set) ->
        assertThat(set).as(shop.value()).containsExactly(shop.equals(strict) ? ListingStatus.REJECTED : ListingStatus.LIVE));
    Listing rejected = erp.listings().listing(strict, "TEE-M").orElseThrow();
    assertThat(rejected.issues()).extracting(PlatformIssue::message).contains("'condition_type' is required but not supplied.");
    assertThat(rejected.issues()).filteredOn(i -> i.message().startsWith("'condition_type'")).singleElement()
        .satisfies(i -> {
          assertThat(i.attributes()).containsExactly("condition_type");
          assertThat(i.severity()).isEqualTo(PlatformIssue.Severity.ERROR);
        });
    // 38.50 CNY × 0.1389 = 5.34765; × 2.5 = 13.369125; ÷ 0.85 = 15.7283…; .99 → 15.99 USD
    assertThat(erp.listings().listing(ShopId.of("amz-1"), "TEE-S").orElseThrow().price()).isEqualTo(Money.of("15.99", "USD"));
    // 38.50 CNY × 0.1302 = 5.0127; × 2.5 = 12.53175; ÷ 0.85 = 14.7432…; .99 → 14.99 EUR, with the rate recorded
    Listing euro = erp.listings().listing(ShopId.of("ebay-3"), "TEE-L").orElseThrow();
    assertThat(euro.price()).isEqualTo(Money.of("14.99", "EUR"));
    assertThat(euro.priceQuote().rate().rate()).isEqualByComparingTo("0.1302");
    assertThat(shopify.listing(ShopId.of("shopify-2"), "TEE-M")).isPresent();

    erp.listings().saveTemplate(amazonTemplate(true));
    PublishReport second = erp.listings().publish(ProductId.of("TEE"), shopIds(), pricing());

    assertThat(statusByShop().values()).allSatisfy(set -> assertThat(set).containsExactly(ListingStatus.LIVE));
    assertThat(erp.listings().listings(ListingQuery.all(), PageRequest.first(1000)).items()).hasSize(60);
    // The fake platforms' listings did not change, so nothing was sent to them again.
    assertThat(second.with(PublishOutcome.Result.UNCHANGED)).hasSize(42)
        .allSatisfy(o -> assertThat(o.shop().value()).doesNotStartWith("amz"));
    for (String sku : VARIANTS) {
      // one rejected put and one accepted put of the same seller SKU: a replace, never a second listing
      assertThat(amazon.puts(STRICT_SELLER, sku)).isEqualTo(2);
      assertThat(amazon.puts("A3SELLER01", sku)).isEqualTo(2);
    }
    // What remains are the issues Amazon's example item itself reports, none about condition_type.
    assertThat(erp.listings().listing(strict, "TEE-M").orElseThrow().issues())
        .extracting(PlatformIssue::message).noneMatch(m -> m.contains("condition_type"));
    // Amazon's example item shows an offer of 100.00 USD: what the platform shows is not what was
    // pushed, and monitoring says so for each Amazon listing (the fakes show what they were sent).
    assertThat(erp.listings().attention(java.time.Duration.ofHours(6))).hasSize(18).allSatisfy(alert -> {
      assertThat(alert.kind()).isEqualTo(dev.crossborder.erp.listing.ListingAlert.Kind.PRICE_DRIFT);
      assertThat(alert.listing().shop().value()).startsWith("amz-");
      assertThat(alert.detail()).isEqualTo("pushed 15.99 USD, platform shows 100.00 USD");
    });
    clock.advance(java.time.Duration.ofHours(7));
    assertThat(erp.listings().attention(java.time.Duration.ofHours(6)))
        .filteredOn(a -> a.kind() == dev.crossborder.erp.listing.ListingAlert.Kind.STALE).hasSize(60);
  }

  @Test
  void aMissingRequiredAttributeKeepsTheListingADraftAndSendsNothing() {
    erp.listings().saveTemplate(new ListingTemplate("ebay", PlatformId.EBAY, null, "apparel",
        Map.of("title", field("product.title"), "colour", field("sku.attributes.colour")), Set.of("title", "colour"), null));

    PublishReport report = erp.listings().publish(ProductId.of("TEE"), List.of(ShopId.of("ebay-1")), pricing());

    assertThat(report.outcomes()).hasSize(3).allSatisfy(o -> {
      assertThat(o.result()).isEqualTo(PublishOutcome.Result.INVALID);
      assertThat(o.status()).isEqualTo(ListingStatus.DRAFT);
      assertThat(o.issues()).singleElement().satisfies(i -> assertThat(i.attributes()).containsExactly("colour"));
    });
    assertThat(ebay.calls(dev.crossborder.erp.platforms.fake.Operation.PUT_LISTING)).isZero();
  }

  @Test
  void badRequestsAreRefusedNamingTheFieldBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> erp.listings().publish(ProductId.of("TEE"), List.of(ShopId.of("ebay-1"), ShopId.of("nope")), pricing()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("shopId"));
    assertThatThrownBy(() -> erp.listings().publish(ProductId.of("NOPE"), shopIds(), pricing()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("productId"));
    assertThatThrownBy(() -> erp.listings().publish(ProductId.of("TEE"), List.of(ShopId.of("ebay-1")),
            PricePolicy.of(PriceRule.fromCost().floor(Money.of("9.99", "USD")))))
        .isInstanceOf(dev.crossborder.erp.money.CurrencyMismatchException.class);
    assertThat(erp.listings().listings(ListingQuery.all(), PageRequest.first(10)).items()).isEmpty();

    erp.listings().publish(ProductId.of("TEE"), List.of(ShopId.of("shopify-1")), pricing());
    PricePolicy floored = PricePolicy.of(PriceRule.fromCost().floor(Money.of("12.00", "USD")));
    assertThatThrownBy(() -> erp.listings().edit(List.of(
            ListingEdit.price(ShopId.of("shopify-1"), "TEE-S", Money.of("13.00", "USD")),
            ListingEdit.price(ShopId.of("shopify-1"), "TEE-M", Money.of("11.99", "USD"))), floored))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("price");
          assertThat(e.getMessage()).contains("11.99");
        });
    // the valid first edit was not applied either
    assertThat(erp.listings().listing(ShopId.of("shopify-1"), "TEE-S").orElseThrow().price()).isEqualTo(Money.of("15.99", "USD"));
  }

  @Test
  void aShopTheConnectorCannotServeKeepsItsIntentsAndDoesNotStopTheOthers() {
    Shop misconfigured = Shop.of(ShopId.of("amz-xx"), PlatformId.AMAZON, "NOT-A-MARKETPLACE", "Amazon ??",
        Currency.getInstance("USD"), ZoneOffset.UTC);
    erp.shops().create(misconfigured);

    PublishReport report = erp.listings().publish(ProductId.of("TEE"),
        List.of(misconfigured.id(), ShopId.of("shopify-1")), PricePolicy.none());

    assertThat(report.outcomes()).filteredOn(o -> o.shop().equals(misconfigured.id())).hasSize(3).allSatisfy(o -> {
      assertThat(o.result()).isEqualTo(PublishOutcome.Result.RETRY_LATER);
      assertThat(o.error()).contains("marketplace");
    });
    assertThat(report.outcomes()).filteredOn(o -> o.shop().value().equals("shopify-1"))
        .extracting(PublishOutcome::result).containsOnly(PublishOutcome.Result.LIVE);
    assertThat(erp.listings().listing(misconfigured.id(), "TEE-S").orElseThrow().isPending()).isTrue();
  }

  @Test
  void bulkEditsGoThroughTheSamePathAndTheTitleSticksAcrossRepublishes() {
    erp.listings().publish(ProductId.of("TEE"), List.of(ShopId.of("shopify-1")), pricing());

    PublishReport edits = erp.listings().edit(List.of(
        ListingEdit.title(ShopId.of("shopify-1"), "TEE-S", "Tee, small, organic"),
        ListingEdit.price(ShopId.of("shopify-1"), "TEE-M", Money.of("17.49", "USD")),
        ListingEdit.quantity(ShopId.of("shopify-1"), "TEE-L", 12)), pricing());

    assertThat(edits.outcomes()).extracting(PublishOutcome::result).containsOnly(PublishOutcome.Result.LIVE);
    assertThat(shopify.listing(ShopId.of("shopify-1"), "TEE-S").orElseThrow().title()).isEqualTo("Tee, small, organic");
    assertThat(shopify.listing(ShopId.of("shopify-1"), "TEE-M").orElseThrow().price()).isEqualTo(Money.of("17.49", "USD"));
    assertThat(shopify.quantity(ShopId.of("shopify-1"), "TEE-L")).hasValue(12);
    Listing edited = erp.listings().listing(ShopId.of("shopify-1"), "TEE-M").orElseThrow();
    assertThat(edited.priceQuote().steps()).extracting(s -> s.term()).containsExactly("override");

    erp.listings().publish(ProductId.of("TEE"), List.of(ShopId.of("shopify-1")), pricing());
    assertThat(shopify.listing(ShopId.of("shopify-1"), "TEE-S").orElseThrow().title()).isEqualTo("Tee, small, organic");
  }
}
