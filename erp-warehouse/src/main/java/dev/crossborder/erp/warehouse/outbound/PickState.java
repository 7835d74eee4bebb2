package dev.crossborder.erp.warehouse.outbound;

/** Where a {@link PickTask} stands. */
public enum PickState {
  /** Still to pick. */
  OPEN,
  /** Picked in full, or in part with the rest moved to another task. */
  PICKED,
  /** Cancelled: its shipment went back to the order module for lack of stock. */
  CANCELLED
}
