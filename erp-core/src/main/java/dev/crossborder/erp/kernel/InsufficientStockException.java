package dev.crossborder.erp.kernel;

import static java.util.Objects.requireNonNull;

/**
 * A reservation or stock movement was refused because it would reserve more than is available or
 * take a bucket below zero. Nothing of the command was written.
 */
public class InsufficientStockException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final String sku;
  private final String warehouse;
  private final long requested;

  /**
   * Creates the error for a request of {@code requested} units of {@code sku} at {@code
   * warehouse} that the stock could not satisfy.
   */
  public InsufficientStockException(String sku, String warehouse, long requested) {
    super(
        ErrorCode.INSUFFICIENT_STOCK,
        "quantity",
        requested + " of " + requireNonNull(sku, "sku == null") + " at " + warehouse,
        "exceeds stock");
    this.sku = sku;
    this.warehouse = requireNonNull(warehouse, "warehouse == null");
    this.requested = requested;
  }

  /** The SKU code that lacked stock. */
  public String sku() {
    return sku;
  }

  /** The warehouse id that lacked stock. */
  public String warehouse() {
    return warehouse;
  }

  /** The quantity that was asked for. */
  public long requested() {
    return requested;
  }
}
