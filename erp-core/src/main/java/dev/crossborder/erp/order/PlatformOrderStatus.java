package dev.crossborder.erp.order;

/**
 * An order's state as its platform reports it, normalised across platforms by the connectors.
 * Platform-specific values the SDK does not know arrive as {@link #OTHER}.
 */
public enum PlatformOrderStatus {
  /** Placed but not paid or not yet released for fulfilment. */
  PENDING,
  /** Paid and waiting to be shipped. */
  UNSHIPPED,
  /** Some lines shipped. */
  PARTIALLY_SHIPPED,
  /** All lines shipped. */
  SHIPPED,
  /** Cancelled on the platform. */
  CANCELLED,
  /** A state the SDK does not model. */
  OTHER
}
