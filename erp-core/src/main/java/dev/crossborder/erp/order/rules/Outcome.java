package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.order.OrderStatus;

/** What the pipeline decided for an order, in one word. */
public enum Outcome {
  /** Held by an audit rule. */
  HELD(OrderStatus.ON_HOLD),
  /** One warehouse ships every line. */
  ALLOCATED(OrderStatus.ALLOCATED),
  /** Several warehouses ship; lines none can cover wait as backorders. */
  SPLIT(OrderStatus.ALLOCATED),
  /** No shipment: every line waits for stock. */
  AWAITING_STOCK(OrderStatus.AWAITING_STOCK);

  private final OrderStatus status;

  Outcome(OrderStatus status) {
    this.status = status;
  }

  /** The order status routing would move the order to. */
  public OrderStatus status() {
    return status;
  }
}
