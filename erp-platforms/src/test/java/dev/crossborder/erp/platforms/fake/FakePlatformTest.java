package dev.crossborder.erp.platforms.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.InboundPlan;
import dev.crossborder.erp.platform.InboundPlanRequest;
import dev.crossborder.erp.platform.InboundPlans;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** FakePlatform's own features: faults, scripting, inspection, concurrency and its builder. */
class FakePlatformTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final OrderWindow DAY = new OrderWindow(T0, T0.plus(Duration.ofDays(1)));
  private static final Currency USD = Currency.getInstance("USD");

  private final MutableClock clock = MutableClock.at("2026-03-02T12:00:00Z");
  private final Shop shop = shop("us-1");

  // ---------------------------------------------------------------------------------------------
  // Faults
  // ---------------------------------------------------------------------------------------------

  @Test
  void drawsTheSameFaultsForTheSameSeed() {
    FaultPlan plan = FaultPlan.withProbability(0.3, Fault.rateLimited(Duration.ofSeconds(1)));

    List<Boolean> first = outcomes(fake(b -> b.seed(42).faults(plan)), 200);
    List<Boolean> second = outcomes(fake(b -> b.seed(42).faults(plan)), 200);
    List<Boolean> otherSeed = outcomes(fake(b -> b.seed(43).faults(plan)), 200);

    assertThat(first).isEqualTo(second).contains(true, false);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void failsExactlyTheNextScriptedCallsOfTheGivenOperation() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.nextCalls(2, Fault.unavailable()).on(Operation.ORDERS)));
    OrderSource orders = fake.capability(OrderSource.class).orElseThrow();

    assertThat(fake.capability(ListingSource.class).orElseThrow().listings(shop, null).items()).isEmpty();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> orders.orders(shop, DAY, null))
          .isInstanceOfSatisfying(PlatformUnavailableException.class, e -> {
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.httpStatus()).hasValue(503);
            assertThat(e.operation()).isEqualTo("orders");
            assertThat(e.platform()).isEqualTo(PlatformId.AMAZON);
          });
    }
    assertThat(orders.orders(shop, DAY, null).items()).isEmpty();
    assertThat(fake.calls(Operation.ORDERS)).isEqualTo(3);
    assertThat(fake.calls(Operation.LISTINGS)).isEqualTo(1);
  }

  @Test
  void throttlesWithTheRetryAfterOfThePlan() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.nextCalls(1, Fault.rateLimited(Duration.ofSeconds(2)))));

    Throwable thrown = catchThrowable(() -> stockSource(fake).stock(shop, null));

    assertThat(thrown).isInstanceOfSatisfying(RateLimitedException.class, e -> {
      assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2));
      assertThat(e.httpStatus()).hasValue(429);
      assertThat(e.isRetryable()).isTrue();
      assertThat(e.operation()).isEqualTo("platformStock");
    });
  }

  @Test
  void timesOutWithoutAnHttpStatus() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.always(Fault.timeout()).on(Operation.FIND_INBOUND_PLAN)));

    assertThatThrownBy(() -> inbound(fake).find(shop, "FP-1"))
        .isInstanceOfSatisfying(PlatformUnavailableException.class, e -> assertThat(e.httpStatus()).isEmpty());
  }

  @Test
  void appliesAWriteWhoseResponseIsLostAndRecognisesItsRepeat() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.nextCalls(1, Fault.lostResponse()).on(Operation.CONFIRM_SHIPMENT)));
    PlatformOrder order = order("A-1", T0.plusSeconds(60));
    fake.putOrder(shop.id(), order);
    ShipmentConfirmation confirmation = confirmation("A-1", "L1", 2, "TRACK-1");

    assertThatThrownBy(() -> confirmer(fake).confirm(shop, confirmation)).isInstanceOf(PlatformUnavailableException.class);

    assertThat(fake.confirmations(shop.id())).containsExactly(confirmation);
    assertThat(confirmer(fake).confirm(shop, confirmation)).isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);
  }

  @Test
  void failsEveryCallOfARevokedShopUntilItsAuthIsRestored() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.nextCalls(1, Fault.revokedAuth()).on(Operation.LISTINGS)));
    Shop other = shop("us-2");
    ListingSource listings = fake.capability(ListingSource.class).orElseThrow();
    OrderSource orders = fake.capability(OrderSource.class).orElseThrow();

    assertThatThrownBy(() -> listings.listings(shop, null))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.REVOKED);
          assertThat(e.httpStatus()).hasValue(401);
          assertThat(e.isRetryable()).isFalse();
        });
    assertThatThrownBy(() -> orders.orders(shop, DAY, null)).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> listings.listings(shop, null)).isInstanceOf(AuthenticationException.class);
    assertThat(orders.orders(other, DAY, null).items()).isEmpty();

    fake.restoreAuth(shop.id());

    assertThat(listings.listings(shop, null).items()).isEmpty();
    fake.revokeAuth(other.id());
    assertThatThrownBy(() -> orders.orders(other, DAY, null)).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void repeatsThePreviousPageBeforeTheNextOnes() {
    FakePlatform fake = fake(b -> b.pageSize(3));
    List<PlatformOrder> orders = putOrders(fake, 8);
    fake.inject(FaultPlan.nextCalls(1, Fault.duplicatePage()));
    OrderSource source = fake.capability(OrderSource.class).orElseThrow();

    PlatformPage<PlatformOrder> first = source.orders(shop, DAY, null);
    PlatformPage<PlatformOrder> second = source.orders(shop, DAY, first.next());
    PlatformPage<PlatformOrder> third = source.orders(shop, DAY, second.next());

    assertThat(ids(first.items())).isEqualTo(ids(orders.subList(0, 3)));
    assertThat(ids(second.items())).isEqualTo(ids(orders.subList(0, 6)));
    assertThat(ids(third.items())).isEqualTo(ids(orders.subList(6, 8)));
    assertThat(third.hasNext()).isFalse();
  }

  @Test
  void shufflesAnOutOfOrderPageButKeepsItsOrders() {
    FakePlatform fake = fake(b -> b.pageSize(10).faults(FaultPlan.always(Fault.outOfOrderPage())));
    List<PlatformOrder> orders = putOrders(fake, 10);

    PlatformPage<PlatformOrder> page = fake.capability(OrderSource.class).orElseThrow().orders(shop, DAY, null);

    assertThat(ids(page.items())).containsExactlyInAnyOrderElementsOf(ids(orders)).isNotEqualTo(ids(orders));
  }

  @Test
  void recordsALateUpdateBeforeTheClockInAWindowAlreadyRead() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.nextCalls(1, Fault.lateUpdate(Duration.ofMinutes(10)))));
    fake.putOrder(shop.id(), order("A-1", T0));
    OrderSource source = fake.capability(OrderSource.class).orElseThrow();
    Instant watermark = clock.instant();

    PlatformOrder late = fake.updateOrder(shop.id(), "A-1", PlatformOrderStatus.CANCELLED);
    clock.advance(Duration.ofMinutes(1));
    PlatformOrder onTime = fake.updateOrder(shop.id(), "A-1", PlatformOrderStatus.CANCELLED);

    assertThat(late.updatedAt()).isEqualTo(watermark.minus(Duration.ofMinutes(10)));
    assertThat(onTime.updatedAt()).isEqualTo(watermark.plus(Duration.ofMinutes(1)));
    assertThat(source.orders(shop, new OrderWindow(watermark, watermark.plusSeconds(3600)), null).items())
        .extracting(PlatformOrder::status)
        .containsExactly(PlatformOrderStatus.CANCELLED);
  }

  @Test
  void refusesALateUpdatePlanRestrictedToAnOperation() {
    assertThatThrownBy(() -> FaultPlan.always(Fault.lateUpdate(Duration.ofMinutes(1))).on(Operation.ORDERS))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> FaultPlan.withProbability(1.5, Fault.timeout())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FaultPlan.nextCalls(0, Fault.timeout())).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Fault.unavailable(404)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void stopsInjectingOnceFaultsAreCleared() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.always(Fault.unavailable(502))));
    assertThatThrownBy(() -> stockSource(fake).stock(shop, null))
        .isInstanceOfSatisfying(PlatformUnavailableException.class, e -> assertThat(e.httpStatus()).hasValue(502));

    fake.clearFaults();

    assertThat(stockSource(fake).stock(shop, null).items()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Orders and cursors
  // ---------------------------------------------------------------------------------------------

  @Test
  void pagesOrdersByUpdateTimeThenPlatformOrderId() {
    FakePlatform fake = fake(b -> b.pageSize(2));
    fake.putOrder(shop.id(), order("C", T0.plusSeconds(5)));
    fake.putOrder(shop.id(), order("B", T0.plusSeconds(5)));
    fake.putOrder(shop.id(), order("A", T0.plusSeconds(9)));
    fake.putOrder(shop.id(), order("D", T0.plusSeconds(1)));

    assertThat(ids(readAll(fake, DAY))).containsExactly("D", "B", "C", "A");
  }

  @Test
  void refusesACursorOfAnotherWindowOrShopOrNoCursorAtAll() {
    FakePlatform fake = fake(b -> b.pageSize(1));
    putOrders(fake, 3);
    OrderSource source = fake.capability(OrderSource.class).orElseThrow();
    String cursor = source.orders(shop, DAY, null).next();

    assertThatThrownBy(() -> source.orders(shop, new OrderWindow(T0, T0.plusSeconds(60)), cursor))
        .isInstanceOfSatisfying(PlatformRequestException.class, e -> assertThat(e.platformCode()).isEqualTo("InvalidInput"));
    assertThatThrownBy(() -> source.orders(shop("us-2"), DAY, cursor)).isInstanceOf(PlatformRequestException.class);
    assertThatThrownBy(() -> source.orders(shop, DAY, "not-a-cursor")).isInstanceOf(PlatformRequestException.class);
    assertThatThrownBy(() -> fake.capability(ListingSource.class).orElseThrow().listings(shop, cursor))
        .isInstanceOf(PlatformRequestException.class);
  }

  @Test
  void doesNotSkipAnOrderWhenAnEarlierOneMovesOutOfTheWindowWhilePaging() {
    FakePlatform fake = fake(b -> b.pageSize(2));
    List<PlatformOrder> orders = putOrders(fake, 5);
    OrderSource source = fake.capability(OrderSource.class).orElseThrow();
    PlatformPage<PlatformOrder> first = source.orders(shop, DAY, null);
    clock.set(DAY.to().plusSeconds(1));

    fake.updateOrder(shop.id(), orders.get(0).platformOrderId(), PlatformOrderStatus.SHIPPED);
    List<String> rest = new ArrayList<>();
    for (String cursor = first.next(); cursor != null; ) {
      PlatformPage<PlatformOrder> page = source.orders(shop, DAY, cursor);
      rest.addAll(ids(page.items()));
      cursor = page.next();
    }

    assertThat(rest).containsExactlyElementsOf(ids(orders.subList(2, 5)));
  }

  @Test
  void refusesToUpdateAnOrderItDoesNotHoldOrOneOfAnotherShop() {
    FakePlatform fake = fake(b -> {});

    assertThatThrownBy(() -> fake.updateOrder(shop.id(), order("NOPE", T0))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fake.putOrder(ShopId.of("elsewhere"), order("A-1", T0))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesAShopOfAnotherPlatform() {
    FakePlatform fake = fake(b -> {});
    Shop ebay = Shop.of(ShopId.of("eb-1"), PlatformId.EBAY, "EBAY_US", "eBay US", USD, ZoneId.of("UTC"));

    assertThatThrownBy(() -> stockSource(fake).stock(ebay, null)).isInstanceOf(InvalidInputException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // Listings, shipments, inbound plans
  // ---------------------------------------------------------------------------------------------

  @Test
  void keepsWarningsOfAnAcceptedListingAndRejectsOnErrors() {
    FakePlatform fake = fake(b -> {});
    PlatformIssue warning = new PlatformIssue("18027", "image is small", PlatformIssue.Severity.WARNING, List.of("main_image"));
    PlatformIssue error = new PlatformIssue("90220", "brand is required", PlatformIssue.Severity.ERROR, List.of("brand"));
    fake.rejectListingsWhere(s -> s.sellerSku().startsWith("MUG"), warning);
    fake.rejectListingsWhere(s -> !s.attributes().containsKey("brand"), error);
    ListingPublisher publisher = fake.capability(ListingPublisher.class).orElseThrow();

    ListingVerdict accepted = publisher.put(shop, submission("MUG-1", Map.of("brand", "Acme", "title", "Mug"), 4L));
    ListingVerdict rejected = publisher.put(shop, submission("MUG-2", Map.of(), 4L));

    assertThat(accepted.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(accepted.issues()).containsExactly(warning);
    assertThat(fake.listing(shop.id(), "MUG-1")).hasValueSatisfying(l -> {
      assertThat(l.issues()).containsExactly(warning);
      assertThat(l.title()).isEqualTo("Mug");
      assertThat(l.state()).isEqualTo(PlatformListing.State.ACTIVE);
      assertThat(l.platformListingId()).isEqualTo(accepted.platformListingId());
    });
    assertThat(rejected.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(rejected.issues()).containsExactly(warning, error);
    assertThat(fake.listing(shop.id(), "MUG-2")).isEmpty();

    fake.clearListingRules();
    assertThat(publisher.put(shop, submission("MUG-2", Map.of(), null)).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(fake.listing(shop.id(), "MUG-2")).hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(PlatformListing.State.INACTIVE));
  }

  @Test
  void setsQuantitiesOfKnownListingsAndRejectsUnknownOnes() {
    FakePlatform fake = fake(b -> {});
    fake.capability(ListingPublisher.class).orElseThrow().put(shop, submission("MUG-1", Map.of(), 5L));
    InventoryPublisher inventory = fake.capability(InventoryPublisher.class).orElseThrow();

    assertThat(inventory.setQuantity(shop, "MUG-1", 0).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    ListingVerdict unknown = inventory.setQuantity(shop, "MUG-404", 3);

    assertThat(fake.quantity(shop.id(), "MUG-1")).hasValue(0);
    assertThat(fake.listing(shop.id(), "MUG-1")).hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(PlatformListing.State.INACTIVE));
    assertThat(unknown.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(unknown.issues()).extracting(PlatformIssue::code).containsExactly("LISTING_NOT_FOUND");
    assertThat(fake.quantity(shop.id(), "MUG-404")).isEmpty();
    assertThat(fake.capability(ListingPublisher.class).orElseThrow().delete(shop, "MUG-1").status())
        .isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(fake.listing(shop.id(), "MUG-1")).isEmpty();
  }

  @Test
  void rejectsConfirmationsOfUnknownOrdersLinesCancelledOrdersAndTooManyUnits() {
    FakePlatform fake = fake(b -> {});
    fake.putOrder(shop.id(), order("A-1", T0));
    fake.putOrder(shop.id(), order("A-2", T0));
    fake.updateOrder(shop.id(), "A-2", PlatformOrderStatus.CANCELLED);
    ShipmentConfirmer confirmer = confirmer(fake);

    assertThat(codes(confirmer.confirm(shop, confirmation("NOPE", "L1", 1, "T-1")))).containsExactly("ORDER_NOT_FOUND");
    assertThat(codes(confirmer.confirm(shop, confirmation("A-1", "L9", 1, "T-1")))).containsExactly("LINE_NOT_FOUND");
    assertThat(codes(confirmer.confirm(shop, confirmation("A-2", "L1", 1, "T-1")))).containsExactly("ORDER_CANCELLED");
    assertThat(codes(confirmer.confirm(shop, confirmation("A-1", "L1", 3, "T-1")))).containsExactly("QUANTITY_EXCEEDS_ORDERED");
    assertThat(fake.confirmations(shop.id())).isEmpty();
  }

  @Test
  void movesAConfirmedOrderToPartiallyShippedThenShippedAtTheClocksTime() {
    FakePlatform fake = fake(b -> {});
    fake.putOrder(shop.id(), order("A-1", T0));
    ShipmentConfirmer confirmer = confirmer(fake);

    assertThat(confirmer.confirm(shop, confirmation("A-1", "L1", 1, "T-1"))).isInstanceOf(ConfirmationResult.Confirmed.class);
    assertThat(fake.order(shop.id(), "A-1")).hasValueSatisfying(o -> {
      assertThat(o.status()).isEqualTo(PlatformOrderStatus.PARTIALLY_SHIPPED);
      assertThat(o.updatedAt()).isEqualTo(clock.instant());
    });
    clock.advance(Duration.ofHours(1));
    assertThat(confirmer.confirm(shop, confirmation("A-1", "L1", 1, "T-2"))).isInstanceOf(ConfirmationResult.Confirmed.class);

    assertThat(fake.order(shop.id(), "A-1")).hasValueSatisfying(o -> {
      assertThat(o.status()).isEqualTo(PlatformOrderStatus.SHIPPED);
      assertThat(o.updatedAt()).isEqualTo(clock.instant());
    });
    assertThat(fake.confirmations(shop.id())).extracting(ShipmentConfirmation::trackingNumber).containsExactly("T-1", "T-2");
  }

  @Test
  void createsAnInboundPlanOnceByName() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.nextCalls(1, Fault.lostResponse()).on(Operation.CREATE_INBOUND_PLAN)));
    InboundPlans plans = inbound(fake);

    assertThatThrownBy(() -> plans.create(shop, planRequest("Restock March"))).isInstanceOf(PlatformUnavailableException.class);
    InboundPlan retried = plans.create(shop, planRequest("Restock March"));
    InboundPlan again = plans.create(shop, planRequest("Restock March"));
    InboundPlan other = plans.create(shop, planRequest("Restock April"));
    InboundPlan otherShop = plans.create(shop("us-2"), planRequest("Restock March"));

    assertThat(again).isEqualTo(retried);
    assertThat(retried.status()).isEqualTo("ACTIVE");
    assertThat(other.planId()).isNotEqualTo(retried.planId());
    assertThat(otherShop.planId()).isNotEqualTo(retried.planId());
    assertThat(plans.find(shop, retried.planId())).hasValue(retried);
    assertThat(plans.find(shop("us-2"), retried.planId())).isEmpty();
    assertThat(fake.calls(Operation.CREATE_INBOUND_PLAN)).isEqualTo(5);
  }

  // ---------------------------------------------------------------------------------------------
  // Concurrency
  // ---------------------------------------------------------------------------------------------

  @Test
  void losesAndDuplicatesNoOrderWhenEightThreadsPutAndPageAtOnce() throws Exception {
    FakePlatform fake = fake(b -> b.pageSize(17));
    OrderSource source = fake.capability(OrderSource.class).orElseThrow();
    int threads = 8;
    int perThread = 250;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          int pagesRead = 0;
          for (int i = 0; i < perThread; i++) {
            String id = String.format(Locale.ROOT, "T%d-%04d", thread, i);
            fake.putOrder(shop.id(), order(id, T0.plusSeconds((i * 7L + thread) % 3600)));
            if (i % 25 == 0) {
              Set<String> seen = new HashSet<>();
              for (PlatformOrder o : readAll(fake, DAY)) {
                assertThat(seen.add(o.platformOrderId())).as("order read twice in one pass").isTrue();
              }
              pagesRead++;
            }
          }
          return pagesRead;
        }));
      }
      start.countDown();
      for (Future<Integer> f : futures) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }

    List<PlatformOrder> all = readAll(fake, DAY);
    assertThat(all).hasSize(threads * perThread);
    assertThat(ids(all)).doesNotHaveDuplicates();
    assertThat(all).isSortedAccordingTo(
        Comparator.comparing(PlatformOrder::updatedAt).thenComparing(PlatformOrder::platformOrderId));
  }

  @Test
  void confirmsAShipmentOnceWhenEightThreadsSendItAtOnce() throws Exception {
    FakePlatform fake = fake(b -> {});
    fake.putOrder(shop.id(), order("A-1", T0));
    ShipmentConfirmation confirmation = confirmation("A-1", "L1", 2, "TRACK-1");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    Map<Class<?>, Integer> results = new ConcurrentHashMap<>();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          results.merge(confirmer(fake).confirm(shop, confirmation).getClass(), 1, Integer::sum);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(results).containsEntry(ConfirmationResult.Confirmed.class, 1).containsEntry(ConfirmationResult.AlreadyConfirmed.class, 7);
    assertThat(fake.confirmations(shop.id())).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------
  // Builder, capabilities, inspection
  // ---------------------------------------------------------------------------------------------

  @Test
  void refusesEverySettingGivenTwice() {
    List<Consumer<FakePlatform.Builder>> settings = List.of(
        b -> b.platform(PlatformId.AMAZON),
        b -> b.clock(clock),
        b -> b.pageSize(5),
        b -> b.faults(),
        b -> b.seed(1),
        b -> b.withoutCapabilities(InboundPlans.class));
    for (Consumer<FakePlatform.Builder> setting : settings) {
      FakePlatform.Builder builder = FakePlatform.builder();
      setting.accept(builder);
      assertThatThrownBy(() -> setting.accept(builder))
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("already set");
    }
  }

  @Test
  void refusesABuildWithoutPlatformAndPageSizesOutOfRange() {
    assertThatThrownBy(() -> FakePlatform.builder().build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> FakePlatform.builder().pageSize(0)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> FakePlatform.builder().pageSize(FakePlatform.MAX_PAGE_SIZE + 1))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> FakePlatform.builder().platform(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void standsInForAnyPlatformWithTheCapabilitiesItIsGiven() {
    FakePlatform shopify = FakePlatform.builder()
        .platform(PlatformId.SHOPIFY)
        .withoutCapabilities(PlatformStockSource.class, InboundPlans.class)
        .build();

    assertThat(shopify.platform()).isEqualTo(PlatformId.SHOPIFY);
    assertThat(shopify.capability(OrderSource.class)).isPresent();
    assertThat(shopify.capability(InventoryPublisher.class)).isPresent();
    assertThat(shopify.capability(PlatformStockSource.class)).isEmpty();
    assertThat(shopify.capability(InboundPlans.class)).isEmpty();
    assertThat(shopify.capability(dev.crossborder.erp.platform.Capability.class)).isEmpty();
  }

  @Test
  void countsEveryCallFailedOnesIncluded() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.nextCalls(1, Fault.timeout()).on(Operation.PLATFORM_STOCK)));
    catchThrowable(() -> stockSource(fake).stock(shop, null));
    stockSource(fake).stock(shop, null);
    fake.capability(ListingSource.class).orElseThrow().listings(shop, null);

    assertThat(fake.calls())
        .containsEntry(Operation.PLATFORM_STOCK, 2L)
        .containsEntry(Operation.LISTINGS, 1L)
        .containsEntry(Operation.ORDERS, 0L)
        .hasSize(Operation.values().length);
  }

  @Test
  void showsNoBuyerDataInItsTextOrItsErrors() {
    FakePlatform fake = fake(b -> b.faults(FaultPlan.always(Fault.unavailable())));
    BuyerDetails buyer = new BuyerDetails(
        "Jane Privatename", "jane@example.invalid", "+1 555 0100",
        new Address("Jane Privatename", "12 Hidden Lane", null, "Seattle", "WA", "98101", "US"));
    PlatformOrder order = withBuyer(order("A-1", T0), buyer);
    fake.putOrder(shop.id(), order);

    Throwable error = catchThrowable(() -> fake.capability(OrderSource.class).orElseThrow().orders(shop, DAY, null));
    String text = fake + " " + error.getMessage() + " " + fake.order(shop.id(), "A-1").orElseThrow();

    assertThat(error).isInstanceOf(ConnectorException.class);
    assertThat(text).doesNotContain("Privatename", "jane@", "Hidden", "555", "98101");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private FakePlatform fake(Consumer<FakePlatform.Builder> settings) {
    FakePlatform.Builder builder = FakePlatform.builder().platform(PlatformId.AMAZON).clock(clock);
    settings.accept(builder);
    return builder.build();
  }

  private List<Boolean> outcomes(FakePlatform fake, int calls) {
    List<Boolean> failed = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      failed.add(catchThrowable(() -> stockSource(fake).stock(shop, null)) instanceof RateLimitedException);
    }
    return failed;
  }

  private List<PlatformOrder> putOrders(FakePlatform fake, int count) {
    List<PlatformOrder> orders = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      PlatformOrder order = order(String.format(Locale.ROOT, "O-%03d", i), T0.plusSeconds(10L * i));
      fake.putOrder(shop.id(), order);
      orders.add(order);
    }
    return orders;
  }

  private List<PlatformOrder> readAll(FakePlatform fake, OrderWindow window) {
    OrderSource source = fake.capability(OrderSource.class).orElseThrow();
    List<PlatformOrder> all = new ArrayList<>();
    String cursor = null;
    do {
      PlatformPage<PlatformOrder> page = source.orders(shop, window, cursor);
      all.addAll(page.items());
      cursor = page.next();
    } while (cursor != null);
    return all;
  }

  private static PlatformStockSource stockSource(FakePlatform fake) {
    return fake.capability(PlatformStockSource.class).orElseThrow();
  }

  private static InboundPlans inbound(FakePlatform fake) {
    return fake.capability(InboundPlans.class).orElseThrow();
  }

  private static ShipmentConfirmer confirmer(FakePlatform fake) {
    return fake.capability(ShipmentConfirmer.class).orElseThrow();
  }

  private static List<String> ids(List<PlatformOrder> orders) {
    return orders.stream().map(PlatformOrder::platformOrderId).collect(Collectors.toList());
  }

  private static List<String> codes(ConfirmationResult result) {
    assertThat(result).isInstanceOf(ConfirmationResult.Rejected.class);
    return ((ConfirmationResult.Rejected) result).issues().stream().map(PlatformIssue::code).collect(Collectors.toList());
  }

  private static Shop shop(String id) {
    return Shop.of(ShopId.of(id), PlatformId.AMAZON, "ATVPDKIKX0DER", "Shop " + id, USD, ZoneId.of("UTC"));
  }

  private PlatformOrder order(String id, Instant updatedAt) {
    return new PlatformOrder(
        shop.id(), id, PlatformOrderStatus.UNSHIPPED, FulfillmentChannel.MERCHANT, updatedAt.minusSeconds(600), updatedAt,
        USD, List.of(OrderLine.of("L1", SkuCode.of("MUG-1"), Quantity.of(2), Money.of("9.99", "USD"))),
        Money.zero(USD), Destination.of("US"), null);
  }

  private static PlatformOrder withBuyer(PlatformOrder o, BuyerDetails buyer) {
    return new PlatformOrder(
        o.shopId(), o.platformOrderId(), o.status(), o.channel(), o.purchasedAt(), o.updatedAt(), o.currency(),
        o.lines(), o.platformFees(), o.destination(), buyer);
  }

  private static ShipmentConfirmation confirmation(String orderId, String lineId, long units, String tracking) {
    return new ShipmentConfirmation(
        orderId, List.of(new ShipmentConfirmation.Item(lineId, Quantity.of(units))), "UPS", null, tracking, null, T0);
  }

  private static ListingSubmission submission(String sku, Map<String, Object> attributes, @Nullable Long quantity) {
    return new ListingSubmission(sku, "DRINKING_CUP", attributes, Money.of("12.00", "USD"), quantity);
  }

  private static InboundPlanRequest planRequest(String name) {
    return new InboundPlanRequest(
        name,
        new Address("Dock 3", "1 Industrial Road", null, "Shenzhen", null, "518000", "CN"),
        List.of(new InboundPlanRequest.Item("MUG-1", Quantity.of(10), "SELLER", "SELLER")));
  }
}
