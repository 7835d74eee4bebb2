package dev.crossborder.erp.order.rules;

/** How a numeric condition compares the order's value with the rule's threshold. */
public enum Comparison {
  /** Strictly greater than the threshold. */
  ABOVE,
  /** Greater than or equal to the threshold. */
  AT_LEAST,
  /** Strictly less than the threshold. */
  BELOW,
  /** Less than or equal to the threshold. */
  AT_MOST;

  /** Whether {@code compareTo(actual, threshold)} (negative, zero, positive) satisfies this. */
  public boolean holds(int comparison) {
    switch (this) {
      case ABOVE:
        return comparison > 0;
      case AT_LEAST:
        return comparison >= 0;
      case BELOW:
        return comparison < 0;
      default:
        return comparison <= 0;
    }
  }
}
