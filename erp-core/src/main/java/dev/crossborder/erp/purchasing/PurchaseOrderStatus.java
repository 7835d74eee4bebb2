package dev.crossborder.erp.purchasing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a purchase order.
 *
 * <pre>
 * DRAFT → APPROVED → ORDERED → PARTIALLY_RECEIVED → RECEIVED → CLOSED
 * PARTIALLY_RECEIVED → CLOSED (closed short)
 * DRAFT | APPROVED | ORDERED → CANCELLED
 * </pre>
 *
 * <p>Approval commits the purchase: from then until receipt, cancellation or a short close, the
 * open quantities are in the ledger's inbound bucket.
 */
public enum PurchaseOrderStatus {
  /** Being put together; lines may change; nothing in the ledger. */
  DRAFT,
  /** Approved for purchase; open quantities are inbound. */
  APPROVED,
  /** Placed with the supplier. */
  ORDERED,
  /** Some goods received, some still open. */
  PARTIALLY_RECEIVED,
  /** Every line received in full. */
  RECEIVED,
  /** Finished; anything still open was cancelled from inbound. */
  CLOSED,
  /** Abandoned before any receipt; open quantities left inbound. */
  CANCELLED;

  /** Whether a purchase order in this state may move to {@code next}. */
  public boolean canBecome(PurchaseOrderStatus next) {
    return next(this).contains(next);
  }

  /** Whether the open quantities of an order in this state are in the inbound bucket. */
  public boolean isOpen() {
    return this == APPROVED || this == ORDERED || this == PARTIALLY_RECEIVED;
  }

  private static Set<PurchaseOrderStatus> next(PurchaseOrderStatus from) {
    return switch (from) {
      case DRAFT -> EnumSet.of(APPROVED, CANCELLED);
      case APPROVED -> EnumSet.of(ORDERED, CANCELLED);
      case ORDERED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CANCELLED);
      case PARTIALLY_RECEIVED -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CLOSED);
      case RECEIVED -> EnumSet.of(CLOSED);
      case CLOSED, CANCELLED -> EnumSet.noneOf(PurchaseOrderStatus.class);
    };
  }
}
