package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies an {@link Order} within a tenant; made by the SDK's {@code IdGenerator}.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record OrderId(String value) implements TypedId {

  /** Validates the value. */
  public OrderId {
    Checks.token("orderId", value, 64);
  }

  /** Returns the id {@code value}. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
