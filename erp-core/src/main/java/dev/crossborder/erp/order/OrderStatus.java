package dev.crossborder.erp.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The local processing state of an {@link Order}. Every change goes through {@link
 * #canChangeTo(OrderStatus)}; a change it refuses is an {@code IllegalTransitionException}.
 *
 * <pre>
 * NEW → ON_HOLD | AWAITING_STOCK | ALLOCATED | EXTERNALLY_FULFILLED
 * ON_HOLD → NEW | AWAITING_STOCK | ALLOCATED
 * AWAITING_STOCK → ON_HOLD | ALLOCATED
 * ALLOCATED → ON_HOLD | AWAITING_STOCK | IN_FULFILLMENT
 * IN_FULFILLMENT → ON_HOLD | AWAITING_STOCK | SHIPPED
 * SHIPPED → CONFIRMED
 * any state before SHIPPED → CANCELLED
 * </pre>
 */
public enum OrderStatus {
  /** Imported, not yet decided. */
  NEW,
  /** Held by a rule or a person (audit, address check, intercept 截单). */
  ON_HOLD,
  /** Waiting for stock (缺货, backorder). */
  AWAITING_STOCK,
  /** Stock reserved at a warehouse, shipments decided. */
  ALLOCATED,
  /** Being picked and packed. */
  IN_FULFILLMENT,
  /** Handed to the carrier. */
  SHIPPED,
  /** The platform accepted the tracking upload. Terminal. */
  CONFIRMED,
  /** Cancelled before shipping. Terminal. */
  CANCELLED,
  /** Fulfilled by the platform (FBA and the like); recorded for history and profit. Terminal. */
  EXTERNALLY_FULFILLED;

  /** Whether the state machine allows a change from this state to {@code next}. */
  public boolean canChangeTo(OrderStatus next) {
    return next != this && successors().contains(next);
  }

  /** Whether no further change is allowed. */
  public boolean isTerminal() {
    return successors().isEmpty();
  }

  /** Whether the order has not been shipped yet (so it may still be cancelled). */
  public boolean isBeforeShipment() {
    return this == NEW || this == ON_HOLD || this == AWAITING_STOCK || this == ALLOCATED
        || this == IN_FULFILLMENT;
  }

  private Set<OrderStatus> successors() {
    switch (this) {
      case NEW:
        return EnumSet.of(ON_HOLD, AWAITING_STOCK, ALLOCATED, EXTERNALLY_FULFILLED, CANCELLED);
      case ON_HOLD:
        return EnumSet.of(NEW, AWAITING_STOCK, ALLOCATED, CANCELLED);
      case AWAITING_STOCK:
        return EnumSet.of(ON_HOLD, ALLOCATED, CANCELLED);
      case ALLOCATED:
        return EnumSet.of(ON_HOLD, AWAITING_STOCK, IN_FULFILLMENT, CANCELLED);
      case IN_FULFILLMENT:
        return EnumSet.of(ON_HOLD, AWAITING_STOCK, SHIPPED, CANCELLED);
      case SHIPPED:
        return EnumSet.of(CONFIRMED);
      default:
        return EnumSet.noneOf(OrderStatus.class);
    }
  }
}
