package dev.crossborder.erp.finance;

/** How a warehouse values the units it issues. Set per warehouse; the default is moving average. */
public enum CostingMethod {
  /**
   * Every unit issued costs the position's current value divided by its units (rounded half-even to
   * the minor unit); the last unit takes what is left, so nothing is lost to rounding.
   */
  MOVING_AVERAGE,
  /** Units are issued from the oldest layer first, each layer at its own cost. */
  FIFO
}
