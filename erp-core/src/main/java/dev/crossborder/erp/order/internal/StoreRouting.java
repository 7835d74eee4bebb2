package dev.crossborder.erp.order.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.ReservationLine;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.internal.StoreInventory;
import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InsufficientStockException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.ExchangeRateProvider;
import dev.crossborder.erp.money.FixedExchangeRates;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Routing;
import dev.crossborder.erp.order.RoutingRecord;
import dev.crossborder.erp.order.RoutingResult;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.order.ShortfallReport;
import dev.crossborder.erp.order.rules.BuyerHasher;
import dev.crossborder.erp.order.rules.Decision;
import dev.crossborder.erp.order.rules.FiredRule;
import dev.crossborder.erp.order.rules.OrderInput;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Outcome;
import dev.crossborder.erp.order.rules.Plan;
import dev.crossborder.erp.order.rules.PlanLine;
import dev.crossborder.erp.order.rules.PlannedShipment;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleInputException;
import dev.crossborder.erp.order.rules.Stage;
import dev.crossborder.erp.order.rules.StageTrace;
import dev.crossborder.erp.order.rules.internal.Act;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.PurchaseOrderLine;
import dev.crossborder.erp.purchasing.Purchasing;
import dev.crossborder.erp.purchasing.Shortfall;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.PurchasingRepository;
import dev.crossborder.erp.store.RoutingRepository;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.WarehouseRepository;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Routing} over the store: decides with a ledger snapshot, then writes shipments,
 * reservations, status and the decision in one transaction. Thread-safe.
 */
public final class StoreRouting implements Routing {
  private static final Logger LOG = LoggerFactory.getLogger(StoreRouting.class);
  /** Decisions per {@link #route} call: the first, and one more after stock moved under it. */
  private static final int DECISIONS = 2;

  /** The most failing orders whose last reported error is remembered. */
  private static final int MAX_REPORTED = 10_000;

  /** The most open orders read as merge candidates for one order. */
  private static final int MERGE_CANDIDATES = PageRequest.MAX_LIMIT;

  private final ErpContext ctx;
  private final StoreInventory inventory;
  private final Purchasing purchasing;
  private final @Nullable BuyerHasher hasher;
  private final ExchangeRateProvider rates;
  /** The last routing error reported per order, so a retried failure is reported once. */
  private final Map<OrderId, String> reported = new ConcurrentHashMap<>();

  /**
   * Creates the service for {@code ctx}'s tenant without buyer keys or exchange rates; reservations
   * go through {@code inventory}, shortfalls to {@code purchasing}.
   */
  public StoreRouting(ErpContext ctx, StoreInventory inventory, Purchasing purchasing) {
    this(ctx, inventory, purchasing, null, FixedExchangeRates.empty());
  }

  /**
   * Creates the service for {@code ctx}'s tenant; buyers and addresses are hashed for the rules by
   * {@code hasher} (none: no buyer keys, so no buyer conditions and no merges), and SKU costs in
   * another currency than the order are converted with {@code rates} for the margin.
   */
  public StoreRouting(
      ErpContext ctx,
      StoreInventory inventory,
      Purchasing purchasing,
      @Nullable BuyerHasher hasher,
      ExchangeRateProvider rates) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.inventory = requireNonNull(inventory, "inventory == null");
    this.purchasing = requireNonNull(purchasing, "purchasing == null");
    this.hasher = hasher;
    this.rates = requireNonNull(rates, "rates == null");
  }

  @Override
  public RoutingResult route(OrderId id, OrderRules rules, RuleContext context) {
    requireNonNull(id, "id == null");
    requireNonNull(rules, "rules == null");
    requireNonNull(context, "context == null");
    AtomicReference<Decision> last = new AtomicReference<>();
    InsufficientStockException moved = null;
    for (int attempt = 1; attempt <= DECISIONS; attempt++) {
      int n = attempt;
      try {
        return ctx.tx(tx -> decideAndApply(tx, id, rules, context, last, n));
      } catch (InsufficientStockException e) {
        // Stock moved between the snapshot and the reservation: the transaction rolled back whole.
        moved = e;
      }
    }
    InsufficientStockException cause = requireNonNull(moved);
    return ctx.tx(tx -> awaitStock(tx, id, requireNonNull(last.get()), cause));
  }

  private RoutingResult decideAndApply(
      StoreTransaction tx, OrderId id, OrderRules rules, RuleContext context, AtomicReference<Decision> last, int attempt) {
    OrderRepository repo = tx.repository(OrderRepository.class);
    Order order = routable(repo, id);
    Shop shop =
        tx.repository(ShopRepository.class)
            .find(order.shopId())
            .orElseThrow(() -> new NotFoundException("shopId", order.shopId()));
    // A seller SKU paired after the import is resolved now; one nobody knows holds the order.
    List<OrderLine> resolved = StoreOrders.resolveSkus(tx, order.shopId(), order.lines());
    Order base = resolved == order.lines() ? order : order.toBuilder().lines(resolved).build();
    Map<SkuCode, Optional<Sku>> catalog = catalogSkus(tx, base);
    List<SkuCode> unknown = unknownSkus(tx, catalog);
    if (!unknown.isEmpty()) {
      Decision decision = unknownSkuDecision(rules, base, unknown);
      last.set(decision);
      Order saved = save(tx, repo, order, base.hold(decision.plan().holds().get(0)));
      record(tx, saved, decision, decision.explain());
      return new RoutingResult(saved, decision, attempt);
    }
    OrderInput input = input(repo, base, shop, catalog);
    RuleContext snapshot = withMergeCandidates(tx, repo, rules, input, snapshot(tx, base, context));
    Decision decision = rules.decide(input, snapshot);
    last.set(decision);
    Order next;
    String merges = "";
    List<Order> partners = List.of();
    if (decision.plan().outcome() == Outcome.HELD) {
      next = base.hold(holdReason(decision.plan().holds()));
    } else if (decision.plan().shipments().isEmpty()) {
      next = withStatus(base, OrderStatus.AWAITING_STOCK);
    } else {
      StoreOrders.releaseReservations(inventory, tx, order);
      MergeLinks.unlink(ctx, tx, order);
      List<Shipment> shipments = new ArrayList<>();
      for (PlannedShipment planned : decision.plan().shipments()) {
        Shipment shipment = shipment(planned);
        List<ReservationLine> lines = new ArrayList<>();
        for (ShipmentLine line : shipment.lines()) {
          lines.add(new ReservationLine(shipment.reservationKey(line), line.sku(), shipment.warehouse(), line.quantity()));
        }
        // In tx: a refusal rolls back every shipment of the order. The snapshot read these levels in
        // tx and the keys carry a new shipment id, so the checks of the public reserve are skipped.
        inventory.reserveNew(tx, lines);
        shipments.add(shipment);
      }
      Merge merge = merge(repo, base.id(), shipments, decision.plan().mergeWith());
      merges = merge.explanation();
      partners = merge.partners();
      next = base.toBuilder().shipments(merge.shipments()).build().changeStatus(OrderStatus.ALLOCATED);
    }
    Order saved = save(tx, repo, order, next);
    for (Order partner : partners) {
      Order linked = repo.update(partner);
      MergeLinks.emitMerged(ctx, tx, linked, "order " + saved.id() + " joined the package");
    }
    if (!partners.isEmpty()) {
      MergeLinks.emitMerged(ctx, tx, saved, "merged by rule set " + decision.ruleSetId());
    }
    record(tx, saved, decision, decision.explain() + merges);
    reported.remove(id);
    return new RoutingResult(saved, decision, attempt);
  }

  /** The catalog SKU of each SKU of {@code order}'s lines (empty where the catalog has none), read once. */
  private static Map<SkuCode, Optional<Sku>> catalogSkus(StoreTransaction tx, Order order) {
    CatalogRepository catalog = tx.repository(CatalogRepository.class);
    Map<SkuCode, Optional<Sku>> skus = new LinkedHashMap<>();
    for (OrderLine line : order.lines()) {
      skus.computeIfAbsent(line.sku(), catalog::findSku);
    }
    return skus;
  }

  /** The SKUs among {@code skus} that are neither a catalog SKU nor a bundle, in line order. */
  private static List<SkuCode> unknownSkus(StoreTransaction tx, Map<SkuCode, Optional<Sku>> skus) {
    CatalogRepository catalog = tx.repository(CatalogRepository.class);
    List<SkuCode> unknown = new ArrayList<>();
    for (Map.Entry<SkuCode, Optional<Sku>> sku : skus.entrySet()) {
      if (sku.getValue().isEmpty() && catalog.findBundle(sku.getKey()).isEmpty()) {
        unknown.add(sku.getKey());
      }
    }
    return unknown;
  }

  /** The decision that holds an order whose lines name SKUs the catalog does not know. */
  private static Decision unknownSkuDecision(OrderRules rules, Order order, List<SkuCode> unknown) {
    String skus = unknown.stream().map(SkuCode::value).collect(java.util.stream.Collectors.joining(", "));
    String reason = holdReason(List.of(UNKNOWN_SKU + skus + " (not in the catalog and not paired through a listing)"));
    StageTrace audit =
        new StageTrace(
            Stage.AUDIT,
            List.of(new FiredRule("erp:unknown-sku", 1, "hold(\"" + UNKNOWN_SKU.strip() + "\")", Map.of("skus", skus))),
            List.of(),
            List.of(),
            "held: " + reason);
    return new Decision(
        order.id(),
        rules.ruleSet().id(),
        rules.ruleSet().version(),
        List.of(audit),
        new Plan(Outcome.HELD, List.of(reason), List.of(), List.of(), List.of()));
  }

  /** The hold reason's prefix for an order with SKUs the catalog does not know. */
  static final String UNKNOWN_SKU = "unknown sku: ";

  /**
   * The order as the rules see it: platform, channel-selected shipping level, the buyer's and the
   * address's keys (when a hasher is configured) and the postcode from the stored buyer details,
   * and the margin when every SKU's cost is known.
   */
  private OrderInput input(OrderRepository repo, Order order, Shop shop, Map<SkuCode, Optional<Sku>> catalog) {
    OrderInput.Builder b =
        OrderInput.builder(order, shop.platform()).shippingLevel(order.shippingLevel().orElse(null));
    repo.findBuyer(order.id())
        .ifPresent(
            buyer -> {
              if (hasher != null) {
                b.buyer(hasher, buyer);
              } else {
                b.postcode(buyer.shipTo().postalCode());
              }
            });
    margin(order, catalog).ifPresent(b::margin);
    return b.build();
  }

  /**
   * The order's margin in its currency: what the buyer paid without tax (unit price × quantity +
   * shipping − discount per line) − the platform's fees − the catalog unit cost × quantity per line
   * (converted at the purchase date's rate when the cost is in another currency). Empty if a SKU has
   * no cost or no rate is known.
   */
  private Optional<Money> margin(Order order, Map<SkuCode, Optional<Sku>> catalog) {
    Money margin = order.platformFees().negate();
    for (OrderLine line : order.lines()) {
      margin = margin.plus(line.unitPrice().times(line.quantity().value())).plus(line.shipping()).minus(line.discount());
      Optional<UnitAmount> unitCost = catalog.getOrDefault(line.sku(), Optional.empty()).flatMap(Sku::unitCost);
      if (unitCost.isEmpty()) {
        return Optional.empty();
      }
      Money cost = unitCost.get().times(line.quantity().value()).toMoney(RoundingMode.HALF_EVEN);
      if (!cost.currency().equals(order.currency())) {
        LocalDate day = LocalDate.ofInstant(order.purchasedAt(), ZoneOffset.UTC);
        Optional<ExchangeRate> rate = rates.rate(cost.currency(), order.currency(), day);
        if (rate.isEmpty()) {
          return Optional.empty();
        }
        cost = rate.get().convert(cost, RoundingMode.HALF_EVEN);
      }
      margin = margin.minus(cost);
    }
    return Optional.of(margin);
  }

  /**
   * {@code context} with the open orders of the same shop that could merge with {@code input}: read
   * only when the rules have a merge rule and the order has buyer and address keys, within the
   * longest merge window of the rules around its purchase (at most {@value #MERGE_CANDIDATES}
   * orders), each with its hashed keys. Amazon orders are never merged (see docs/routing.md).
   */
  private RuleContext withMergeCandidates(
      StoreTransaction tx, OrderRepository repo, OrderRules rules, OrderInput input, RuleContext context) {
    RuleContext.Builder b = context.toBuilder().forbidMerge(PlatformId.AMAZON);
    Optional<Duration> window = mergeWindow(rules);
    BuyerHasher h = hasher;
    if (window.isEmpty() || h == null || input.buyerKey().isEmpty() || input.addressKey().isEmpty()) {
      return b.build();
    }
    Order order = input.order();
    OrderQuery open =
        OrderQuery.all()
            .withShop(order.shopId())
            .withStatuses(OrderStatus.NEW, OrderStatus.ON_HOLD, OrderStatus.AWAITING_STOCK, OrderStatus.ALLOCATED)
            .purchasedBetween(order.purchasedAt().minus(window.get()), order.purchasedAt().plus(window.get()).plusMillis(1));
    List<OrderInput> candidates = new ArrayList<>();
    for (Order other : repo.find(open, PageRequest.first(MERGE_CANDIDATES)).items()) {
      if (other.id().equals(order.id())) {
        continue;
      }
      repo.findBuyer(other.id())
          .ifPresent(buyer -> candidates.add(OrderInput.builder(other, input.platform()).buyer(h, buyer).build()));
    }
    return b.openOrders(candidates).build();
  }

  /** The longest window of the rules' merge actions, if they have any. */
  private static Optional<Duration> mergeWindow(OrderRules rules) {
    Duration longest = null;
    for (Rule rule : rules.ruleSet().rules(Stage.SPLIT_MERGE)) {
      if (rule.action() instanceof Act.Merge merge && (longest == null || merge.window().compareTo(longest) > 0)) {
        longest = merge.window();
      }
    }
    return Optional.ofNullable(longest);
  }

  /** The shipments after merging, the partner orders to save with their new links, and the trace text. */
  private record Merge(List<Shipment> shipments, List<Order> partners, String explanation) {}

  /**
   * Links the order's single shipment with the shipments of the candidates that can share its
   * package: each candidate {@code ALLOCATED} (not yet in fulfilment) with one shipment from the
   * same warehouse with the same shipping method; the candidates' existing packages join too. Every
   * member's shipment lists every other member. Anything else is not merged, with the reason.
   */
  private static Merge merge(OrderRepository repo, OrderId self, List<Shipment> shipments, List<OrderId> candidates) {
    if (candidates.isEmpty()) {
      return new Merge(shipments, List.of(), "");
    }
    StringBuilder why = new StringBuilder("\nmerge:");
    if (shipments.size() != 1) {
      why.append(" not applied: the order ships in ").append(shipments.size()).append(" shipments");
      return new Merge(shipments, List.of(), why.toString());
    }
    Shipment mine = shipments.get(0);
    Map<OrderId, Order> members = new LinkedHashMap<>();
    for (OrderId candidate : candidates) {
      Optional<Order> found = repo.find(candidate);
      String refused = found.isEmpty() ? "not found" : refusal(found.get(), mine);
      if (refused != null) {
        why.append("\n  not merged with ").append(candidate).append(": ").append(refused);
        continue;
      }
      Order other = found.get();
      members.put(other.id(), other);
      for (OrderId more : other.shipments().get(0).mergedWith()) {
        if (!more.equals(self) && !members.containsKey(more)) {
          repo.find(more).filter(o -> refusal(o, mine) == null).ifPresent(o -> members.put(o.id(), o));
        }
      }
    }
    if (members.isEmpty()) {
      return new Merge(shipments, List.of(), why.toString());
    }
    List<Order> partners = new ArrayList<>();
    for (Order member : members.values()) {
      List<OrderId> links = new ArrayList<>();
      links.add(self);
      members.keySet().stream().filter(k -> !k.equals(member.id())).forEach(links::add);
      Shipment theirs = member.shipments().get(0).withMergedWith(links);
      partners.add(member.toBuilder().shipments(List.of(theirs)).build());
    }
    why.append(" ships in one package with ").append(members.keySet()).append(" from ").append(mine.warehouse());
    return new Merge(List.of(mine.withMergedWith(List.copyOf(members.keySet()))), partners, why.toString());
  }

  /** Why {@code other} cannot share the package of {@code mine}, or {@code null} if it can. */
  private static @Nullable String refusal(Order other, Shipment mine) {
    if (other.status() != OrderStatus.ALLOCATED) {
      return "status " + other.status();
    }
    if (other.shipments().size() != 1) {
      return other.shipments().size() + " shipments";
    }
    Shipment theirs = other.shipments().get(0);
    if (!theirs.warehouse().equals(mine.warehouse())) {
      return "ships from " + theirs.warehouse();
    }
    if (!java.util.Objects.equals(theirs.shippingMethod(), mine.shippingMethod())) {
      return "ships with " + theirs.shippingMethod() + ", not " + mine.shippingMethod();
    }
    return null;
  }

  private RoutingResult awaitStock(StoreTransaction tx, OrderId id, Decision decision, InsufficientStockException cause) {
    OrderRepository repo = tx.repository(OrderRepository.class);
    Order order = routable(repo, id);
    Order saved = save(tx, repo, order, withStatus(order, OrderStatus.AWAITING_STOCK));
    record(
        tx,
        saved,
        decision,
        decision.explain() + "\nnot applied: stock moved under " + DECISIONS + " decisions (" + cause.getMessage()
            + "); waiting for stock");
    return new RoutingResult(saved, decision, DECISIONS);
  }

  private static Order routable(OrderRepository repo, OrderId id) {
    Order order = repo.find(id).orElseThrow(() -> new NotFoundException("orderId", id));
    if (order.status() != OrderStatus.NEW && order.status() != OrderStatus.AWAITING_STOCK) {
      throw new IllegalTransitionException("status", order.status(), OrderStatus.ALLOCATED);
    }
    return order;
  }

  private static Order withStatus(Order order, OrderStatus status) {
    return order.status() == status ? order : order.changeStatus(status);
  }

  private Order save(StoreTransaction tx, OrderRepository repo, Order before, Order next) {
    if (next == before) {
      return before;
    }
    Order saved = repo.update(next);
    if (saved.status() != before.status()) {
      StoreOrders.emitStatusChange(ctx, tx, saved, before.status());
    }
    return saved;
  }

  private void record(StoreTransaction tx, Order order, Decision decision, String explanation) {
    tx.repository(RoutingRepository.class)
        .save(
            new RoutingRecord(
                order.id(), decision.ruleSetId(), decision.ruleSetVersion(), order.status(), explanation, ctx.clock().instant()));
  }

  private Shipment shipment(PlannedShipment planned) {
    List<ShipmentLine> lines = new ArrayList<>();
    for (PlanLine line : planned.lines()) {
      lines.add(new ShipmentLine(line.lineId(), line.sku(), Quantity.of(line.quantity())));
    }
    return new Shipment(ShipmentId.of(ctx.ids().nextId()), planned.warehouse(), planned.shippingMethod(), lines, List.of());
  }

  private static String holdReason(List<String> holds) {
    return StoreOrders.cut(String.join("; ", holds));
  }

  /**
   * {@code context} with its stock of the order's SKUs replaced by what the ledger has available
   * in each of the context's warehouses (0 where nothing moved), read in {@code tx}.
   */
  private static RuleContext snapshot(StoreTransaction tx, Order order, RuleContext context) {
    InventoryRepository ledger = tx.repository(InventoryRepository.class);
    Set<SkuCode> skus = new LinkedHashSet<>();
    for (OrderLine line : order.lines()) {
      skus.add(line.sku());
    }
    RuleContext.Builder b = context.toBuilder();
    Map<SkuCode, Map<WarehouseId, Long>> available = new HashMap<>();
    for (StockLevel level : ledger.levels(skus)) { // one read for all of the order's SKUs
      available.computeIfAbsent(level.sku(), k -> new HashMap<>()).put(level.warehouse(), Math.max(0, level.available()));
    }
    for (SkuCode sku : skus) {
      Map<WarehouseId, Long> ofSku = available.getOrDefault(sku, Map.of());
      for (Warehouse warehouse : context.warehouses()) {
        b.stock(sku, warehouse.id(), ofSku.getOrDefault(warehouse.id(), 0L));
      }
    }
    return b.build();
  }

  @Override
  public List<RoutingResult> routeNew(ShopId shop, OrderRules rules, RuleContext context, int limit) {
    requireNonNull(shop, "shop == null");
    requireNonNull(rules, "rules == null");
    requireNonNull(context, "context == null");
    if (limit < 1) {
      throw new InvalidInputException("limit", limit, "must be at least 1");
    }
    OrderQuery fresh = OrderQuery.all().withShop(shop).withStatuses(OrderStatus.NEW);
    List<RoutingResult> results = new ArrayList<>();
    PageRequest request = PageRequest.first(Math.min(limit, PageRequest.MAX_LIMIT));
    int tried = 0;
    while (tried < limit) {
      PageRequest pageRequest = request;
      Page<Order> page = ctx.tx(tx -> tx.repository(OrderRepository.class).find(fresh, pageRequest));
      for (Order order : page.items()) {
        if (tried++ >= limit) {
          break;
        }
        try {
          results.add(route(order.id(), rules, context));
        } catch (IllegalTransitionException e) {
          reported.remove(order.id()); // routed, held or cancelled by another caller meanwhile
        } catch (RuntimeException e) {
          reportFailure(order, e);
        }
      }
      if (!page.hasNext()) {
        break;
      }
      request = request.next(page);
    }
    return results;
  }

  /** Logs and emits {@code order.routing_failed}, once per order and distinct error. */
  private void reportFailure(Order order, RuntimeException e) {
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    if (reported.size() >= MAX_REPORTED) {
      reported.clear(); // orders cancelled while failing never clear their entry; report again rather than grow
    }
    if (error.equals(reported.put(order.id(), error))) {
      return;
    }
    LOG.warn("routing order {} on import failed, it stays NEW: {}", order.id(), error);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("orderId", order.id());
    payload.put("shopId", order.shopId());
    payload.put("error", error);
    try {
      ctx.tx(
          tx -> {
            ctx.emit(tx, "order", order.id().value(), EventTypes.ORDER_ROUTING_FAILED, payload);
            return null;
          });
    } catch (RuntimeException again) {
      reported.remove(order.id()); // report it on the next attempt
      LOG.warn("recording the routing failure of order {} failed: {}", order.id(), again.getClass().getSimpleName());
    }
  }

  @Override
  public List<RoutingResult> releaseBacklog(OrderRules rules, RuleContext context, int limit) {
    requireNonNull(rules, "rules == null");
    requireNonNull(context, "context == null");
    if (limit < 1) {
      throw new InvalidInputException("limit", limit, "must be at least 1");
    }
    OrderQuery waiting = OrderQuery.all().withStatuses(OrderStatus.AWAITING_STOCK);
    List<RoutingResult> results = new ArrayList<>();
    PageRequest request = PageRequest.first(Math.min(limit, PageRequest.MAX_LIMIT));
    while (results.size() < limit) {
      PageRequest pageRequest = request;
      Page<Order> page = ctx.tx(tx -> tx.repository(OrderRepository.class).find(waiting, pageRequest));
      for (Order order : page.items()) {
        if (results.size() >= limit) {
          break;
        }
        rerouted(order.id(), rules, context).ifPresent(results::add);
      }
      if (!page.hasNext()) {
        break;
      }
      request = request.next(page);
    }
    return results;
  }

  /** Routes a waiting order again; empty if another caller moved it meanwhile or its rules failed. */
  private Optional<RoutingResult> rerouted(OrderId id, OrderRules rules, RuleContext context) {
    try {
      return Optional.of(route(id, rules, context));
    } catch (IllegalTransitionException e) {
      return Optional.empty();
    } catch (RuleInputException e) {
      // One order whose rules lack data must not block the backlog; the error names field and value.
      LOG.warn("order {} stays waiting for stock: {}", id, e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public ShortfallReport raiseShortfalls(WarehouseId warehouse, LocalDate neededBy) {
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(neededBy, "neededBy == null");
    // One transaction: what is missing is read where it is drafted (addShortfall joins it), so a
    // concurrent caller's draft makes this one retry and see it, not draft the units twice.
    return ctx.tx(
        tx -> {
          tx.repository(WarehouseRepository.class)
              .find(warehouse)
              .orElseThrow(() -> new NotFoundException("warehouse", warehouse));
          List<Shortfall> raised = new ArrayList<>();
          List<PurchaseOrderId> drafts = new ArrayList<>();
          List<SkuCode> withoutOffer = new ArrayList<>();
          for (Map.Entry<SkuCode, Long> waiting : waitingUnits(tx).entrySet()) {
            SkuCode sku = waiting.getKey();
            List<SupplierOffer> offers = tx.repository(PurchasingRepository.class).offers(sku);
            long missing = waiting.getValue() - covered(tx, sku, offers, warehouse);
            if (missing <= 0) {
              continue;
            }
            if (offers.isEmpty()) {
              withoutOffer.add(sku);
              continue;
            }
            Shortfall shortfall = new Shortfall(sku, Quantity.of(missing), neededBy, warehouse);
            drafts.add(purchasing.addShortfall(shortfall).id());
            raised.add(shortfall);
          }
          return new ShortfallReport(raised, drafts, withoutOffer);
        });
  }

  /** Units per SKU on the lines of every order in {@code AWAITING_STOCK}, in SKU order of first sight. */
  private static Map<SkuCode, Long> waitingUnits(StoreTransaction tx) {
    OrderRepository repo = tx.repository(OrderRepository.class);
    OrderQuery waiting = OrderQuery.all().withStatuses(OrderStatus.AWAITING_STOCK);
    Map<SkuCode, Long> units = new LinkedHashMap<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    while (true) {
      Page<Order> page = repo.find(waiting, request);
      for (Order order : page.items()) {
        for (OrderLine line : order.lines()) {
          units.merge(line.sku(), line.quantity().value(), Long::sum);
        }
      }
      if (!page.hasNext()) {
        return units;
      }
      request = request.next(page);
    }
  }

  /**
   * Units of {@code sku} that already answer a need: available and inbound in every warehouse,
   * plus what the drafts of its suppliers for {@code warehouse} hold.
   */
  private static long covered(StoreTransaction tx, SkuCode sku, List<SupplierOffer> offers, WarehouseId warehouse) {
    long covered = 0;
    for (StockLevel level : tx.repository(InventoryRepository.class).levels(sku)) {
      covered += Math.max(0, level.available()) + level.inbound();
    }
    PurchasingRepository purchases = tx.repository(PurchasingRepository.class);
    for (SupplierOffer offer : offers) {
      covered +=
          purchases
              .findDraft(offer.supplier(), warehouse)
              .flatMap(draft -> draft.line(sku))
              .map(PurchaseOrderLine::quantity)
              .orElse(0L);
    }
    return covered;
  }

  @Override
  public Optional<RoutingRecord> decision(OrderId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(RoutingRepository.class).find(id));
  }
}
