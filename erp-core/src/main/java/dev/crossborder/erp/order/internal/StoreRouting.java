package dev.crossborder.erp.order.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
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
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Routing;
import dev.crossborder.erp.order.RoutingRecord;
import dev.crossborder.erp.order.RoutingResult;
import dev.crossborder.erp.order.ShortfallReport;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.order.rules.Decision;
import dev.crossborder.erp.order.rules.OrderInput;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Outcome;
import dev.crossborder.erp.order.rules.PlanLine;
import dev.crossborder.erp.order.rules.PlannedShipment;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.RuleInputException;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.PurchaseOrderLine;
import dev.crossborder.erp.purchasing.Purchasing;
import dev.crossborder.erp.purchasing.Shortfall;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.shop.Shop;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
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
  private static final int MAX_HOLD_REASON = 500;

  private final ErpContext ctx;
  private final StoreInventory inventory;
  private final Purchasing purchasing;

  /**
   * Creates the service for {@code ctx}'s tenant; reservations go through {@code inventory},
   * shortfalls to {@code purchasing}.
   */
  public StoreRouting(ErpContext ctx, StoreInventory inventory, Purchasing purchasing) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.inventory = requireNonNull(inventory, "inventory == null");
    this.purchasing = requireNonNull(purchasing, "purchasing == null");
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
    Decision decision = rules.decide(OrderInput.of(order, shop.platform()), snapshot(tx, order, context));
    last.set(decision);
    Order next;
    if (decision.plan().outcome() == Outcome.HELD) {
      next = order.hold(holdReason(decision.plan().holds()));
    } else if (decision.plan().shipments().isEmpty()) {
      next = withStatus(order, OrderStatus.AWAITING_STOCK);
    } else {
      StoreOrders.releaseReservations(inventory, tx, order);
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
      next = order.toBuilder().shipments(shipments).build().changeStatus(OrderStatus.ALLOCATED);
    }
    Order saved = save(tx, repo, order, next);
    record(tx, saved, decision, decision.explain());
    return new RoutingResult(saved, decision, attempt);
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
    String reason = String.join("; ", holds);
    return reason.length() <= MAX_HOLD_REASON ? reason : reason.substring(0, MAX_HOLD_REASON - 1) + "…";
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
    for (SkuCode sku : skus) {
      Map<WarehouseId, Long> available = new HashMap<>();
      for (StockLevel level : ledger.levels(sku)) {
        available.put(level.warehouse(), Math.max(0, level.available()));
      }
      for (Warehouse warehouse : context.warehouses()) {
        b.stock(sku, warehouse.id(), available.getOrDefault(warehouse.id(), 0L));
      }
    }
    return b.build();
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
