package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * What a lane already has or will get without a new purchase. Immutable.
 *
 * @param onHand units on hand
 * @param reserved units of on hand promised to orders
 * @param openPurchase units on open purchase orders arriving at this warehouse
 * @param inTransit units on their way to this warehouse
 */
public record StockPosition(long onHand, long reserved, long openPurchase, long inTransit) {

  /** Validates that no bucket is negative and reserved is within on hand. */
  public StockPosition {
    Checks.nonNegative("onHand", onHand);
    Checks.nonNegative("reserved", reserved);
    Checks.nonNegative("openPurchase", openPurchase);
    Checks.nonNegative("inTransit", inTransit);
    if (reserved > onHand) {
      throw new InvalidInputException("reserved", reserved, "must not exceed on hand " + onHand);
    }
  }

  /** Nothing anywhere. */
  public static StockPosition empty() {
    return new StockPosition(0, 0, 0, 0);
  }

  /**
   * The position of a ledger level: on hand, reserved, inbound as open purchase, and {@code
   * inTransit} units known to be travelling to this warehouse (the ledger records transit at the
   * source).
   */
  public static StockPosition of(StockLevel level, long inTransit) {
    return new StockPosition(level.onHand(), level.reserved(), level.inbound(), inTransit);
  }

  /** Units available now: on hand − reserved. */
  public long available() {
    return onHand - reserved;
  }

  /** The position the planner subtracts: on hand − reserved + open purchase + in transit. */
  public long total() {
    return onHand - reserved + openPurchase + inTransit;
  }
}
