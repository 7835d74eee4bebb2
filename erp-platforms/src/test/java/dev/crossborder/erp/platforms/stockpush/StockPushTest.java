package dev.crossborder.erp.platforms.stockpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.listing.StockPushOutcome;
import dev.crossborder.erp.listing.StockPushOutcome.Result;
import dev.crossborder.erp.listing.StockPushReport;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platforms.fake.Fault;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.platforms.fake.FaultPlan;
import dev.crossborder.erp.platforms.fake.Operation;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stock push against {@link FakePlatform}s: three shops on two platforms, each with its own
 * quantity policy, fed by a receipt through the outbox; a failed push kept and retried; and a
 * reconciliation that catches a quantity the platform acknowledged but never applied.
 */
class StockPushTest {
  private static final ShopId AMAZON_US = ShopId.of("amazon-us");
  private static final ShopId EBAY_UK = ShopId.of("ebay-uk");
  private static final ShopId EBAY_DE = ShopId.of("ebay-de");
  private static final WarehouseId SZ = WarehouseId.of("SZ");
  private static final WarehouseId US = WarehouseId.of("US");
  private static final SkuCode MUG = SkuCode.of("MUG-BLU");
  private static final SkuCode CUP = SkuCode.of("CUP-RED");

  private final MutableClock clock = MutableClock.at("2026-11-24T08:00:00Z");
  private final FakePlatform amazon = FakePlatform.builder().platform(PlatformId.AMAZON).clock(clock).build();
  private final FakePlatform ebay = FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).pageSize(2).build();
  private Erp erp;

  @BeforeEach
  void setUp() {
    erp = Erp.builder().tenant(TenantId.of("seller")).clock(clock).connector(amazon).connector(ebay)
        .stockPushOnMovement().build();
    erp.shops().create(Shop.of(AMAZON_US, PlatformId.AMAZON, "ATVPDKIKX0DER", "Amazon US", Currency.getInstance("USD"), ZoneOffset.UTC));
    erp.shops().create(Shop.of(EBAY_UK, PlatformId.EBAY, "GB", "eBay UK", Currency.getInstance("GBP"), ZoneOffset.UTC));
    erp.shops().create(Shop.of(EBAY_DE, PlatformId.EBAY, "DE", "eBay DE", Currency.getInstance("EUR"), ZoneOffset.UTC));
    erp.catalog().create(Product.builder().id("MUG").title("Mug")
        .addSku(Sku.builder().code(MUG.value()).productId(ProductId.of("MUG")).name("Blue mug").build())
        .addSku(Sku.builder().code(CUP.value()).productId(ProductId.of("MUG")).name("Red cup").build())
        .build());
    erp.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    erp.inventory().saveWarehouse(new Warehouse(US, "New Jersey", "US", WarehouseKind.OWN, ZoneId.of("America/New_York")));
    for (ShopId shop : List.of(AMAZON_US, EBAY_UK, EBAY_DE)) {
      FakePlatform platform = shop.equals(AMAZON_US) ? amazon : ebay;
      for (SkuCode sku : List.of(MUG, CUP)) {
        platform.putListing(shop, new PlatformListing(sku.value(), shop.value() + "-" + sku.value(), sku.value(),
            Money.of("9.99", "USD"), 0, PlatformListing.State.ACTIVE, List.of()));
      }
      erp.listings().importListings(shop);
    }
    // US shop: only the US warehouse; UK: everything, half, at most 10; DE: keep 5 back, 0 below 3.
    erp.stockPush().setPolicy(AMAZON_US, QuantityPolicy.builder().warehouses("US").build());
    erp.stockPush().setPolicy(EBAY_UK, QuantityPolicy.builder().percent(50).max(10L).build());
    erp.stockPush().setPolicy(EBAY_DE, QuantityPolicy.builder().reserve(5).threshold(3).build());
    erp.drainOutbox();
  }

  private OptionalLong shown(ShopId shop, SkuCode sku) {
    return (shop.equals(AMAZON_US) ? amazon : ebay).quantity(shop, sku.value());
  }

  private Listing listing(ShopId shop, SkuCode sku) {
    return erp.listings().listing(shop, sku.value()).orElseThrow();
  }

  @Test
  void aReceiptPushesEachShopsPolicyQuantityToAllThreeShops() {
    erp.inventory().receive("rcv-1", MUG, SZ, Quantity.of(25), "PO-1");
    erp.inventory().receive("rcv-2", MUG, US, Quantity.of(6), "PO-2");
    erp.drainOutbox();

    assertThat(shown(AMAZON_US, MUG)).hasValue(6);  // US warehouse only
    assertThat(shown(EBAY_UK, MUG)).hasValue(10);   // 50% of 31 = 15, at most 10
    assertThat(shown(EBAY_DE, MUG)).hasValue(26);   // 31 - 5 reserved
    assertThat(listing(AMAZON_US, MUG).quantity()).isEqualTo(6L);
    assertThat(listing(EBAY_UK, MUG).quantity()).isEqualTo(10L);
    assertThat(listing(EBAY_DE, MUG).quantity()).isEqualTo(26L);
    assertThat(listing(EBAY_DE, CUP).quantity()).isNull(); // its stock never moved

    long calls = amazon.calls(Operation.SET_QUANTITY) + ebay.calls(Operation.SET_QUANTITY);
    StockPushReport again = erp.stockPush().push(List.of(MUG));

    assertThat(again.counts()).containsOnlyKeys(Result.UNCHANGED);
    assertThat(amazon.calls(Operation.SET_QUANTITY) + ebay.calls(Operation.SET_QUANTITY)).isEqualTo(calls);
  }

  @Test
  void onlyChangedValuesAreSentAndTheBreakdownExplainsThem() {
    erp.inventory().receive("rcv-1", CUP, SZ, Quantity.of(4), "PO-1");
    erp.drainOutbox();
    assertThat(shown(EBAY_DE, CUP)).hasValue(0); // 4 - 5 reserved: nothing to show
    assertThat(shown(EBAY_UK, CUP)).hasValue(2);

    erp.inventory().adjust("adj-1", CUP, SZ, 1, "found one");
    StockPushReport report = erp.stockPush().push(List.of(CUP));

    assertThat(report.outcomes()).extracting(o -> o.shop().value(), StockPushOutcome::pushedBefore, StockPushOutcome::quantity, StockPushOutcome::result)
        .containsExactly(
            tuple("amazon-us", 0L, 0L, Result.UNCHANGED),
            tuple("ebay-de", 0L, 0L, Result.UNCHANGED),
            tuple("ebay-uk", 2L, 2L, Result.UNCHANGED));
    erp.inventory().adjust("adj-2", CUP, SZ, 4, "count");
    report = erp.stockPush().push(List.of(CUP));
    assertThat(report.with(Result.PUSHED)).extracting(o -> o.shop().value(), StockPushOutcome::quantity)
        .containsExactly(tuple("ebay-de", 4L), tuple("ebay-uk", 4L));
    assertThat(report.with(Result.PUSHED).get(0).quote().steps()).extracting(s -> s.term() + ": " + s.detail() + " = " + s.after())
        .containsExactly("available: SZ=9 = 9", "reserve: -5 kept for promotions = 4");
  }

  @Test
  void aFailedPushIsKeptPerListingAndRetriedLater() {
    ebay.inject(FaultPlan.always(Fault.unavailable()).on(Operation.SET_QUANTITY));

    erp.inventory().receive("rcv-1", MUG, US, Quantity.of(8), "PO-1");
    erp.drainOutbox();

    // Amazon went through; both eBay shops failed, without stopping the others.
    assertThat(shown(AMAZON_US, MUG)).hasValue(8);
    assertThat(listing(AMAZON_US, MUG).quantity()).isEqualTo(8L);
    assertThat(listing(EBAY_UK, MUG).quantity()).isNull();
    assertThat(shown(EBAY_UK, MUG)).hasValue(0);
    assertThat(erp.stockPush().failed()).containsExactly("ebay-de/MUG-BLU", "ebay-uk/MUG-BLU");

    StockPushReport stillDown = erp.stockPush().retryFailed();
    assertThat(stillDown.with(Result.RETRY_LATER)).hasSize(2)
        .allSatisfy(o -> assertThat(o.error()).startsWith("PlatformUnavailableException"));
    assertThat(erp.stockPush().failed()).hasSize(2);

    ebay.clearFaults();
    StockPushReport retried = erp.stockPush().retryFailed();

    assertThat(retried.outcomes()).extracting(o -> o.shop().value(), StockPushOutcome::quantity, StockPushOutcome::result)
        .containsExactly(tuple("ebay-de", 3L, Result.PUSHED), tuple("ebay-uk", 4L, Result.PUSHED));
    assertThat(shown(EBAY_UK, MUG)).hasValue(4);
    assertThat(shown(EBAY_DE, MUG)).hasValue(3);
    assertThat(listing(EBAY_DE, MUG).quantity()).isEqualTo(3L);
    assertThat(erp.stockPush().failed()).isEmpty();
  }

  @Test
  void aRefusedPushIsReportedAndKeptForRetry() {
    erp.inventory().receive("rcv-1", CUP, SZ, Quantity.of(2), "PO-1");
    erp.drainOutbox();
    assertThat(erp.stockPush().failed()).isEmpty();

    // A listing the platform no longer has: setQuantity is a REJECTED verdict.
    FakePlatform empty = FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).build();
    Erp other = Erp.builder().tenant(TenantId.of("seller")).clock(clock).store(erp.store()).connector(empty).build();
    // Platform writes run on the holder of the shop's sync lease: the first instance gives its shops up.
    erp.sync().stop();
    erp.inventory().adjust("adj-1", CUP, US, 6, "count");
    StockPushReport report = other.stockPush().push(List.of(CUP));

    assertThat(report.with(Result.REJECTED)).extracting(o -> o.shop().value()).containsExactly("ebay-de", "ebay-uk");
    assertThat(report.with(Result.REJECTED).get(0).error()).contains("no listing for seller sku CUP-RED");
    assertThat(report.with(Result.RETRY_LATER)).singleElement().satisfies(o -> {
      assertThat(o.shop()).isEqualTo(AMAZON_US);
      assertThat(o.error()).contains("no connector with InventoryPublisher for platform AMAZON");
    });
    assertThat(other.stockPush().failed()).containsExactly("amazon-us/CUP-RED", "ebay-de/CUP-RED", "ebay-uk/CUP-RED");
    assertThat(listing(EBAY_UK, CUP).quantity()).isEqualTo(1L); // the refused 4 is not recorded
  }

  @Test
  void reconciliationCatchesAWriteThePlatformAcknowledgedButNeverApplied() {
    erp.inventory().receive("rcv-1", MUG, SZ, Quantity.of(12), "PO-1");
    erp.inventory().receive("rcv-2", CUP, SZ, Quantity.of(20), "PO-2");
    erp.drainOutbox();
    assertThat(shown(EBAY_UK, MUG)).hasValue(6);
    // The platform silently lost the write: it shows its old quantity although it said yes.
    ebay.putListing(EBAY_UK, new PlatformListing("MUG-BLU", "ebay-uk-MUG-BLU", "MUG-BLU", Money.of("9.99", "USD"), 0,
        PlatformListing.State.ACTIVE, List.of()));

    StockPushReport report = erp.stockPush().reconcile(EBAY_UK);

    assertThat(report.outcomes()).extracting(o -> o.sellerSku(), StockPushOutcome::platformShowed, StockPushOutcome::quantity, StockPushOutcome::result)
        .containsExactly(
            tuple("CUP-RED", 10L, 10L, Result.UNCHANGED),
            tuple("MUG-BLU", 0L, 6L, Result.CORRECTED));
    assertThat(shown(EBAY_UK, MUG)).hasValue(6);
    assertThat(erp.stockPush().reconcile(EBAY_UK).counts()).containsOnlyKeys(Result.UNCHANGED);
    assertThat(erp.stockPush().reconcile(EBAY_DE).counts()).containsOnlyKeys(Result.UNCHANGED);
  }

  @Test
  void policiesNameWhatIsWrong() {
    assertThatThrownBy(() -> erp.stockPush().setPolicy(EBAY_UK, QuantityPolicy.builder().warehouses("LA").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("warehouses").contains("LA"));
    assertThatThrownBy(() -> erp.stockPush().setPolicy(ShopId.of("nope"), QuantityPolicy.all()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("shopId"));
    assertThat(erp.stockPush().policy(EBAY_UK).percent()).isEqualTo(50);
    assertThat(erp.stockPush().quote(EBAY_DE, MUG).quantity()).isZero();
  }

  @Test
  void concurrentMovementsAndPushesEndWithTheLastLedgerValueOnEveryShop() throws Exception {
    erp.inventory().receive("rcv-0", MUG, US, Quantity.of(200), "PO-0");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        work.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            erp.inventory().adjust("adj-" + thread + "-" + i, MUG, US, i % 2 == 0 ? -2 : 1, "count");
            erp.stockPush().push(List.of(MUG));
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    // 200 + 4 × (13 × -2 + 12 × 1) = 144, whatever the interleaving
    assertThat(erp.inventory().available(MUG)).isEqualTo(144);
    assertThat(shown(AMAZON_US, MUG)).hasValue(144);
    assertThat(shown(EBAY_UK, MUG)).hasValue(10);
    assertThat(shown(EBAY_DE, MUG)).hasValue(139);
    assertThat(listing(EBAY_DE, MUG).quantity()).isEqualTo(shown(EBAY_DE, MUG).getAsLong());
  }
}
