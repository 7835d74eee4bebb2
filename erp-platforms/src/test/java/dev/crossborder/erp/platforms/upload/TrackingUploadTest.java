package dev.crossborder.erp.platforms.upload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
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
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platforms.fake.FakePlatform;
import dev.crossborder.erp.platforms.fake.Fault;
import dev.crossborder.erp.platforms.fake.FaultPlan;
import dev.crossborder.erp.platforms.fake.Operation;
import dev.crossborder.erp.shipping.TrackingPreCheck;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shipping.upload.UploadProblem;
import dev.crossborder.erp.shipping.upload.UploadRun;
import dev.crossborder.erp.shipping.upload.UploadState;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Tracking upload against {@link FakePlatform} (eBay): orders shipped locally are confirmed to the
 * platform by {@code runDue()}, after the pre-check; faults are injected on {@code
 * confirmShipment} and time is driven by a {@link MutableClock}.
 */
class TrackingUploadTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final ShopId SHOP = ShopId.of("ebay-us");
  private static final String CARRIER = "ChinaPost";
  private static final String GOOD = "LK712930585CN";
  /** {@link #GOOD} with its check digit one off. */
  private static final String BAD = "LK712930586CN";

  private final MutableClock clock = MutableClock.at(T0);
  private final Store store = new InMemoryStore();
  private final FakePlatform ebay =
      FakePlatform.builder().platform(PlatformId.EBAY).clock(clock).seed(3).build();
  private final Erp erp = erp("host-a");

  private Erp erp(String instance) {
    return Erp.builder().tenant(TENANT).store(store).clock(clock).instanceId(instance).connector(ebay).build();
  }

  TrackingUploadTest() {
    erp.shops().create(Shop.of(SHOP, PlatformId.EBAY, "US", "eBay US", USD, ZoneOffset.UTC));
  }

  /** Imports a platform order, gives it one shipment per tracking number and ships it. */
  private Order shipped(String platformOrderId, String... trackingNumbers) {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < trackingNumbers.length; i++) {
      lines.add(OrderLine.of("L" + i, SkuCode.of("MUG-RED"), Quantity.of(1), Money.of("9.99", "USD")));
    }
    PlatformOrder incoming =
        new PlatformOrder(
            SHOP, platformOrderId, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT,
            T0.minusSeconds(3600), T0.minusSeconds(600), USD, lines, Money.of("1.00", "USD"),
            Destination.of("US"), null);
    ebay.putOrder(SHOP, incoming);
    Order imported = erp.orders().importOrder(incoming).order();
    List<Shipment> shipments = new ArrayList<>();
    for (int i = 0; i < trackingNumbers.length; i++) {
      String id = platformOrderId + "-" + i;
      shipments.add(
          new Shipment(
              ShipmentId.of("shp-" + id),
              WarehouseId.of("wh-sz"),
              null,
              List.of(new ShipmentLine("L" + i, SkuCode.of("MUG-RED"), Quantity.of(1))),
              List.of(new Parcel(ParcelId.of("pcl-" + id), CARRIER, trackingNumbers[i], null))));
    }
    Order packed =
        store.inTransaction(
            TENANT,
            tx ->
                tx.repository(OrderRepository.class)
                    .update(imported.toBuilder().status(OrderStatus.IN_FULFILLMENT).shipments(shipments).build()));
    return erp.orders().changeStatus(packed.id(), OrderStatus.SHIPPED, packed.version());
  }

  private OrderStatus status(Order order) {
    return erp.orders().find(order.id()).orElseThrow().status();
  }

  private UploadJob job(String shipment) {
    return erp.trackingUploads().find(ShipmentId.of(shipment)).orElseThrow();
  }

  private long platformCalls() {
    return ebay.calls(Operation.CONFIRM_SHIPMENT);
  }

  @Test
  void aShippedOrderIsUploadedOnceAndBecomesConfirmed() {
    Order order = shipped("ORD-1", GOOD);
    assertThat(erp.trackingUploads().pending(10)).extracting(UploadJob::shipmentId)
        .containsExactly(ShipmentId.of("shp-ORD-1-0"));

    UploadRun run = erp.trackingUploads().runDue();

    assertThat(run).isEqualTo(new UploadRun(1, 0, 0, 0));
    List<ShipmentConfirmation> sent = ebay.confirmations(SHOP);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).platformOrderId()).isEqualTo("ORD-1");
    assertThat(sent.get(0).carrierCode()).isEqualTo(CARRIER);
    assertThat(sent.get(0).trackingNumber()).isEqualTo(GOOD);
    assertThat(sent.get(0).shippedAt()).isEqualTo(T0);
    assertThat(sent.get(0).items()).extracting(ShipmentConfirmation.Item::lineId).containsExactly("L0");
    assertThat(job("shp-ORD-1-0").state()).isEqualTo(UploadState.CONFIRMED);
    assertThat(status(order)).isEqualTo(OrderStatus.CONFIRMED);

    clock.advance(Duration.ofDays(1));
    assertThat(erp.trackingUploads().runDue().handled()).isZero();
    assertThat(platformCalls()).isEqualTo(1);
    assertThat(erp.trackingUploads().pending(10)).isEmpty();
  }

  @Test
  void anOrderOfTwoShipmentsIsConfirmedOnlyWhenBothAre() {
    Order order = shipped("ORD-2", GOOD, BAD);

    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(1, 1, 0, 0));
    assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);

    erp.trackingUploads().retry(ShipmentId.of("shp-ORD-2-1"), CARRIER, GOOD);
    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(1, 0, 0, 0));
    assertThat(status(order)).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void aBadTrackingNumberIsRefusedByThePreCheckWithoutAPlatformCallAndARetryAfterTheFixSendsIt() {
    assertThat(TrackingPreCheck.check(PlatformId.EBAY, CARRIER, BAD).passed()).isFalse();
    Order order = shipped("ORD-3", BAD);

    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(0, 1, 0, 0));

    assertThat(platformCalls()).isZero();
    assertThat(erp.trackingUploads().failed(10)).hasSize(1);
    UploadJob failed = erp.trackingUploads().failed(10).get(0);
    assertThat(failed.attempts()).isZero();
    assertThat(failed.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(UploadProblem.Source.PRE_CHECK);
      assertThat(p.field()).isEqualTo("trackingNumber");
      assertThat(p.code()).isEqualTo("TrackingNumberInvalid");
    });
    assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
    clock.advance(Duration.ofDays(1));
    assertThat(erp.trackingUploads().runDue().handled()).isZero();

    erp.trackingUploads().retry(failed.shipmentId(), CARRIER, GOOD);
    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(1, 0, 0, 0));
    assertThat(ebay.confirmations(SHOP)).extracting(ShipmentConfirmation::trackingNumber).containsExactly(GOOD);
    assertThat(erp.trackingUploads().failed(10)).isEmpty();
    assertThat(status(order)).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void a503IsRetriedWithExponentialBackoffInClockTimeThenConfirmedExactlyOnce() {
    Order order = shipped("ORD-4", GOOD);
    ebay.inject(FaultPlan.nextCalls(2, Fault.unavailable(503)).on(Operation.CONFIRM_SHIPMENT));

    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(0, 0, 1, 0));
    UploadJob first = job("shp-ORD-4-0");
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
    assertThat(first.problems()).singleElement().extracting(UploadProblem::source).isEqualTo(UploadProblem.Source.CONNECTOR);
    assertThat(erp.trackingUploads().pending(10)).containsExactly(first);

    clock.advance(Duration.ofSeconds(59));
    assertThat(erp.trackingUploads().runDue().handled()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(0, 0, 1, 0));
    assertThat(job("shp-ORD-4-0").nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

    clock.advance(Duration.ofMinutes(2));
    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(1, 0, 0, 0));
    assertThat(platformCalls()).isEqualTo(3);
    assertThat(ebay.confirmations(SHOP)).hasSize(1);
    assertThat(job("shp-ORD-4-0").attempts()).isEqualTo(3);
    assertThat(status(order)).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void aRateLimitsRetryAfterReplacesTheBackoffShorterOrLonger() {
    Order order = shipped("ORD-9", GOOD);
    ebay.inject(FaultPlan.nextCalls(1, Fault.rateLimited(Duration.ofSeconds(20))).on(Operation.CONFIRM_SHIPMENT));

    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(0, 0, 1, 0));
    // the platform said 20 s: due then, not after the one-minute backoff
    assertThat(job("shp-ORD-9-0").nextAttemptAt()).isEqualTo(T0.plusSeconds(20));
    assertThat(job("shp-ORD-9-0").problems()).singleElement()
        .satisfies(p -> assertThat(p.code()).isEqualTo("RateLimitedException"));

    clock.advance(Duration.ofSeconds(20));
    ebay.inject(FaultPlan.nextCalls(1, Fault.rateLimited(Duration.ofHours(9))).on(Operation.CONFIRM_SHIPMENT));
    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(0, 0, 1, 0));
    // nine hours, longer than the six-hour cap of the backoff: still what the platform asked
    Instant due = clock.instant().plus(Duration.ofHours(9));
    assertThat(job("shp-ORD-9-0").nextAttemptAt()).isEqualTo(due);
    clock.advance(Duration.ofHours(9).minusSeconds(1));
    assertThat(erp.trackingUploads().runDue().handled()).isZero();
    assertThat(platformCalls()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(1));
    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(1, 0, 0, 0));
    assertThat(job("shp-ORD-9-0").attempts()).isEqualTo(3);
    assertThat(ebay.confirmations(SHOP)).hasSize(1);
    assertThat(status(order)).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void aLostResponseIsRetriedAndTheRepeatFindsTheConfirmationAlreadyThere() {
    Order order = shipped("ORD-5", GOOD);
    ebay.inject(FaultPlan.nextCalls(1, Fault.lostResponse()).on(Operation.CONFIRM_SHIPMENT));

    assertThat(erp.trackingUploads().runDue().retrying()).isEqualTo(1);
    assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(erp.trackingUploads().runDue().confirmed()).isEqualTo(1);

    assertThat(ebay.confirmations(SHOP)).hasSize(1);
    assertThat(status(order)).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void aRejectionIsSurfacedInFailedWithThePlatformsIssueAndTheOrderStaysShipped() {
    Order order = shipped("ORD-6", GOOD);
    ebay.updateOrder(SHOP, "ORD-6", PlatformOrderStatus.CANCELLED);

    assertThat(erp.trackingUploads().runDue()).isEqualTo(new UploadRun(0, 1, 0, 0));

    assertThat(erp.trackingUploads().failed(10)).singleElement().satisfies(j -> {
      assertThat(j.attempts()).isEqualTo(1);
      assertThat(j.problems()).extracting(UploadProblem::source, UploadProblem::code)
          .containsExactly(Tuple.tuple(UploadProblem.Source.PLATFORM, "ORDER_CANCELLED"));
    });
    assertThat(ebay.confirmations(SHOP)).isEmpty();
    assertThat(status(order)).isEqualTo(OrderStatus.SHIPPED);
    assertThat(erp.trackingUploads().pending(10)).isEmpty();
  }

  @Test
  void runnersOnTwoInstancesAtOnceSendEveryJobExactlyOnce() throws Exception {
    int orders = 40;
    for (int i = 0; i < orders; i++) {
      shipped("ORD-C" + i, GOOD);
    }
    Erp other = erp("host-b");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<UploadRun>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Erp runner = i % 2 == 0 ? erp : other;
        runs.add(pool.submit(() -> {
          start.await();
          return runner.trackingUploads().runDue();
        }));
      }
      start.countDown();
      int confirmed = 0;
      for (Future<UploadRun> run : runs) {
        confirmed += run.get(60, TimeUnit.SECONDS).confirmed();
      }
      assertThat(confirmed).isEqualTo(orders);
    } finally {
      pool.shutdownNow();
    }
    assertThat(platformCalls()).isEqualTo(orders);
    assertThat(ebay.confirmations(SHOP)).hasSize(orders);
    assertThat(erp.trackingUploads().pending(100)).isEmpty();
  }
}
