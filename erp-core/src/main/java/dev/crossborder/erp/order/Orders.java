package dev.crossborder.erp.order;

import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.Optional;

/**
 * The tenant's orders. Reached by {@code erp.orders()}. Thread-safe; every method runs in its own
 * transaction (or joins the caller's).
 */
public interface Orders {

  /**
   * Stores a platform order exactly once per (tenant, shop, platform order id), however often and
   * however concurrently it is imported, and applies later platform updates without losing local
   * state.
   *
   * <p>A new order starts {@code NEW} ({@code CANCELLED} if the platform already cancelled it,
   * {@code EXTERNALLY_FULFILLED} if the platform fulfils it) and emits {@code order.imported}. For a
   * stored order, data whose {@code updatedAt} is not after the stored {@code platformUpdatedAt}
   * is ignored ({@link ImportResult.Unchanged}), so a late, older copy never overwrites a newer one.
   * Newer data replaces the platform's fields (platform status, destination, fees, shipping level,
   * buyer data; the lines only while no shipment was decided, or when only their money changed) and
   * keeps local ones (status, hold, shipments). When shipments exist and the platform changed the
   * address or the lines (ids, SKUs, quantities), the order goes {@code ON_HOLD} with the reason
   * ({@code platform changed the address after allocation}); its lines, shipments and reservations
   * are kept. A platform cancellation cancels the order, releases its reservations and takes it out
   * of any merge if it has not shipped, and otherwise marks {@link
   * Order#cancelRequestedAfterShipment()} for a person to act on. It emits {@code order.updated},
   * {@code order.platform_changed} for an address, line or cancellation change (no buyer data), and
   * {@code order.status_changed} when the status changed.
   *
   * <p>Line SKUs that are not catalog SKUs but that the shop pairs with one (a paired listing or
   * the mapping table) are stored as the catalog SKU.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException if the shop does not exist
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code currency} if the order's
   *     currency is not the shop's (nothing is stored)
   */
  ImportResult importOrder(PlatformOrder order);

  /** The order with {@code id}. */
  Optional<Order> find(OrderId id);

  /** The order of {@code shop} with the platform's id {@code platformOrderId}. */
  Optional<Order> findByPlatformOrderId(ShopId shop, String platformOrderId);

  /** Orders that pass {@code query}, by purchase time then id, one page at a time. */
  Page<Order> list(OrderQuery query, PageRequest page);

  /**
   * Changes the status of the order read at {@code expectedVersion} to {@code next} (not {@code
   * ON_HOLD}: see {@link #hold}), and emits {@code order.status_changed}.
   *
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException if the state machine forbids it
   * @throws dev.crossborder.erp.store.ConcurrentUpdateException if the order changed since it was read
   */
  Order changeStatus(OrderId id, OrderStatus next, long expectedVersion);

  /** Puts the order on hold for {@code reason}. */
  Order hold(OrderId id, String reason);

  /** Cancels the order if it has not shipped, releasing the stock its shipments reserved. */
  Order cancel(OrderId id);

  /** The buyer's personal data of the order, empty once erased or if the platform withheld it. */
  Optional<BuyerDetails> buyer(OrderId id);

  /**
   * Erases the buyer's personal data of the order (on request, or when its retention ends),
   * leaving the order's money, SKUs and dates intact; emits {@code order.buyer_erased}.
   *
   * @return whether there was data to erase
   */
  boolean eraseBuyer(OrderId id);

  /**
   * Erases the buyer data of every order whose retention under {@code policy} has ended by the
   * injected clock (see {@link PiiRetention#dueAt}), as {@link #eraseBuyer} does, emitting {@code
   * order.buyer_erased} for each. Reads finished orders {@code pageSize} at a time, each page read
   * and erased in one transaction; orders already erased are skipped, so running it again erases
   * nothing new. Money, SKUs, dates, shipments and status stay as they were.
   *
   * @param pageSize orders read per transaction, 1 to {@value dev.crossborder.erp.store.PageRequest#MAX_LIMIT}
   * @return how many orders had buyer data erased
   */
  int eraseDueBuyers(PiiRetention policy, int pageSize);
}
