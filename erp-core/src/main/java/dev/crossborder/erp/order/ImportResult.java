package dev.crossborder.erp.order;

/**
 * What {@link Orders#importOrder} did with one platform order.
 */
public sealed interface ImportResult {

  /** The order as stored after the import. */
  Order order();

  /**
   * The order was new and is now stored.
   *
   * @param order the stored order
   */
  record Created(Order order) implements ImportResult {}

  /**
   * The platform's data was newer than the stored order's and was applied.
   *
   * @param order the stored order after the update
   * @param previousStatus the local status before the update
   */
  record Updated(Order order, OrderStatus previousStatus) implements ImportResult {}

  /**
   * The stored order already held this or newer platform data; nothing changed.
   *
   * @param order the stored order
   */
  record Unchanged(Order order) implements ImportResult {}
}
