package dev.crossborder.erp.cases;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a {@link Return} within a tenant; made by the SDK's {@code IdGenerator}.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ReturnId(String value) implements TypedId {

  /** Validates the value. */
  public ReturnId {
    Checks.token("returnId", value, 64);
  }

  /** Returns the id {@code value}. */
  public static ReturnId of(String value) {
    return new ReturnId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
