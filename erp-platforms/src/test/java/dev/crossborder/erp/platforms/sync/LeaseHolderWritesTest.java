package dev.crossborder.erp.platforms.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.listing.StockPushOutcome;
import dev.crossborder.erp.listing.StockPushOutcome.Result;
import dev.crossborder.erp.listing.StockPushReport;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Parcel;
import dev.crossborder.erp.order.ParcelId;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.platforms.fake.Operation;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shipping.upload.UploadRun;
import dev.crossborder.erp.shipping.upload.UploadSettings;
import dev.crossborder.erp.shipping.upload.UploadState;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.ShopSyncHealth;
import dev.crossborder.erp.sync.SyncReport;
import dev.crossborder.erp.sync.SyncReport.Outcome;
import dev.crossborder.erp.sync.SyncSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Platform writes (stock pushes, tracking uploads) of a shop run only on the instance holding the
 * shop's sync lease. Two {@link Erp} instances share one in-memory store; each talks to the platform
 * through its own {@link FakePlatform}, so what each instance sent is visible on its own fake.
 */
class LeaseHolderWritesTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId HELD_BY_B = ShopId.of("ebay-us");
  private static final ShopId HELD_BY_A = ShopId.of("ebay-uk");
  private static final SkuCode MUG = SkuCode.of("MUG-RED");
  private static final WarehouseId SZ = WarehouseId.of("SZ");
  private static final String CARRIER = "ChinaPost";
  private static final String TRACKING = "LK712930585CN";
  private static final SyncSettings SETTINGS = SyncSettings.ofDefaults();
  /** Claims on upload jobs outlast a sync lease, so a takeover happens while a claim still runs. */
  private static final UploadSettings UPLOADS =
      new UploadSettings(Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofMinutes(30), 200);

  private final MutableClock clock = MutableClock.at(T0);
  private final Store store = new InMemoryStore();
  private final FakePlatform fakeA = fake();
  private final FakePlatform fakeB = fake();
  private final Erp a = erp("host-a", fakeA);
  private final Erp b = erp("host-b", fakeB);

  private FakePlatform fake() {
    return FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).seed(3).build();
  }

  private Erp erp(String instance, PlatformConnector connector) {
    return Erp.builder().tenant(TENANT).store(store).clock(clock).instanceId(instance).connector(connector)
        .uploadSettings(UPLOADS).build();
  }

  LeaseHolderWritesTest() {
    for (ShopId shop : List.of(HELD_BY_B, HELD_BY_A)) {
      a.shops().create(Shop.of(shop, PlatformId.EBAY, "US", "eBay " + shop.value(), USD, ZoneOffset.UTC));
      for (FakePlatform fake : List.of(fakeA, fakeB)) {
        fake.putListing(shop, new PlatformListing(MUG.value(), shop.value() + "-item", MUG.value(),
            Money.of("9.99", "USD"), 0, PlatformListing.State.ACTIVE, List.of()));
      }
    }
    a.catalog().create(Product.builder().id("MUG").title("Mug")
        .addSku(Sku.builder().code(MUG.value()).productId(ProductId.of("MUG")).name("Red mug").build())
        .build());
    a.inventory().saveWarehouse(new Warehouse(SZ, "Shenzhen", "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai")));
    a.listings().importListings(HELD_BY_B);
    a.listings().importListings(HELD_BY_A);
    // b takes ebay-us, a takes ebay-uk: each pull takes the shop's lease.
    assertThat(b.sync().syncNow(HELD_BY_B).outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(a.sync().syncNow(HELD_BY_A).outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(fakeA.calls(Operation.SET_QUANTITY) + fakeB.calls(Operation.SET_QUANTITY)).isZero();
  }

  /** Imports an order of {@code shop} (on both fakes), gives it one labelled shipment and ships it. */
  private Order shipped(Erp erp, ShopId shop, String platformOrderId) {
    PlatformOrder incoming =
        new PlatformOrder(
            shop, platformOrderId, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT,
            T0.minusSeconds(3600), T0.minusSeconds(600), USD,
            List.of(OrderLine.of("L1", MUG, Quantity.of(1), Money.of("9.99", "USD"))),
            Money.of("1.00", "USD"), Destination.of("US"), null);
    fakeA.putOrder(shop, incoming);
    fakeB.putOrder(shop, incoming);
    Order imported = erp.orders().importOrder(incoming).order();
    Shipment shipment =
        new Shipment(
            ShipmentId.of("shp-" + platformOrderId), SZ, null,
            List.of(new ShipmentLine("L1", MUG, Quantity.of(1))),
            List.of(new Parcel(ParcelId.of("pcl-" + platformOrderId), CARRIER, TRACKING, null)));
    Order packed =
        store.inTransaction(
            TENANT,
            tx -> tx.repository(OrderRepository.class)
                .update(imported.toBuilder().status(OrderStatus.IN_FULFILLMENT).shipments(List.of(shipment)).build()));
    return erp.orders().changeStatus(packed.id(), OrderStatus.SHIPPED, packed.version());
  }

  private UploadJob job(String platformOrderId) {
    return a.trackingUploads().find(ShipmentId.of("shp-" + platformOrderId)).orElseThrow();
  }

  private long sent(FakePlatform fake) {
    return fake.calls(Operation.SET_QUANTITY) + fake.calls(Operation.CONFIRM_SHIPMENT);
  }

  @Test
  void aShopsWritesRunOnlyOnItsLeaseHolderAndTheHolderFinishesWhatAnotherInstanceQueued() {
    a.inventory().receive("rcv-1", MUG, SZ, Quantity.of(12), "PO-1");
    Order toB = shipped(a, HELD_BY_B, "ORD-B");
    Order toA = shipped(a, HELD_BY_A, "ORD-A");

    StockPushReport pushed = a.stockPush().push(List.of(MUG));
    UploadRun uploaded = a.trackingUploads().runDue();

    // a sends only for the shop it holds; ebay-us is queued for b.
    assertThat(pushed.outcomes()).extracting(o -> o.shop().value(), StockPushOutcome::result)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ebay-uk", Result.PUSHED),
            org.assertj.core.groups.Tuple.tuple("ebay-us", Result.QUEUED));
    assertThat(uploaded).isEqualTo(new UploadRun(1, 0, 0, 1));
    assertThat(fakeA.quantity(HELD_BY_A, MUG.value())).hasValue(12);
    assertThat(fakeA.quantity(HELD_BY_B, MUG.value())).hasValue(0);
    assertThat(fakeA.confirmations(HELD_BY_A)).hasSize(1);
    assertThat(fakeA.confirmations(HELD_BY_B)).isEmpty();
    assertThat(job("ORD-B").state()).isEqualTo(UploadState.PENDING);
    assertThat(sent(fakeB)).isZero();

    // b's next polling round executes ebay-us's queued writes, and nothing of ebay-uk.
    clock.advance(SETTINGS.pollInterval());
    assertThat(b.sync().runOnce()).extracting(SyncReport::shop, SyncReport::outcome)
        .contains(org.assertj.core.groups.Tuple.tuple(HELD_BY_B, Outcome.COMPLETED),
            org.assertj.core.groups.Tuple.tuple(HELD_BY_A, Outcome.NOT_HELD));
    assertThat(fakeB.quantity(HELD_BY_B, MUG.value())).hasValue(12);
    assertThat(fakeB.confirmations(HELD_BY_B)).hasSize(1);
    assertThat(fakeB.quantity(HELD_BY_A, MUG.value())).hasValue(0);
    assertThat(fakeB.confirmations(HELD_BY_A)).isEmpty();
    assertThat(a.listings().listing(HELD_BY_B, MUG.value()).orElseThrow().quantity()).isEqualTo(12L);
    assertThat(job("ORD-B").state()).isEqualTo(UploadState.CONFIRMED);
    assertThat(a.orders().find(toB.id()).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(a.orders().find(toA.id()).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);

    // Nothing is left: further rounds on both instances send nothing more.
    long byA = sent(fakeA);
    long byB = sent(fakeB);
    for (int round = 0; round < 3; round++) {
      clock.advance(SETTINGS.pollInterval());
      a.sync().runOnce();
      b.sync().runOnce();
    }
    assertThat(sent(fakeA)).isEqualTo(byA);
    assertThat(sent(fakeB)).isEqualTo(byB);
  }

  @Test
  void afterADeadHoldersLeaseExpiresTheNewHolderFinishesItsPendingWritesOnce() {
    a.inventory().receive("rcv-1", MUG, SZ, Quantity.of(7), "PO-1");
    shipped(a, HELD_BY_B, "ORD-B");
    a.stockPush().push(List.of(MUG));
    a.trackingUploads().runDue();
    long aBefore = sent(fakeA);
    Instant expiry = clock.instant().plus(SETTINGS.leaseDuration());

    // b dies without a word; while its lease runs a polls on but sends nothing for ebay-us.
    while (clock.instant().plus(SETTINGS.pollInterval()).isBefore(expiry)) {
      clock.advance(SETTINGS.pollInterval());
      assertThat(a.sync().runOnce()).filteredOn(r -> r.shop().equals(HELD_BY_B))
          .extracting(SyncReport::outcome).containsOnly(Outcome.NOT_HELD);
      assertThat(sent(fakeA)).isEqualTo(aBefore);
    }
    clock.advance(Duration.ofMinutes(1));
    a.sync().runOnce();

    assertThat(a.sync().health(HELD_BY_B).leaseOwner()).isEqualTo("host-a");
    assertThat(fakeA.quantity(HELD_BY_B, MUG.value())).hasValue(7);
    assertThat(fakeA.confirmations(HELD_BY_B)).hasSize(1);
    assertThat(job("ORD-B").state()).isEqualTo(UploadState.CONFIRMED);
    // b comes back: it no longer holds the shop and sends nothing.
    clock.advance(SETTINGS.pollInterval());
    assertThat(b.sync().runOnce()).extracting(SyncReport::outcome).containsOnly(Outcome.NOT_HELD);
    assertThat(sent(fakeB)).isZero();
    assertThat(fakeA.confirmations(HELD_BY_B)).hasSize(1);
  }

  @Test
  void aFormerHoldersJobCompletionIsRefusedAndTheNewHolderSendsTheJobOnceTheClaimLapses() {
    // b's confirmer loses the lease mid-call: the clock jumps past the lease and a takes the shop.
    FakePlatform slow = fake();
    Erp c = erp("host-c", new PlatformConnector() {
      @Override
      public PlatformId platform() {
        return PlatformId.EBAY;
      }

      @Override
      public <T extends Capability> Optional<T> capability(Class<T> type) {
        if (type == ShipmentConfirmer.class) {
          ShipmentConfirmer confirmer = (shop, confirmation) -> {
            clock.advance(SETTINGS.leaseDuration().plusMinutes(1));
            assertThat(a.sync().syncNow(shop.id()).outcome()).isEqualTo(Outcome.COMPLETED);
            return slow.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, confirmation);
          };
          return Optional.of(type.cast(confirmer));
        }
        return slow.capability(type);
      }
    });
    clock.advance(SETTINGS.leaseDuration().plusMinutes(1));
    assertThat(c.sync().syncNow(HELD_BY_B).outcome()).isEqualTo(Outcome.COMPLETED);
    Order order = shipped(a, HELD_BY_B, "ORD-C");
    slow.putOrder(HELD_BY_B, fakeA.order(HELD_BY_B, "ORD-C").orElseThrow());

    UploadRun byC = c.trackingUploads().runDue();

    // c's call went out, but writing its outcome was fenced: the job stays SENDING under c's claim.
    assertThat(slow.confirmations(HELD_BY_B)).hasSize(1);
    assertThat(byC.confirmed()).isZero();
    assertThat(job("ORD-C").state()).isEqualTo(UploadState.SENDING);
    ShopSyncHealth health = a.sync().health(HELD_BY_B);
    assertThat(health.leaseOwner()).isEqualTo("host-a");
    assertThat(a.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(fakeA.confirmations(HELD_BY_B)).isEmpty();

    // Once c's claim lapses, the holder a sends the job and the order is confirmed; c sends nothing more.
    clock.advance(UPLOADS.lease());
    a.sync().runOnce();
    assertThat(job("ORD-C").state()).isEqualTo(UploadState.CONFIRMED);
    assertThat(fakeA.confirmations(HELD_BY_B)).hasSize(1);
    assertThat(a.orders().find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);
    c.sync().runOnce();
    assertThat(slow.confirmations(HELD_BY_B)).hasSize(1);
  }
}
