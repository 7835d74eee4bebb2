package dev.crossborder.erp.store;

import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import java.util.Optional;

/**
 * Orders of the transaction's tenant, and their buyer data, which is stored apart so that it can
 * be erased without touching the order.
 */
public interface OrderRepository {

  /**
   * Inserts a new order at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code platformOrderId} if the shop
   *     already has an order with that platform id, or on {@code orderId} if the id exists
   */
  void insert(Order order);

  /**
   * Replaces an order if its stored version equals {@code order.version()}; returns it at the next
   * version. The shop and platform order id of a stored order never change.
   *
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such order
   */
  Order update(Order order);

  /** The order with {@code id}. */
  Optional<Order> find(OrderId id);

  /** The order of {@code shop} with the platform's id {@code platformOrderId}. */
  Optional<Order> findByPlatformOrderId(ShopId shop, String platformOrderId);

  /** Orders that pass {@code query}, ordered by purchase time, then id. */
  Page<Order> find(OrderQuery query, PageRequest page);

  /** Stores or replaces the buyer data of order {@code id}. */
  void saveBuyer(OrderId id, BuyerDetails buyer);

  /** The buyer data of order {@code id}, empty once erased. */
  Optional<BuyerDetails> findBuyer(OrderId id);

  /** Erases the buyer data of order {@code id}; returns whether there was any. */
  boolean eraseBuyer(OrderId id);
}
