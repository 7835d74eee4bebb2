package dev.crossborder.erp.order;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.shop.ShopId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Routing: runs the rule pipeline over an order and applies its plan. Reached by {@code
 * erp.routing()}. Thread-safe.
 *
 * <p>{@link #route} reads the order, takes a stock snapshot from the ledger (available units of
 * each of the order's SKUs in each of the context's warehouses, replacing any stock the host's
 * context holds for them), runs {@link OrderRules#decide}, and applies the plan in one transaction:
 * a hold puts the order {@code ON_HOLD} with the rule's reason; shipments are created per warehouse
 * and their lines reserved through the inventory ledger (one reservation per shipment line, keyed
 * by {@link Shipment#reservationKey}); the order goes {@code ALLOCATED}, or {@code AWAITING_STOCK}
 * when nothing could ship. The decision's explanation is stored with the order ({@link
 * #decision}). If a reservation fails because stock moved after the snapshot, the whole transaction
 * rolls back (nothing is half-reserved, nothing oversold) and routing decides once more with a
 * fresh snapshot; if that fails too, the order goes {@code AWAITING_STOCK}.
 */
public interface Routing {

  /**
   * Routes the order {@code id} (status {@code NEW} or {@code AWAITING_STOCK}) with {@code rules}
   * over {@code context} (warehouses, distances, costs, weights; its stock is replaced by the
   * ledger's) and emits {@code order.status_changed} when its status changes. The rules see the
   * order's buyer and address keys (with the Erp's {@code BuyerHasher}), postcode, channel-selected
   * shipping level and margin (from its fees and the catalog's unit costs). A line SKU unknown to
   * the catalog (and not paired through a listing) puts the order {@code ON_HOLD} with {@code
   * unknown sku: …}. Merge candidates the rules find are applied when they can share the package
   * (see {@link Shipment#mergedWith()}); Amazon orders are never merged.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException if the order does not exist
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException if the order is in another status
   * @throws dev.crossborder.erp.order.rules.RuleInputException if the rules need data the context
   *     lacks (nothing is written)
   * @throws dev.crossborder.erp.store.ConcurrentUpdateException if the store's retries ran out under
   *     contention (nothing is written; routing the order again is safe)
   */
  RoutingResult route(OrderId id, OrderRules rules, RuleContext context);

  /**
   * Routes up to {@code limit} orders of {@code shop} that are still {@code NEW}, oldest purchase
   * first, each as {@link #route} does; this is what routing on import ({@code
   * Erp.Builder.routingOnImport}) calls after every page the sync stored. Never throws for one
   * order: an order whose routing fails (rules lacking data, a store conflict whose retries ran out)
   * stays {@code NEW} for the next call, the failure is logged (order id and the typed error, no
   * buyer data) and emitted once per distinct error as {@code order.routing_failed}. An order
   * another caller routed meanwhile is skipped, so calling it again is safe (idempotent).
   *
   * @return the result of each order routed, in the order they were routed
   */
  List<RoutingResult> routeNew(ShopId shop, OrderRules rules, RuleContext context, int limit);

  /**
   * Routes again up to {@code limit} orders waiting in {@code AWAITING_STOCK}, oldest purchase first
   * (then by id), so that stock that arrived goes to the orders that waited longest. Call it after
   * a receipt or an adjustment (for example from an event listener on {@code stock.moved}).
   *
   * @return the result of each order routed, in the order they were routed
   */
  List<RoutingResult> releaseBacklog(OrderRules rules, RuleContext context, int limit);

  /**
   * Drafts purchase-order lines for the stock that orders in {@code AWAITING_STOCK} wait for and
   * nothing covers yet. Per SKU of those orders, in one transaction: missing = units on the waiting
   * orders' lines − (available + inbound, summed over every warehouse of the ledger) − units already
   * on drafts for {@code warehouse} (the drafts of the suppliers offering the SKU). A positive
   * missing quantity goes to {@link dev.crossborder.erp.purchasing.Purchasing#addShortfall} for
   * {@code warehouse}, needed by {@code neededBy}; so calling this again for the same backlog adds
   * nothing. Inbound is what approved and ordered purchase orders still expect, so an open order
   * covering the need drafts nothing. Routing never calls this itself: call it after {@link #route}
   * or {@link #releaseBacklog} left orders waiting, from one caller at a time: on a SQL store two
   * concurrent calls adding to an existing draft can both add the same units.
   *
   * @return the shortfalls drafted and the SKUs no supplier offers (reported, not thrown)
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code warehouse} if it is unknown
   */
  ShortfallReport raiseShortfalls(WarehouseId warehouse, LocalDate neededBy);

  /** The last routing decision stored for the order {@code id}. */
  Optional<RoutingRecord> decision(OrderId id);
}
