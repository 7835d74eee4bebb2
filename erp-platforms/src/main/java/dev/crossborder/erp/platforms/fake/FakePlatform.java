package dev.crossborder.erp.platforms.fake;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.cases.CaseAction;
import dev.crossborder.erp.platform.cases.CaseKind;
import dev.crossborder.erp.platform.cases.CaseLimits;
import dev.crossborder.erp.platform.cases.PlatformCase;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CustomerServiceSource;
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
import dev.crossborder.erp.platform.RejectedItem;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformStock;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.platform.SettlementSource;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory platform with every {@link Capability}, standing in for any {@link PlatformId}: the
 * connector of hosts' tests and of the demo. It keeps, per shop, the orders, listings and their
 * quantities, shipment confirmations, platform (FBA-style) stock and inbound plans; tests seed it
 * ({@link #putOrder}, {@link #updateOrder}, {@link #putListing}, {@link #putPlatformStock}),
 * script it ({@link #rejectListingsWhere}, {@link #inject faults}, {@link #revokeAuth}) and inspect
 * it ({@link #confirmations}, {@link #quantity}, {@link #listing}, {@link #calls()}).
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2026-03-01T00:00:00Z");
 * FakePlatform amazon = FakePlatform.builder()
 *     .platform(PlatformId.AMAZON)
 *     .clock(clock)
 *     .pageSize(50)
 *     .seed(42)
 *     .faults(FaultPlan.withProbability(0.05, Fault.rateLimited(Duration.ofSeconds(1))))
 *     .build();
 * amazon.putOrder(shop.id(), order);
 * erp = Erp.builder().connector(amazon)...;
 * }</pre>
 *
 * <p><b>Orders.</b> {@link OrderSource#orders} returns the orders whose last-update time on the
 * platform lies in {@code [from, to)} of the window, ordered by that time and then by platform
 * order id, in pages of {@code pageSize}. Its cursor holds the window and the position after the
 * last order returned (not an offset, so an order that moves out of the window while a reader
 * pages does not make it skip another), as dotted Base64url text that stays valid when stored and
 * handed to another instance holding the same orders. A cursor issued for another shop or window,
 * or not issued by a fake, is refused with a {@link PlatformRequestException} ({@code
 * InvalidInput}), as platforms refuse a foreign next-token.
 *
 * <p><b>Listings.</b> {@link ListingPublisher#put} accepts a submission unless a rule given to
 * {@link #rejectListingsWhere} with an {@code ERROR} issue matches it; then the verdict is {@code
 * REJECTED} with the matching rules' issues and the stored listing is unchanged. Issues of matching
 * rules with a lower severity are accepted warnings, kept on the listing. An accepted listing takes
 * the submission's price and quantity (keeping the previous ones when the submission leaves them
 * out), its title from a {@code String} attribute named {@code title}, and is {@code ACTIVE} while
 * its quantity is positive, else {@code INACTIVE}. {@link InventoryPublisher#setQuantity} of an
 * unknown seller SKU is a {@code REJECTED} verdict with issue {@code LISTING_NOT_FOUND}.
 *
 * <p><b>Shipments.</b> {@link ShipmentConfirmer#confirm} records the confirmation and moves the
 * order to {@code SHIPPED} (or {@code PARTIALLY_SHIPPED}) with the clock's time as its last update;
 * a repeat with a tracking number the order already holds answers {@code AlreadyConfirmed}; an
 * unknown order ({@code ORDER_NOT_FOUND}), a cancelled one ({@code ORDER_CANCELLED}), an unknown
 * line ({@code LINE_NOT_FOUND}) or more units than ordered ({@code QUANTITY_EXCEEDS_ORDERED}) is
 * {@code Rejected}.
 *
 * <p><b>Inbound plans</b> are created at once (status {@code ACTIVE}) and are idempotent by name
 * per shop: creating a plan whose name the shop already used returns the existing plan.
 *
 * <p><b>Faults.</b> See {@link Fault} and {@link FaultPlan}. Every capability call counts in {@link
 * #calls()} (failed ones too), then fails if the shop's authorization is revoked, then draws the
 * faults of the plans. Decisions come from one {@link java.util.Random} seeded with {@link
 * Builder#seed}, so one seed and one sequence of calls always give the same faults.
 *
 * <p>Time comes only from the {@link InstantSource} given to the builder. Thread-safe: each shop's
 * state has its own lock, and any number of threads may call the capabilities and the seeding and
 * inspection methods at once. {@link #toString()} and exception messages hold no secret and no
 * buyer data.
 */
public final class FakePlatform implements PlatformConnector {
  /** The largest page size the builder accepts. */
  public static final int MAX_PAGE_SIZE = 1000;

  private static final int DEFAULT_PAGE_SIZE = 100;
  private static final String ORDERS_CURSOR = "fake-orders-1";
  private static final String LISTINGS_CURSOR = "fake-listings-1";
  private static final String STOCK_CURSOR = "fake-stock-1";
  private static final String SETTLEMENTS_CURSOR = "fake-settlements-1";

  private final PlatformId platform;
  private final InstantSource clock;
  private final int pageSize;
  private final Set<Class<?>> withoutCapabilities;
  private final FaultInjector faults;
  private final ConcurrentHashMap<ShopId, ShopState> shops = new ConcurrentHashMap<>();
  private final Set<ShopId> revoked = ConcurrentHashMap.newKeySet();
  private final ConcurrentHashMap<ShopId, Map<String, InvalidInputException>> unmappable = new ConcurrentHashMap<>();
  private final Map<Operation, LongAdder> calls = new EnumMap<>(Operation.class);
  private final List<ListingRule> listingRules = new CopyOnWriteArrayList<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Capabilities capabilities = new Capabilities();
  private final FakeCustomerService customerService;

  private FakePlatform(Builder builder) {
    this.platform = requireNonNull(builder.platform);
    this.clock = builder.clock == null ? InstantSource.system() : builder.clock;
    this.pageSize = builder.pageSize == null ? DEFAULT_PAGE_SIZE : builder.pageSize;
    this.withoutCapabilities = builder.withoutCapabilities == null ? Set.of() : builder.withoutCapabilities;
    this.faults =
        new FaultInjector(
            builder.seed == null ? 0L : builder.seed,
            builder.faults == null ? List.of() : builder.faults);
    for (Operation operation : Operation.values()) {
      calls.put(operation, new LongAdder());
    }
    this.customerService = new FakeCustomerService(this, platform, clock, pageSize);
  }

  /** A new builder; {@link Builder#platform} is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public PlatformId platform() {
    return platform;
  }

  /**
   * Every capability of the SPI ({@link OrderSource}, {@link ListingSource}, {@link
   * ListingPublisher}, {@link InventoryPublisher}, {@link ShipmentConfirmer}, {@link
   * PlatformStockSource}, {@link InboundPlans}, {@link CustomerServiceSource}, {@link SettlementSource}) except those given to {@link
   * Builder#withoutCapabilities}; empty for any other type.
   */
  @Override
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    requireNonNull(type, "type == null");
    if (!type.isInterface() || type == Capability.class || withoutCapabilities.contains(type)) {
      return Optional.empty();
    }
    if (type == CustomerServiceSource.class) {
      return Optional.of(type.cast(customerService));
    }
    return type.isInstance(capabilities) ? Optional.of(type.cast(capabilities)) : Optional.empty();
  }

  // -----------------------------------------------------------------------------------------------
  // Seeding and scripting
  // -----------------------------------------------------------------------------------------------

  /**
   * Puts {@code order} on the platform for {@code shop} as given, its {@code updatedAt} included,
   * replacing an order with the same platform order id.
   *
   * @throws InvalidInputException if the order belongs to another shop
   */
  public void putOrder(ShopId shop, PlatformOrder order) {
    requireShopOf(shop, order);
    state(shop).putOrder(order);
  }

  /**
   * Makes the order {@code platformOrderId} of {@code shop} one a connector could not map (a zero
   * quantity, a negative price, no country): from now on order pages hand it back in {@link
   * PlatformPage#rejected()} with {@code why} instead of as an item, as a real connector does with a
   * payload it cannot map. {@code why} names the field and value, as a connector's would.
   */
  public void markUnmappable(ShopId shop, String platformOrderId, InvalidInputException why) {
    requireNonNull(why, "why == null");
    state(shop).requireOrder(requireNonNull(platformOrderId, "platformOrderId == null"));
    unmappable.computeIfAbsent(shop, s -> new ConcurrentHashMap<>()).put(platformOrderId, why);
  }

  /**
   * Replaces an order the platform holds with {@code updated}, recording the clock's time as its
   * last update (or an earlier time when a {@link Fault#lateUpdate} fires), as the platform does
   * when an order changes. Returns the order as recorded.
   *
   * @throws NotFoundException if the shop has no order with that platform order id
   * @throws InvalidInputException if the order belongs to another shop
   */
  public PlatformOrder updateOrder(ShopId shop, PlatformOrder updated) {
    requireShopOf(shop, updated);
    ShopState state = state(shop);
    state.requireOrder(updated.platformOrderId());
    Instant at = clock.instant();
    for (Fault fault : faults.draw(null, false)) {
      if (fault instanceof Fault.LateUpdate late) {
        at = at.minus(late.lag());
        break;
      }
    }
    PlatformOrder stamped = withStatus(updated, updated.status(), at);
    state.replaceOrder(stamped);
    return stamped;
  }

  /**
   * Moves an order the platform holds to {@code status}, like {@link #updateOrder(ShopId,
   * PlatformOrder)} with everything else unchanged.
   *
   * @throws NotFoundException if the shop has no order {@code platformOrderId}
   */
  public PlatformOrder updateOrder(ShopId shop, String platformOrderId, PlatformOrderStatus status) {
    requireNonNull(shop, "shop == null");
    requireNonNull(status, "status == null");
    PlatformOrder current = state(shop).requireOrder(requireNonNull(platformOrderId, "platformOrderId == null"));
    return updateOrder(shop, withStatus(current, status, current.updatedAt()));
  }

  /** Puts {@code listing} on the platform for {@code shop} as given, replacing one with its seller SKU. */
  public void putListing(ShopId shop, PlatformListing listing) {
    requireNonNull(shop, "shop == null");
    requireNonNull(listing, "listing == null");
    state(shop).putListing(listing);
  }

  /** Puts the platform stock of {@code shop}, replacing the entries of the same seller SKUs. */
  public void putPlatformStock(ShopId shop, Collection<PlatformStock> stock) {
    requireNonNull(shop, "shop == null");
    requireNonNull(stock, "stock == null");
    for (PlatformStock s : stock) {
      requireNonNull(s, "stock element == null");
    }
    state(shop).putStock(stock);
  }

  /**
   * Posts settlement events for {@code shop}, replacing events with the same ids; {@link
   * SettlementSource#settlements} returns them by posting time, then event id.
   */
  public void putSettlementEvents(ShopId shop, Collection<SettlementEvent> events) {
    requireNonNull(shop, "shop == null");
    requireNonNull(events, "events == null");
    for (SettlementEvent e : events) {
      requireNonNull(e, "events element == null");
    }
    state(shop).putSettlements(events);
  }

  /**
   * From now on, a listing submission of any shop that matches {@code rule} gets {@code issue}: a
   * rejection when the issue is an {@code ERROR}, an accepted warning otherwise.
   */
  public void rejectListingsWhere(Predicate<? super ListingSubmission> rule, PlatformIssue issue) {
    listingRules.add(new ListingRule(requireNonNull(rule, "rule == null"), requireNonNull(issue, "issue == null")));
  }

  /** Forgets every rule given to {@link #rejectListingsWhere}. */
  public void clearListingRules() {
    listingRules.clear();
  }

  /**
   * Revokes the authorization of {@code shop}: every call for it fails with an {@link
   * AuthenticationException} of reason {@code REVOKED} until {@link #restoreAuth}.
   */
  public void revokeAuth(ShopId shop) {
    revoked.add(requireNonNull(shop, "shop == null"));
  }

  /** Restores the authorization of {@code shop} after {@link #revokeAuth} or {@link Fault#revokedAuth}. */
  public void restoreAuth(ShopId shop) {
    revoked.remove(requireNonNull(shop, "shop == null"));
  }

  /** Adds fault plans to those given to the builder; scripted ones count from now. */
  public void inject(FaultPlan... plans) {
    faults.add(checkedPlans(plans));
  }

  /** Removes every fault plan (revoked authorizations stay revoked). */
  public void clearFaults() {
    faults.clear();
  }

  /**
   * Puts the customer service case {@code platformCase} on the platform for {@code shop}, its
   * {@code updatedAt} included, replacing a case with the same platform case id.
   *
   * @throws InvalidInputException if the case belongs to another shop
   */
  public void putCase(ShopId shop, PlatformCase platformCase) {
    customerService.put(shop, requireNonNull(platformCase, "platformCase == null"));
  }

  /**
   * What the fake's {@link CustomerServiceSource} allows (default: every case kind pulled, free
   * replies, no message types, accept and decline on return and cancellation requests); give
   * Amazon-like limits to test a platform that only sends order-scoped message types.
   */
  public void caseLimits(CaseLimits limits) {
    customerService.limits(limits);
  }

  // -----------------------------------------------------------------------------------------------
  // Inspection
  // -----------------------------------------------------------------------------------------------

  /** The case {@code platformCaseId} of {@code shop} as the platform holds it. */
  public Optional<PlatformCase> platformCase(ShopId shop, String platformCaseId) {
    return customerService.find(shop, requireNonNull(platformCaseId, "platformCaseId == null"));
  }

  /** The responses (replies, messages, decisions) {@code shop}'s cases received, oldest first. */
  public List<CaseResponse> caseResponses(ShopId shop) {
    return customerService.responses(shop);
  }

  /**
   * A response the fake received on a case.
   *
   * @param platformCaseId the case
   * @param kind its kind
   * @param platformOrderId the order it was addressed to, or {@code null}
   * @param action what was sent
   * @param at when, by the fake's clock
   */
  public record CaseResponse(
      String platformCaseId, CaseKind kind, @Nullable String platformOrderId, CaseAction action, Instant at) {}

  /** The order {@code platformOrderId} of {@code shop} as the platform holds it. */
  public Optional<PlatformOrder> order(ShopId shop, String platformOrderId) {
    requireNonNull(platformOrderId, "platformOrderId == null");
    ShopState state = shops.get(requireNonNull(shop, "shop == null"));
    return state == null ? Optional.empty() : state.order(platformOrderId);
  }

  /** The listing {@code sellerSku} of {@code shop} as the platform holds it. */
  public Optional<PlatformListing> listing(ShopId shop, String sellerSku) {
    requireNonNull(sellerSku, "sellerSku == null");
    ShopState state = shops.get(requireNonNull(shop, "shop == null"));
    return state == null ? Optional.empty() : state.listing(sellerSku);
  }

  /** The sellable quantity of the listing {@code sellerSku} of {@code shop}, empty if it has none. */
  public OptionalLong quantity(ShopId shop, String sellerSku) {
    return listing(shop, sellerSku).map(l -> OptionalLong.of(l.quantity())).orElse(OptionalLong.empty());
  }

  /** The shipment confirmations recorded for {@code shop}, oldest first (repeats not included). */
  public List<ShipmentConfirmation> confirmations(ShopId shop) {
    ShopState state = shops.get(requireNonNull(shop, "shop == null"));
    return state == null ? List.of() : state.confirmations();
  }

  /** How often each operation was called so far, failed calls included; every operation is present. */
  public Map<Operation, Long> calls() {
    Map<Operation, Long> counts = new EnumMap<>(Operation.class);
    calls.forEach((operation, count) -> counts.put(operation, count.sum()));
    return Collections.unmodifiableMap(counts);
  }

  /** How often {@code operation} was called so far, failed calls included. */
  public long calls(Operation operation) {
    return calls.get(requireNonNull(operation, "operation == null")).sum();
  }

  /** The platform, the page size and the active fault plans; never shop data. */
  @Override
  public String toString() {
    return "FakePlatform[" + platform + ", pageSize=" + pageSize + ", faults=" + faults + "]";
  }

  // -----------------------------------------------------------------------------------------------
  // Calls
  // -----------------------------------------------------------------------------------------------

  /**
   * Runs one capability call: counts it, fails it for a revoked shop or an injected call fault, and
   * otherwise hands the page faults that fired to {@code work}.
   */
  <T> T call(Operation operation, Shop shop, boolean pageAfterFirst, Function<List<Fault>, T> work) {
    requireNonNull(shop, "shop == null");
    if (!shop.platform().equals(platform)) {
      throw new InvalidInputException("shop.platform", shop.platform(), "is not " + platform);
    }
    calls.get(operation).increment();
    if (revoked.contains(shop.id())) {
      throw revokedError(operation);
    }
    boolean lostResponse = false;
    List<Fault> pageFaults = new ArrayList<>(0);
    for (Fault fault : faults.draw(operation, pageAfterFirst)) {
      if (lostResponse) {
        if (fault instanceof Fault.DuplicatePage || fault instanceof Fault.OutOfOrderPage) {
          pageFaults.add(fault);
        }
        continue;
      }
      if (fault instanceof Fault.RateLimited limited) {
        throw new RateLimitedException(platform, operation.operationName(), limited.retryAfter(), 429, null);
      } else if (fault instanceof Fault.Unavailable unavailable) {
        throw new PlatformUnavailableException(
            platform, operation.operationName(), "server error " + unavailable.httpStatus(), unavailable.httpStatus(), null);
      } else if (fault instanceof Fault.Timeout) {
        throw timedOut(operation);
      } else if (fault instanceof Fault.RevokedAuth) {
        revoked.add(shop.id());
        throw revokedError(operation);
      } else if (fault instanceof Fault.LostResponse) {
        lostResponse = true;
      } else {
        pageFaults.add(fault);
      }
    }
    T result = work.apply(pageFaults);
    if (lostResponse) {
      throw timedOut(operation);
    }
    return result;
  }

  private PlatformUnavailableException timedOut(Operation operation) {
    return new PlatformUnavailableException(platform, operation.operationName(), "timed out", 0, null);
  }

  private AuthenticationException revokedError(Operation operation) {
    return new AuthenticationException(platform, operation.operationName(), AuthenticationException.Reason.REVOKED, 401, null);
  }

  private PlatformRequestException invalidCursor(Operation operation, String problem) {
    return new PlatformRequestException(platform, operation.operationName(), "InvalidInput", problem, 400, null);
  }

  private PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
    requireNonNull(window, "window == null");
    return call(Operation.ORDERS, shop, cursor != null, pageFaults -> {
      OrderKey after = null;
      OrderKey previous = null;
      if (cursor != null) {
        List<String> fields = Cursors.decode(cursor, 8);
        if (fields == null || !fields.get(0).equals(ORDERS_CURSOR)) {
          throw invalidCursor(Operation.ORDERS, "cursor is not valid");
        }
        if (!fields.get(1).equals(shop.id().value())
            || !fields.get(2).equals(window.from().toString())
            || !fields.get(3).equals(window.to().toString())) {
          throw invalidCursor(Operation.ORDERS, "cursor was issued for another shop or window");
        }
        try {
          after = new OrderKey(Instant.parse(fields.get(4)), fields.get(5));
          previous = fields.get(6).isEmpty() ? null : new OrderKey(Instant.parse(fields.get(6)), fields.get(7));
        } catch (DateTimeParseException e) {
          throw invalidCursor(Operation.ORDERS, "cursor is not valid");
        }
      }
      boolean duplicate = pageFaults.stream().anyMatch(f -> f instanceof Fault.DuplicatePage);
      boolean shuffle = pageFaults.stream().anyMatch(f -> f instanceof Fault.OutOfOrderPage);
      OrdersPage page = state(shop.id()).orderPage(window, after, previous, pageSize, duplicate);
      List<PlatformOrder> items = new ArrayList<>(page.repeated());
      items.addAll(page.items());
      if (shuffle) {
        faults.shuffle(items);
      }
      String next = null;
      if (page.more() && page.last() != null) {
        OrderKey last = page.last();
        next = Cursors.encode(List.of(
            ORDERS_CURSOR,
            shop.id().value(),
            window.from().toString(),
            window.to().toString(),
            last.updatedAt().toString(),
            last.id(),
            after == null ? "" : after.updatedAt().toString(),
            after == null ? "" : after.id()));
      }
      Map<String, InvalidInputException> refused = unmappable.getOrDefault(shop.id(), Map.of());
      if (refused.isEmpty()) {
        return new PlatformPage<>(items, next);
      }
      List<PlatformOrder> mapped = new ArrayList<>();
      List<RejectedItem> rejected = new ArrayList<>();
      for (PlatformOrder order : items) {
        InvalidInputException why = refused.get(order.platformOrderId());
        if (why == null) {
          mapped.add(order);
        } else {
          rejected.add(new RejectedItem(order.platformOrderId(), why));
        }
      }
      return new PlatformPage<>(mapped, next, rejected);
    });
  }

  private @Nullable String decodeSkuCursor(Operation operation, String kind, Shop shop, @Nullable String cursor) {
    if (cursor == null) {
      return null;
    }
    List<String> fields = Cursors.decode(cursor, 3);
    if (fields == null || !fields.get(0).equals(kind) || fields.get(2).isEmpty()) {
      throw invalidCursor(operation, "cursor is not valid");
    }
    if (!fields.get(1).equals(shop.id().value())) {
      throw invalidCursor(operation, "cursor was issued for another shop");
    }
    return fields.get(2);
  }

  private <V> PlatformPage<V> skuPage(String kind, Shop shop, SkuPage<V> page) {
    String next = page.more() && page.last() != null
        ? Cursors.encode(List.of(kind, shop.id().value(), page.last()))
        : null;
    return new PlatformPage<>(page.items(), next);
  }

  private ListingVerdict putListing(Shop shop, ListingSubmission submission) {
    requireNonNull(submission, "submission == null");
    return call(Operation.PUT_LISTING, shop, false, pageFaults -> {
      List<PlatformIssue> issues = new ArrayList<>();
      for (ListingRule rule : listingRules) {
        if (rule.rule().test(submission)) {
          issues.add(rule.issue());
        }
      }
      String submissionId = nextId("FS-");
      boolean rejected = issues.stream().anyMatch(i -> i.severity() == PlatformIssue.Severity.ERROR);
      ShopState state = state(shop.id());
      if (rejected) {
        String existingId = state.listing(submission.sellerSku()).map(PlatformListing::platformListingId).orElse(null);
        return new ListingVerdict(submission.sellerSku(), ListingVerdict.Status.REJECTED, existingId, submissionId, issues);
      }
      PlatformListing listing = state.acceptListing(submission, issues, () -> nextId("FL-"));
      return new ListingVerdict(
          submission.sellerSku(), ListingVerdict.Status.ACCEPTED, listing.platformListingId(), submissionId, issues);
    });
  }

  private ListingVerdict deleteListing(Shop shop, String sellerSku) {
    requireNonNull(sellerSku, "sellerSku == null");
    return call(Operation.DELETE_LISTING, shop, false, pageFaults -> {
      Optional<PlatformListing> removed = state(shop.id()).removeListing(sellerSku);
      return new ListingVerdict(
          sellerSku,
          ListingVerdict.Status.ACCEPTED,
          removed.map(PlatformListing::platformListingId).orElse(null),
          nextId("FS-"),
          List.of());
    });
  }

  private ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity) {
    requireNonNull(sellerSku, "sellerSku == null");
    if (quantity < 0) {
      throw new InvalidInputException("quantity", quantity, "must not be negative");
    }
    return call(Operation.SET_QUANTITY, shop, false, pageFaults -> {
      String submissionId = nextId("FS-");
      Optional<PlatformListing> listing = state(shop.id()).setQuantity(sellerSku, quantity);
      if (listing.isEmpty()) {
        return new ListingVerdict(
            sellerSku,
            ListingVerdict.Status.REJECTED,
            null,
            submissionId,
            List.of(issue("LISTING_NOT_FOUND", "no listing for seller sku " + sellerSku)));
      }
      return new ListingVerdict(
          sellerSku, ListingVerdict.Status.ACCEPTED, listing.get().platformListingId(), submissionId, List.of());
    });
  }

  private ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation) {
    requireNonNull(confirmation, "confirmation == null");
    return call(Operation.CONFIRM_SHIPMENT, shop, false, pageFaults -> state(shop.id()).confirm(confirmation, clock));
  }

  private InboundPlan createInboundPlan(Shop shop, InboundPlanRequest request) {
    requireNonNull(request, "request == null");
    return call(Operation.CREATE_INBOUND_PLAN, shop, false, pageFaults -> state(shop.id()).createPlan(request, () -> nextId("FP-")));
  }

  private Optional<InboundPlan> findInboundPlan(Shop shop, String planId) {
    requireNonNull(planId, "planId == null");
    return call(Operation.FIND_INBOUND_PLAN, shop, false, pageFaults -> state(shop.id()).plan(planId));
  }

  private String nextId(String prefix) {
    return prefix + String.format(Locale.ROOT, "%08d", sequence.incrementAndGet());
  }

  private ShopState state(ShopId shop) {
    return shops.computeIfAbsent(shop, s -> new ShopState());
  }

  private static void requireShopOf(ShopId shop, PlatformOrder order) {
    requireNonNull(shop, "shop == null");
    requireNonNull(order, "order == null");
    if (!order.shopId().equals(shop)) {
      throw new InvalidInputException("shopId", order.shopId(), "must be " + shop);
    }
  }

  private static List<FaultPlan> checkedPlans(FaultPlan[] plans) {
    requireNonNull(plans, "plans == null");
    List<FaultPlan> list = new ArrayList<>(plans.length);
    for (FaultPlan plan : plans) {
      list.add(requireNonNull(plan, "plan == null"));
    }
    return list;
  }

  private static PlatformIssue issue(String code, String message) {
    return new PlatformIssue(code, message, PlatformIssue.Severity.ERROR, List.of());
  }

  private static PlatformOrder withStatus(PlatformOrder o, PlatformOrderStatus status, Instant updatedAt) {
    return new PlatformOrder(
        o.shopId(),
        o.platformOrderId(),
        status,
        o.channel(),
        o.purchasedAt(),
        updatedAt,
        o.currency(),
        o.lines(),
        o.platformFees(),
        o.destination(),
        o.buyer());
  }

  // -----------------------------------------------------------------------------------------------
  // State
  // -----------------------------------------------------------------------------------------------

  /** An order's position in last-update order. */
  private record OrderKey(Instant updatedAt, String id) implements Comparable<OrderKey> {
    static OrderKey of(PlatformOrder order) {
      return new OrderKey(order.updatedAt(), order.platformOrderId());
    }

    @Override
    public int compareTo(OrderKey other) {
      int byTime = updatedAt.compareTo(other.updatedAt);
      return byTime != 0 ? byTime : id.compareTo(other.id);
    }
  }

  private record OrdersPage(
      List<PlatformOrder> repeated, List<PlatformOrder> items, @Nullable OrderKey last, boolean more) {}

  private record SkuPage<V>(List<V> items, @Nullable String last, boolean more) {}

  private record ListingRule(Predicate<? super ListingSubmission> rule, PlatformIssue issue) {}

  /** Everything the platform holds for one shop, guarded by the instance's lock. */
  private static final class ShopState {
    private final Map<String, PlatformOrder> orders = new HashMap<>();
    private final TreeMap<OrderKey, PlatformOrder> ordersByUpdate = new TreeMap<>();
    private final Map<String, Map<String, Long>> shippedUnits = new HashMap<>();
    private final Map<String, Set<String>> trackingNumbers = new HashMap<>();
    private final List<ShipmentConfirmation> confirmations = new ArrayList<>();
    private final TreeMap<String, PlatformListing> listings = new TreeMap<>();
    private final TreeMap<String, PlatformStock> stock = new TreeMap<>();
    private final Map<String, InboundPlan> plansById = new LinkedHashMap<>();
    private final Map<String, String> planIdsByName = new HashMap<>();
    private final Map<String, SettlementEvent> settlementsById = new HashMap<>();
    private final TreeMap<OrderKey, SettlementEvent> settlements = new TreeMap<>();

    synchronized void putSettlements(Collection<SettlementEvent> events) {
      for (SettlementEvent e : events) {
        SettlementEvent old = settlementsById.put(e.eventId(), e);
        if (old != null) {
          settlements.remove(new OrderKey(old.postedAt(), old.eventId()));
        }
        settlements.put(new OrderKey(e.postedAt(), e.eventId()), e);
      }
    }

    /** Up to {@code limit + 1} events posted in [from, to) after {@code after}. */
    synchronized List<SettlementEvent> settlementsAfter(Instant from, Instant to, @Nullable OrderKey after, int limit) {
      NavigableMap<OrderKey, SettlementEvent> window =
          settlements.subMap(new OrderKey(from, ""), true, new OrderKey(to, ""), false);
      if (after != null) {
        window = window.tailMap(after, false);
      }
      return window.values().stream().limit(limit + 1L).toList();
    }

    synchronized void putOrder(PlatformOrder order) {
      PlatformOrder old = orders.put(order.platformOrderId(), order);
      if (old != null) {
        ordersByUpdate.remove(OrderKey.of(old));
      }
      ordersByUpdate.put(OrderKey.of(order), order);
    }

    synchronized PlatformOrder requireOrder(String platformOrderId) {
      PlatformOrder order = orders.get(platformOrderId);
      if (order == null) {
        throw new NotFoundException("platformOrderId", platformOrderId);
      }
      return order;
    }

    synchronized void replaceOrder(PlatformOrder order) {
      requireOrder(order.platformOrderId());
      putOrder(order);
    }

    synchronized Optional<PlatformOrder> order(String platformOrderId) {
      return Optional.ofNullable(orders.get(platformOrderId));
    }

    synchronized OrdersPage orderPage(
        OrderWindow window, @Nullable OrderKey after, @Nullable OrderKey previous, int pageSize, boolean duplicate) {
      NavigableMap<OrderKey, PlatformOrder> inWindow =
          ordersByUpdate.subMap(new OrderKey(window.from(), ""), true, new OrderKey(window.to(), ""), false);
      List<PlatformOrder> repeated = new ArrayList<>();
      if (duplicate && after != null) {
        NavigableMap<OrderKey, PlatformOrder> before =
            previous == null ? inWindow.headMap(after, true) : inWindow.subMap(previous, false, after, true);
        repeated.addAll(before.values());
      }
      NavigableMap<OrderKey, PlatformOrder> rest = after == null ? inWindow : inWindow.tailMap(after, false);
      List<PlatformOrder> items = new ArrayList<>(Math.min(pageSize, 64));
      OrderKey last = null;
      boolean more = false;
      for (Map.Entry<OrderKey, PlatformOrder> entry : rest.entrySet()) {
        if (items.size() == pageSize) {
          more = true;
          break;
        }
        items.add(entry.getValue());
        last = entry.getKey();
      }
      return new OrdersPage(repeated, items, last, more);
    }

    synchronized void putListing(PlatformListing listing) {
      listings.put(listing.sellerSku(), listing);
    }

    synchronized Optional<PlatformListing> listing(String sellerSku) {
      return Optional.ofNullable(listings.get(sellerSku));
    }

    synchronized Optional<PlatformListing> removeListing(String sellerSku) {
      return Optional.ofNullable(listings.remove(sellerSku));
    }

    synchronized PlatformListing acceptListing(
        ListingSubmission submission, List<PlatformIssue> warnings, Supplier<String> newId) {
      PlatformListing old = listings.get(submission.sellerSku());
      String id = old != null && old.platformListingId() != null ? old.platformListingId() : newId.get();
      Object titleAttribute = submission.attributes().get("title");
      String title = titleAttribute instanceof String text && !text.isBlank()
          ? text
          : old == null ? null : old.title();
      long quantity = submission.quantity() != null ? submission.quantity() : old == null ? 0 : old.quantity();
      PlatformListing listing = new PlatformListing(
          submission.sellerSku(),
          id,
          title,
          submission.price() != null ? submission.price() : old == null ? null : old.price(),
          quantity,
          quantity > 0 ? PlatformListing.State.ACTIVE : PlatformListing.State.INACTIVE,
          warnings);
      listings.put(listing.sellerSku(), listing);
      return listing;
    }

    synchronized Optional<PlatformListing> setQuantity(String sellerSku, long quantity) {
      PlatformListing old = listings.get(sellerSku);
      if (old == null) {
        return Optional.empty();
      }
      PlatformListing.State state = old.state();
      if (state == PlatformListing.State.ACTIVE || state == PlatformListing.State.INACTIVE) {
        state = quantity > 0 ? PlatformListing.State.ACTIVE : PlatformListing.State.INACTIVE;
      }
      PlatformListing updated = new PlatformListing(
          old.sellerSku(), old.platformListingId(), old.title(), old.price(), quantity, state, old.issues());
      listings.put(sellerSku, updated);
      return Optional.of(updated);
    }

    synchronized SkuPage<PlatformListing> listingPage(@Nullable String after, int pageSize) {
      return skuPage(listings, after, pageSize);
    }

    synchronized void putStock(Collection<PlatformStock> entries) {
      for (PlatformStock entry : entries) {
        stock.put(entry.sellerSku(), entry);
      }
    }

    synchronized SkuPage<PlatformStock> stockPage(@Nullable String after, int pageSize) {
      return skuPage(stock, after, pageSize);
    }

    private static <V> SkuPage<V> skuPage(TreeMap<String, V> bySku, @Nullable String after, int pageSize) {
      NavigableMap<String, V> rest = after == null ? bySku : bySku.tailMap(after, false);
      List<V> items = new ArrayList<>(Math.min(pageSize, 64));
      String last = null;
      boolean more = false;
      for (Map.Entry<String, V> entry : rest.entrySet()) {
        if (items.size() == pageSize) {
          more = true;
          break;
        }
        items.add(entry.getValue());
        last = entry.getKey();
      }
      return new SkuPage<>(items, last, more);
    }

    synchronized ConfirmationResult confirm(ShipmentConfirmation confirmation, InstantSource clock) {
      String orderId = confirmation.platformOrderId();
      PlatformOrder order = orders.get(orderId);
      if (order == null) {
        return rejected("ORDER_NOT_FOUND", "no order " + orderId);
      }
      Set<String> tracked = trackingNumbers.computeIfAbsent(orderId, id -> new HashSet<>());
      if (tracked.contains(confirmation.trackingNumber())) {
        return new ConfirmationResult.AlreadyConfirmed();
      }
      if (order.status() == PlatformOrderStatus.CANCELLED) {
        return rejected("ORDER_CANCELLED", "order " + orderId + " is cancelled");
      }
      Map<String, Long> shipped = new HashMap<>(shippedUnits.getOrDefault(orderId, Map.of()));
      for (ShipmentConfirmation.Item item : confirmation.items()) {
        OrderLine line = order.lines().stream()
            .filter(l -> l.lineId().equals(item.lineId()))
            .findFirst()
            .orElse(null);
        if (line == null) {
          return rejected("LINE_NOT_FOUND", "order " + orderId + " has no line " + item.lineId());
        }
        long total = shipped.getOrDefault(item.lineId(), 0L) + item.quantity().value();
        if (total > line.quantity().value()) {
          return rejected("QUANTITY_EXCEEDS_ORDERED", "line " + item.lineId() + " ships more units than ordered");
        }
        shipped.put(item.lineId(), total);
      }
      boolean complete = true;
      for (OrderLine line : order.lines()) {
        if (shipped.getOrDefault(line.lineId(), 0L) < line.quantity().value()) {
          complete = false;
        }
      }
      shippedUnits.put(orderId, shipped);
      tracked.add(confirmation.trackingNumber());
      confirmations.add(confirmation);
      putOrder(withStatus(
          order, complete ? PlatformOrderStatus.SHIPPED : PlatformOrderStatus.PARTIALLY_SHIPPED, clock.instant()));
      return new ConfirmationResult.Confirmed();
    }

    synchronized List<ShipmentConfirmation> confirmations() {
      return List.copyOf(confirmations);
    }

    synchronized InboundPlan createPlan(InboundPlanRequest request, Supplier<String> newId) {
      String existing = planIdsByName.get(request.name());
      if (existing != null) {
        return requireNonNull(plansById.get(existing));
      }
      InboundPlan plan = new InboundPlan(newId.get(), request.name(), "ACTIVE", List.of());
      plansById.put(plan.planId(), plan);
      planIdsByName.put(plan.name(), plan.planId());
      return plan;
    }

    synchronized Optional<InboundPlan> plan(String planId) {
      return Optional.ofNullable(plansById.get(planId));
    }

    synchronized Optional<InboundPlan> planNamed(String name) {
      String planId = planIdsByName.get(name);
      return planId == null ? Optional.empty() : Optional.ofNullable(plansById.get(planId));
    }

    private static ConfirmationResult rejected(String code, String message) {
      return new ConfirmationResult.Rejected(List.of(issue(code, message)));
    }
  }

  /** The capabilities, one object implementing every interface; {@link #capability} filters. */
  private final class Capabilities
      implements OrderSource,
          ListingSource,
          ListingPublisher,
          InventoryPublisher,
          ShipmentConfirmer,
          PlatformStockSource,
          InboundPlans,
          SettlementSource {

    @Override
    public PlatformPage<SettlementEvent> settlements(Shop shop, OrderWindow window, @Nullable String cursor) {
      requireNonNull(window, "window == null");
      return call(Operation.SETTLEMENTS, shop, cursor != null, pageFaults -> {
        OrderKey after = null;
        if (cursor != null) {
          List<String> fields = Cursors.decode(cursor, 4);
          if (fields == null || !fields.get(0).equals(SETTLEMENTS_CURSOR) || !fields.get(1).equals(shop.id().value())) {
            throw invalidCursor(Operation.SETTLEMENTS, "cursor is not valid");
          }
          try {
            after = new OrderKey(Instant.parse(fields.get(2)), fields.get(3));
          } catch (DateTimeParseException e) {
            throw invalidCursor(Operation.SETTLEMENTS, "cursor is not valid");
          }
        }
        List<SettlementEvent> found = state(shop.id()).settlementsAfter(window.from(), window.to(), after, pageSize);
        boolean more = found.size() > pageSize;
        List<SettlementEvent> items = more ? found.subList(0, pageSize) : found;
        SettlementEvent last = more ? items.get(items.size() - 1) : null;
        return new PlatformPage<>(items, last == null ? null
            : Cursors.encode(List.of(SETTLEMENTS_CURSOR, shop.id().value(), last.postedAt().toString(), last.eventId())));
      });
    }

    @Override
    public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
      return FakePlatform.this.orders(shop, window, cursor);
    }

    @Override
    public PlatformPage<PlatformListing> listings(Shop shop, @Nullable String cursor) {
      return call(Operation.LISTINGS, shop, cursor != null, pageFaults -> {
        String after = decodeSkuCursor(Operation.LISTINGS, LISTINGS_CURSOR, shop, cursor);
        return skuPage(LISTINGS_CURSOR, shop, state(shop.id()).listingPage(after, pageSize));
      });
    }

    @Override
    public Optional<PlatformListing> listing(Shop shop, String sellerSku) {
      requireNonNull(sellerSku, "sellerSku == null");
      return call(Operation.LISTING, shop, false, pageFaults -> state(shop.id()).listing(sellerSku));
    }

    @Override
    public ListingVerdict put(Shop shop, ListingSubmission submission) {
      return putListing(shop, submission);
    }

    @Override
    public ListingVerdict delete(Shop shop, String sellerSku) {
      return deleteListing(shop, sellerSku);
    }

    @Override
    public ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity) {
      return FakePlatform.this.setQuantity(shop, sellerSku, quantity);
    }

    @Override
    public ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation) {
      return FakePlatform.this.confirm(shop, confirmation);
    }

    @Override
    public PlatformPage<PlatformStock> stock(Shop shop, @Nullable String cursor) {
      return call(Operation.PLATFORM_STOCK, shop, cursor != null, pageFaults -> {
        String after = decodeSkuCursor(Operation.PLATFORM_STOCK, STOCK_CURSOR, shop, cursor);
        return skuPage(STOCK_CURSOR, shop, state(shop.id()).stockPage(after, pageSize));
      });
    }

    @Override
    public InboundPlan create(Shop shop, InboundPlanRequest request) {
      return createInboundPlan(shop, request);
    }

    @Override
    public Optional<InboundPlan> find(Shop shop, String planId) {
      return findInboundPlan(shop, planId);
    }

    @Override
    public Optional<InboundPlan> findByName(Shop shop, String name) {
      requireNonNull(name, "name == null");
      return call(Operation.FIND_INBOUND_PLAN, shop, false, pageFaults -> state(shop.id()).planNamed(name));
    }

    @Override
    public String toString() {
      return "FakePlatform[" + platform + "] capabilities";
    }
  }

  // -----------------------------------------------------------------------------------------------
  // Builder
  // -----------------------------------------------------------------------------------------------

  /**
   * Builds a {@link FakePlatform}. Each setting may be given once; a second call fails with a
   * {@link ConfigurationException}, as does {@link #build()} without a {@link #platform}. Not
   * thread-safe; build on one thread.
   */
  public static final class Builder {
    private @Nullable PlatformId platform;
    private @Nullable InstantSource clock;
    private @Nullable Integer pageSize;
    private @Nullable List<FaultPlan> faults;
    private @Nullable Long seed;
    private @Nullable Set<Class<?>> withoutCapabilities;

    private Builder() {}

    /** The platform the fake stands in for (required). */
    public Builder platform(PlatformId platform) {
      requireNonNull(platform, "platform == null");
      once("platform", this.platform);
      this.platform = platform;
      return this;
    }

    /** The time source of every time the fake records; default the system clock. */
    public Builder clock(InstantSource clock) {
      requireNonNull(clock, "clock == null");
      once("clock", this.clock);
      this.clock = clock;
      return this;
    }

    /**
     * The most items of one page of orders, listings or platform stock, 1 to {@value
     * FakePlatform#MAX_PAGE_SIZE}; default 100.
     */
    public Builder pageSize(int pageSize) {
      once("pageSize", this.pageSize);
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new ConfigurationException("pageSize must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /** The fault plans active from the start, in the order they are drawn; default none. */
    public Builder faults(FaultPlan... plans) {
      once("faults", this.faults);
      this.faults = checkedPlans(plans);
      return this;
    }

    /** The seed of the random that fault plans and shuffled pages draw from; default 0. */
    public Builder seed(long seed) {
      once("seed", this.seed);
      this.seed = seed;
      return this;
    }

    /**
     * Capabilities the fake lacks, so that it stands in for a platform without them (a Shopify
     * shop has no platform stock or inbound plans): {@link FakePlatform#capability} answers empty
     * for them.
     */
    @SafeVarargs
    public final Builder withoutCapabilities(Class<? extends Capability>... types) {
      requireNonNull(types, "types == null");
      once("withoutCapabilities", this.withoutCapabilities);
      Set<Class<?>> set = new HashSet<>();
      for (Class<? extends Capability> type : types) {
        set.add(requireNonNull(type, "type == null"));
      }
      this.withoutCapabilities = Set.copyOf(set);
      return this;
    }

    /**
     * The fake.
     *
     * @throws ConfigurationException if no platform was given
     */
    public FakePlatform build() {
      if (platform == null) {
        throw new ConfigurationException("fake platform needs a platform");
      }
      return new FakePlatform(this);
    }

    private static void once(String setting, @Nullable Object current) {
      if (current != null) {
        throw new ConfigurationException(setting + " was already set");
      }
    }
  }
}
