package dev.crossborder.erp.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.ConfirmationResult;
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
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.shop.Shop;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of the platform connector SPI, at the level of capabilities: JUnit 5 tests that
 * every {@link PlatformConnector}, in-memory or HTTP, passes by extending this class and returning
 * a {@link Scenario}.
 *
 * <pre>{@code
 * class MyConnectorContractTest extends PlatformConnectorContract {
 *   @Override
 *   protected Scenario newScenario() {
 *     return new MyScenario(); // a connector on WireMock stubs, or a fake
 *   }
 * }
 * }</pre>
 *
 * <p>The kit never reaches into the platform: it tells the scenario what the platform holds or
 * will answer ({@code given…}, always with complete domain values), and then reads and writes
 * through the connector's capabilities only. So an in-memory connector sets a scenario up by
 * seeding itself, and an HTTP connector by stubbing its platform's endpoints in the platform's
 * wire format, with the values the kit handed over.
 *
 * <p>A test of a capability is skipped (JUnit assumption) when {@link Scenario#supports} says the
 * scenario cannot set it up; by default that is when the connector lacks the capability. Whatever
 * the scenario supports, looking a capability up never throws: a capability the platform lacks is
 * an empty {@code Optional}.
 *
 * <p>What the kit expects of the connector:
 *
 * <ul>
 *   <li>{@link OrderSource}: paging from a {@code null} cursor to the last page yields every order
 *       whose last update lies in {@code [from, to)} (an order updated exactly at {@code from} is in,
 *       one exactly at {@code to} is out), with no order outside the window; pages may repeat
 *       orders (the kit deduplicates by platform order id), and must end. The kit's 37 orders must
 *       take more than one page (serve at most 10 a page). A cursor is text that another connector
 *       instance on the same platform accepts ({@link Scenario#restartedConnector}), and reading it
 *       twice gives its page twice. An order updated later is read with its new status and time in
 *       a window that covers the update. Every field but the buyer's personal data is mapped
 *       exactly: money of any scale and currency, instants (the kit's are whole seconds), lines,
 *       status, channel and destination.
 *   <li>{@link ListingPublisher} and {@link ListingSource}: an accepted listing is read back with
 *       its price and quantity; a rejection is a {@code REJECTED} verdict carrying the platform's
 *       issue, never an exception; deleting a listing the platform does not hold is accepted.
 *   <li>{@link InventoryPublisher}: a quantity set (twice, as a retry would) is read back.
 *   <li>{@link ShipmentConfirmer}: a confirmation is {@code Confirmed}; repeating it is {@code
 *       AlreadyConfirmed}.
 *   <li>{@link PlatformStockSource}: paging to the end yields every entry exactly as given.
 *   <li>{@link InboundPlans}: a created plan is found by its id; an unknown id is empty.
 * </ul>
 *
 * <p>Every test asks for a {@link #newScenario() new scenario} and closes it afterwards, so tests
 * do not see each other's data. The tests are plain methods of this class, not nested classes, so
 * that selecting the subclass alone ({@code -Dtest=MyConnectorContractTest}) runs all of them. The kit's instants lie in March 2026; a connector that checks a
 * window against its own clock should be given a clock after that. The whole kit runs in about a
 * second on {@code FakePlatform}.
 */
public abstract class PlatformConnectorContract {
  /** Where the kit's time starts: every instant of the kit is whole seconds after it. */
  protected static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private static final OrderWindow HOUR = new OrderWindow(T0, T0.plus(Duration.ofHours(1)));
  private static final int MAX_PAGES = 500;
  private static final int MANY_ORDERS = 37;
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency EUR = Currency.getInstance("EUR");

  private @Nullable Scenario scenario;

  /** Creates the kit; subclasses need no constructor of their own. */
  protected PlatformConnectorContract() {}

  /**
   * A new scenario: a connector and a shop on a platform that holds nothing yet. Called once before
   * each test; the kit closes it after the test.
   */
  protected abstract Scenario newScenario();

  /** Opens the test's scenario; runs before each test. */
  @BeforeEach
  protected final void openScenario() {
    scenario = newScenario();
  }

  /** Closes the test's scenario; runs after each test. */
  @AfterEach
  protected final void closeScenario() throws Exception {
    if (scenario != null) {
      scenario.close();
      scenario = null;
    }
  }

  /**
   * What a connector under test lets the kit do to its platform. An in-memory connector does it
   * natively; an HTTP connector stubs its platform (WireMock) so that it answers as described. The
   * {@code given…} methods with a default do nothing, which is right for a platform that already
   * behaves so (an in-memory fake); an HTTP scenario overrides them to stub the answers.
   *
   * <p>Orders handed over belong to {@link #shop()}. Called from the test's thread only.
   */
  public interface Scenario extends AutoCloseable {

    /** The connector under test. */
    PlatformConnector connector();

    /** The shop the kit acts for; its platform is the connector's. */
    Shop shop();

    /**
     * Whether the scenario can set up tests of capability {@code type}; the kit skips the others.
     * Default: whether the connector offers it.
     */
    default boolean supports(Class<? extends Capability> type) {
      return connector().capability(type).isPresent();
    }

    /**
     * Puts {@code orders} on the platform as given, each with its own last-update time ({@link
     * PlatformOrder#updatedAt()}); they add to what the platform already holds.
     */
    void givenOrders(List<PlatformOrder> orders);

    /**
     * Replaces an order the platform holds (same platform order id) with {@code updated}, whose
     * {@code updatedAt} is the platform's new last-update time of it.
     */
    void givenOrderUpdated(PlatformOrder updated);

    /**
     * Makes the platform's order pages repeat orders: each page after the first repeats the orders
     * of the page before it. Returns {@code false} (the default) if the scenario cannot, which
     * skips the test.
     */
    default boolean givenRepeatedPages() {
      return false;
    }

    /**
     * Whether the platform's order API reports the fees it charges per order. Amazon's Orders API
     * does not (fees come from its finance reports), so its connector maps them as zero; such a
     * scenario answers {@code false} and the kit then requires zero fees instead of the ones it
     * handed over. Default {@code true}.
     */
    default boolean reportsPlatformFees() {
      return true;
    }

    /**
     * Another connector instance on the same platform, as after a restart of the host (no state
     * shared with {@link #connector()} but the platform's). Default: {@link #connector()} itself,
     * for connectors that keep nothing between calls.
     */
    default PlatformConnector restartedConnector() {
      return connector();
    }

    /**
     * The platform will accept {@code submission} and afterwards list it with its price and
     * quantity.
     */
    default void givenListingAccepted(ListingSubmission submission) {}

    /**
     * The platform will reject a submission of {@code sellerSku} with {@code issue} (an {@code
     * ERROR}).
     */
    void givenListingRejected(String sellerSku, PlatformIssue issue);

    /** The platform will accept deleting {@code sellerSku}, which it does not hold. */
    default void givenListingDeleted(String sellerSku) {}

    /**
     * The platform, which holds the listing {@code sellerSku}, will accept setting its quantity to
     * {@code quantity}, any number of times, and afterwards list it with that quantity.
     */
    default void givenQuantityAccepted(String sellerSku, long quantity) {}

    /**
     * The platform, which holds the confirmation's order, will accept {@code confirmation} once and
     * afterwards show that it holds its tracking number.
     */
    default void givenShipmentAccepted(ShipmentConfirmation confirmation) {}

    /** Puts {@code stock} on the platform as the shop's platform stock. */
    void givenPlatformStock(List<PlatformStock> stock);

    /**
     * The platform will create a plan for {@code request}, find it by its id afterwards, and find
     * no plan of any other id.
     */
    default void givenInboundPlanAccepted(InboundPlanRequest request) {}

    /** Releases what the scenario holds (stubs, servers); by default nothing. */
    @Override
    default void close() throws Exception {}
  }

  // -----------------------------------------------------------------------------------------------
  // Capability lookup
  // -----------------------------------------------------------------------------------------------

  @Test
  void servesThePlatformOfItsShop() {
    assertThat(scenario().connector().platform()).isEqualTo(scenario().shop().platform());
  }

  @Test
  void looksUpEveryCapabilityWithoutThrowing() {
    PlatformConnector connector = scenario().connector();
    for (Class<? extends Capability> type : List.of(
        OrderSource.class,
        ListingSource.class,
        ListingPublisher.class,
        InventoryPublisher.class,
        ShipmentConfirmer.class,
        PlatformStockSource.class,
        InboundPlans.class)) {
      assertThatCode(() -> assertThat(connector.capability(type)).as(type.getSimpleName()).isNotNull())
          .as("capability(%s)", type.getSimpleName())
          .doesNotThrowAnyException();
      connector.capability(type).ifPresent(c -> assertThat(c).isInstanceOf(type));
    }
  }

  @Test
  void answersEmptyForACapabilityItLacks() {
    assertThat(scenario().connector().capability(Teleporter.class)).isEmpty();
  }

  /** A capability no connector has. */
  interface Teleporter extends Capability {}

  // -----------------------------------------------------------------------------------------------
  // Orders
  // -----------------------------------------------------------------------------------------------

  @Test
  void pagingToTheEndCollectsEveryOrderOfTheWindowOnce() {
    OrderSource source = orderSource();
    List<PlatformOrder> inside = manyOrders();
    scenario().givenOrders(withOutsiders(inside));

    Paged<PlatformOrder> read = pageOrders(source, HOUR, null);

    assertThat(read.pages()).as("pages for %s orders (serve at most 10 a page)", MANY_ORDERS).isGreaterThan(1);
    assertThat(ids(distinct(read))).containsExactlyInAnyOrderElementsOf(ids(inside));
  }

  @Test
  void includesAnOrderUpdatedExactlyAtFromAndExcludesOneUpdatedExactlyAtTo() {
    OrderSource source = orderSource();
    scenario().givenOrders(List.of(
        order("111-0000001-0000001", HOUR.from().minusSeconds(1)),
        order("111-0000001-0000002", HOUR.from()),
        order("111-0000001-0000003", HOUR.to().minusSeconds(1)),
        order("111-0000001-0000004", HOUR.to())));

    Paged<PlatformOrder> read = pageOrders(source, HOUR, null);

    assertThat(ids(distinct(read))).containsExactlyInAnyOrder("111-0000001-0000002", "111-0000001-0000003");
  }

  @Test
  void answersAnEmptyWindowWithNoOrders() {
    OrderSource source = orderSource();
    scenario().givenOrders(List.of(order("111-0000002-0000001", HOUR.to().plusSeconds(60))));

    assertThat(distinct(pageOrders(source, HOUR, null))).isEmpty();
  }

  @Test
  void seesAnUpdatedOrderWithItsNewStatusInALaterWindow() {
    OrderSource source = orderSource();
    PlatformOrder placed = order("111-0000003-0000001", T0.plusSeconds(600));
    scenario().givenOrders(List.of(placed));
    assertThat(distinct(pageOrders(source, HOUR, null)))
        .singleElement()
        .extracting(PlatformOrder::status)
        .isEqualTo(PlatformOrderStatus.UNSHIPPED);

    Instant updatedAt = HOUR.to().plusSeconds(1200);
    scenario().givenOrderUpdated(copy(placed, PlatformOrderStatus.SHIPPED, updatedAt));
    OrderWindow later = new OrderWindow(HOUR.to(), HOUR.to().plus(Duration.ofHours(1)));

    assertThat(distinct(pageOrders(source, later, null)))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.platformOrderId()).isEqualTo(placed.platformOrderId());
          assertThat(o.status()).isEqualTo(PlatformOrderStatus.SHIPPED);
          assertThat(o.updatedAt()).isEqualTo(updatedAt);
        });
  }

  @Test
  void mapsMoneyOfAnyScaleAndDatesExactly() {
    OrderSource source = orderSource();
    List<PlatformOrder> orders = moneyOrders();
    scenario().givenOrders(orders);

    Map<String, PlatformOrder> read = byId(distinct(pageOrders(source, HOUR, null)));

    assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(ids(orders));
    boolean fees = scenario().reportsPlatformFees();
    for (PlatformOrder expected : orders) {
      PlatformOrder actual = read.get(expected.platformOrderId());
      if (fees) {
        assertThat(actual).as(expected.platformOrderId()).usingRecursiveComparison().ignoringFields("buyer").isEqualTo(expected);
      } else {
        assertThat(actual)
            .as(expected.platformOrderId())
            .usingRecursiveComparison()
            .ignoringFields("buyer", "platformFees")
            .isEqualTo(expected);
        assertThat(actual.platformFees())
            .as("platformFees of %s, which the platform does not report", expected.platformOrderId())
            .isEqualTo(Money.zero(expected.currency()));
      }
    }
  }

  @Test
  void toleratesPagesThatRepeatEarlierOrders() {
    OrderSource source = orderSource();
    assumeTrue(scenario().givenRepeatedPages(), "the scenario cannot make pages repeat");
    List<PlatformOrder> inside = manyOrders();
    scenario().givenOrders(inside);

    Paged<PlatformOrder> read = pageOrders(source, HOUR, null);

    assertThat(read.all().size()).as("orders read, repeats included").isGreaterThan(inside.size());
    assertThat(ids(distinct(read))).containsExactlyInAnyOrderElementsOf(ids(inside));
  }

  @Test
  void resumesFromAStoredCursorOnARestartedConnector() {
    OrderSource source = orderSource();
    List<PlatformOrder> inside = manyOrders();
    scenario().givenOrders(inside);

    PlatformPage<PlatformOrder> first = source.orders(scenario().shop(), HOUR, null);
    assertThat(first.next()).as("cursor after the first of several pages").isNotNull();
    String stored = new String(first.next().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    OrderSource restarted = scenario()
        .restartedConnector()
        .capability(OrderSource.class)
        .orElseThrow(() -> new AssertionError("the restarted connector has no OrderSource"));
    Paged<PlatformOrder> rest = pageOrders(restarted, HOUR, stored);

    Set<String> seen = new HashSet<>(ids(first.items()));
    seen.addAll(ids(rest.all()));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(ids(inside));
  }

  @Test
  void givesTheSamePageWhenACursorIsReadTwice() {
    OrderSource source = orderSource();
    scenario().givenOrders(manyOrders());
    String cursor = source.orders(scenario().shop(), HOUR, null).next();
    assertThat(cursor).as("cursor after the first of several pages").isNotNull();

    PlatformPage<PlatformOrder> once = source.orders(scenario().shop(), HOUR, cursor);
    PlatformPage<PlatformOrder> twice = source.orders(scenario().shop(), HOUR, cursor);

    assertThat(ids(twice.items())).containsExactlyInAnyOrderElementsOf(ids(once.items()));
  }

  // -----------------------------------------------------------------------------------------------
  // Listings and quantities
  // -----------------------------------------------------------------------------------------------

  @Test
  void readsAnAcceptedListingBackWithItsPriceAndQuantity() {
    ListingPublisher publisher = capability(ListingPublisher.class);
    ListingSource source = capability(ListingSource.class);
    ListingSubmission mug = submission("MUG-350-WHT", "19.99", 7);
    scenario().givenListingAccepted(mug);

    ListingVerdict verdict = publisher.put(scenario().shop(), mug);

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(verdict.sellerSku()).isEqualTo("MUG-350-WHT");
    assertThat(allListings(source))
        .filteredOn(l -> l.sellerSku().equals("MUG-350-WHT"))
        .singleElement()
        .satisfies(l -> {
          assertThat(l.price()).isEqualTo(Money.of("19.99", "USD"));
          assertThat(l.quantity()).isEqualTo(7);
          assertThat(l.state()).isNotEqualTo(PlatformListing.State.REJECTED);
        });
    assertThat(source.listing(scenario().shop(), "MUG-350-WHT"))
        .as("the same listing read back by its SKU")
        .hasValueSatisfying(l -> {
          assertThat(l.price()).isEqualTo(Money.of("19.99", "USD"));
          assertThat(l.quantity()).isEqualTo(7);
        });
    assertThat(source.listing(scenario().shop(), "NO-SUCH-SKU")).isEmpty();
  }

  @Test
  void readsEveryListingOnceWhenPagingToTheEnd() {
    ListingPublisher publisher = capability(ListingPublisher.class);
    ListingSource source = capability(ListingSource.class);
    List<String> skus = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      ListingSubmission s = submission(String.format(Locale.ROOT, "CUP-%02d", i), i + ".50", i);
      scenario().givenListingAccepted(s);
      assertThat(publisher.put(scenario().shop(), s).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
      skus.add(s.sellerSku());
    }

    List<PlatformListing> read = allListings(source);

    assertThat(read).extracting(PlatformListing::sellerSku).doesNotHaveDuplicates().containsAll(skus);
  }

  @Test
  void surfacesARejectionAsARejectedVerdictWithTheIssue() {
    ListingPublisher publisher = capability(ListingPublisher.class);
    PlatformIssue missingBrand =
        new PlatformIssue("90220", "'brand' is required but not supplied.", PlatformIssue.Severity.ERROR, List.of("brand"));
    scenario().givenListingRejected("MUG-NOBRAND", missingBrand);

    ListingVerdict verdict = publisher.put(scenario().shop(), submission("MUG-NOBRAND", "9.99", 3));

    assertThat(verdict.status()).isEqualTo(ListingVerdict.Status.REJECTED);
    assertThat(verdict.sellerSku()).isEqualTo("MUG-NOBRAND");
    assertThat(verdict.issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("90220");
      assertThat(i.severity()).isEqualTo(PlatformIssue.Severity.ERROR);
    });
  }

  @Test
  void acceptsDeletingAListingItDoesNotHold() {
    ListingPublisher publisher = capability(ListingPublisher.class);
    scenario().givenListingDeleted("NEVER-LISTED");

    assertThat(publisher.delete(scenario().shop(), "NEVER-LISTED").status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
  }

  @Test
  void readsASetQuantityBackEvenWhenItWasSetTwice() {
    ListingPublisher publisher = capability(ListingPublisher.class);
    InventoryPublisher inventory = capability(InventoryPublisher.class);
    ListingSource source = capability(ListingSource.class);
    ListingSubmission mug = submission("MUG-350-BLK", "21.00", 7);
    scenario().givenListingAccepted(mug);
    assertThat(publisher.put(scenario().shop(), mug).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    scenario().givenQuantityAccepted("MUG-350-BLK", 3);

    assertThat(inventory.setQuantity(scenario().shop(), "MUG-350-BLK", 3).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);
    assertThat(inventory.setQuantity(scenario().shop(), "MUG-350-BLK", 3).status()).isEqualTo(ListingVerdict.Status.ACCEPTED);

    assertThat(allListings(source))
        .filteredOn(l -> l.sellerSku().equals("MUG-350-BLK"))
        .singleElement()
        .extracting(PlatformListing::quantity)
        .isEqualTo(3L);
  }

  // -----------------------------------------------------------------------------------------------
  // Shipments, platform stock, inbound plans
  // -----------------------------------------------------------------------------------------------

  @Test
  void confirmsOnceAndAnswersARepeatAsAlreadyConfirmed() {
    ShipmentConfirmer confirmer = capability(ShipmentConfirmer.class);
    PlatformOrder order = order("111-0000004-0000001", T0.plusSeconds(300));
    scenario().givenOrders(List.of(order));
    ShipmentConfirmation confirmation = new ShipmentConfirmation(
        order.platformOrderId(),
        List.of(new ShipmentConfirmation.Item(order.lines().get(0).lineId(), order.lines().get(0).quantity())),
        "UPS",
        null,
        "1Z999AA10123456784",
        "Ground",
        T0.plusSeconds(7200));
    scenario().givenShipmentAccepted(confirmation);

    assertThat(confirmer.confirm(scenario().shop(), confirmation)).isInstanceOf(ConfirmationResult.Confirmed.class);
    assertThat(confirmer.confirm(scenario().shop(), confirmation)).isInstanceOf(ConfirmationResult.AlreadyConfirmed.class);
  }

  @Test
  void readsEveryPlatformStockEntryExactlyWhenPagingToTheEnd() {
    PlatformStockSource source = capability(PlatformStockSource.class);
    List<PlatformStock> stock = new ArrayList<>();
    for (int i = 1; i <= 23; i++) {
      stock.add(new PlatformStock(
          String.format(Locale.ROOT, "FBA-MUG-%02d", i),
          i % 4 == 0 ? null : String.format(Locale.ROOT, "X00%07d", i),
          i * 10L,
          i % 3,
          i % 2,
          i % 5 == 0 ? 1 : 0));
    }
    scenario().givenPlatformStock(stock);

    Paged<PlatformStock> read = page(cursor -> source.stock(scenario().shop(), cursor), null);

    Map<String, PlatformStock> bySku = new LinkedHashMap<>();
    read.all().forEach(s -> bySku.put(s.sellerSku(), s));
    assertThat(bySku.values()).containsExactlyInAnyOrderElementsOf(stock);
  }

  @Test
  void findsACreatedInboundPlanByItsIdAndNoOtherPlan() {
    InboundPlans plans = capability(InboundPlans.class);
    InboundPlanRequest request = new InboundPlanRequest(
        "Spring restock 2026-03",
        new Address("Dock 3", "1 Industrial Road", null, "Shenzhen", "GD", "518000", "CN"),
        List.of(
            new InboundPlanRequest.Item("MUG-350-WHT", Quantity.of(24), "SELLER", "SELLER"),
            new InboundPlanRequest.Item("MUG-350-BLK", Quantity.of(12), "AMAZON", "SELLER")));
    scenario().givenInboundPlanAccepted(request);

    InboundPlan created = plans.create(scenario().shop(), request);

    assertThat(created.name()).isEqualTo(request.name());
    assertThat(plans.find(scenario().shop(), created.planId()))
        .hasValueSatisfying(found -> {
          assertThat(found.planId()).isEqualTo(created.planId());
          assertThat(found.name()).isEqualTo(request.name());
        });
    assertThat(plans.find(scenario().shop(), "no-such-plan-" + created.planId())).isEmpty();
    assertThat(plans.findByName(scenario().shop(), request.name()))
        .hasValueSatisfying(found -> assertThat(found.planId()).isEqualTo(created.planId()));
    assertThat(plans.findByName(scenario().shop(), "Another plan")).isEmpty();
  }

  // -----------------------------------------------------------------------------------------------
  // Helpers
  // -----------------------------------------------------------------------------------------------

  /** The test's scenario. */
  protected final Scenario scenario() {
    if (scenario == null) {
      throw new IllegalStateException("no scenario: newScenario() runs before each test");
    }
    return scenario;
  }

  private <T extends Capability> T capability(Class<T> type) {
    assumeTrue(scenario().supports(type), "the scenario does not support " + type.getSimpleName());
    return scenario()
        .connector()
        .capability(type)
        .orElseThrow(() -> new AssertionError("the scenario supports " + type.getSimpleName() + " but the connector lacks it"));
  }

  private OrderSource orderSource() {
    return capability(OrderSource.class);
  }

  private Paged<PlatformOrder> pageOrders(OrderSource source, OrderWindow window, @Nullable String start) {
    return page(cursor -> source.orders(scenario().shop(), window, cursor), start);
  }

  private List<PlatformListing> allListings(ListingSource source) {
    Map<String, PlatformListing> bySku = new LinkedHashMap<>();
    page(cursor -> source.listings(scenario().shop(), cursor), null).all().forEach(l -> bySku.put(l.sellerSku(), l));
    return List.copyOf(bySku.values());
  }

  private static <T> Paged<T> page(Function<@Nullable String, PlatformPage<T>> read, @Nullable String start) {
    List<T> all = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = start;
    int pages = 0;
    do {
      if (++pages > MAX_PAGES) {
        fail("paging did not end after " + MAX_PAGES + " pages");
      }
      PlatformPage<T> page = read.apply(cursor);
      assertThat(page).as("page %s", pages).isNotNull();
      all.addAll(page.items());
      cursor = page.next();
      if (cursor != null && !cursors.add(cursor)) {
        fail("page " + pages + " handed out a cursor it had handed out before");
      }
    } while (cursor != null);
    return new Paged<>(all, pages);
  }

  /** What paging to the end read: every item in order of arrival, and the number of pages. */
  private record Paged<T>(List<T> all, int pages) {}

  /** The orders read, each once (the last copy read of a repeated one). */
  private static List<PlatformOrder> distinct(Paged<PlatformOrder> read) {
    return List.copyOf(byId(read.all()).values());
  }

  private static List<String> ids(List<PlatformOrder> orders) {
    return orders.stream().map(PlatformOrder::platformOrderId).collect(Collectors.toList());
  }

  private static Map<String, PlatformOrder> byId(List<PlatformOrder> orders) {
    Map<String, PlatformOrder> map = new LinkedHashMap<>();
    orders.forEach(o -> map.put(o.platformOrderId(), o));
    return map;
  }

  /**
   * 37 orders inside {@link #HOUR}, several with the same last-update time so that pages split
   * between equal times.
   */
  private List<PlatformOrder> manyOrders() {
    List<PlatformOrder> orders = new ArrayList<>();
    for (int i = 0; i < MANY_ORDERS; i++) {
      Instant updatedAt = i < 8 ? T0.plusSeconds(120) : T0.plusSeconds(90L * i);
      orders.add(order(String.format(Locale.ROOT, "112-%07d-%07d", 3000 + i, 7000 + i * 13), updatedAt));
    }
    return orders;
  }

  private List<PlatformOrder> withOutsiders(List<PlatformOrder> inside) {
    List<PlatformOrder> all = new ArrayList<>(inside);
    all.add(order("112-9999999-0000001", HOUR.from().minusSeconds(3600)));
    all.add(order("112-9999999-0000002", HOUR.to().plusSeconds(1)));
    return all;
  }

  private PlatformOrder order(String id, Instant updatedAt) {
    Money price = Money.of("12.99", "USD");
    return new PlatformOrder(
        scenario().shop().id(),
        id,
        PlatformOrderStatus.UNSHIPPED,
        FulfillmentChannel.MERCHANT,
        updatedAt.minus(Duration.ofMinutes(45)),
        updatedAt,
        USD,
        List.of(OrderLine.of("L" + id.substring(id.length() - 4), SkuCode.of("MUG-350-WHT"), Quantity.of(2), price)),
        Money.of("3.90", "USD"),
        new Destination("US", "WA"),
        null);
  }

  /** Orders in USD, JPY (no decimals) and EUR with amounts of every scale and several lines. */
  private List<PlatformOrder> moneyOrders() {
    Money zeroYen = Money.zero(JPY);
    return List.of(
        new PlatformOrder(
            scenario().shop().id(),
            "113-0000001-0000001",
            PlatformOrderStatus.UNSHIPPED,
            FulfillmentChannel.MERCHANT,
            Instant.parse("2026-02-27T23:59:59Z"),
            T0.plusSeconds(61),
            USD,
            List.of(
                new OrderLine("10001", SkuCode.of("MUG-350-WHT"), Quantity.of(2), Money.of("11.01", "USD"),
                    Money.of("1.76", "USD"), Money.of("4.99", "USD"), Money.of("2.00", "USD")),
                OrderLine.of("10002", SkuCode.of("COASTER-4"), Quantity.of(1), Money.of("0.99", "USD"))),
            Money.of("3.45", "USD"),
            new Destination("US", "CA"),
            null),
        new PlatformOrder(
            scenario().shop().id(),
            "503-0000002-0000002",
            PlatformOrderStatus.SHIPPED,
            FulfillmentChannel.PLATFORM,
            Instant.parse("2026-03-01T15:04:05Z"),
            T0.plusSeconds(1801),
            JPY,
            List.of(new OrderLine("20001", SkuCode.of("MUG-350-BLK"), Quantity.of(1), Money.of("5980", "JPY"),
                Money.of("598", "JPY"), zeroYen, zeroYen)),
            Money.of("897", "JPY"),
            new Destination("JP", "13"),
            null),
        new PlatformOrder(
            scenario().shop().id(),
            "302-0000003-0000003",
            PlatformOrderStatus.PENDING,
            FulfillmentChannel.MERCHANT,
            Instant.parse("2026-03-01T23:00:00Z"),
            T0.plusSeconds(3599),
            EUR,
            List.of(new OrderLine("30001", SkuCode.of("LAMP-XL"), Quantity.of(3), Money.of("12345.6", "EUR"),
                Money.of("7037.00", "EUR"), Money.of("0.1", "EUR"), Money.of("0.05", "EUR"))),
            Money.of("5555.52", "EUR"),
            Destination.of("DE"),
            null));
  }

  private static PlatformOrder copy(PlatformOrder o, PlatformOrderStatus status, Instant updatedAt) {
    return new PlatformOrder(
        o.shopId(), o.platformOrderId(), status, o.channel(), o.purchasedAt(), updatedAt, o.currency(),
        o.lines(), o.platformFees(), o.destination(), o.buyer());
  }

  private static ListingSubmission submission(String sellerSku, String price, long quantity) {
    return new ListingSubmission(
        sellerSku,
        "DRINKING_CUP",
        Map.of("title", "Ceramic mug " + sellerSku, "brand", "Acme"),
        Money.of(price, "USD"),
        quantity);
  }
}
