package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a supplier within a tenant.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record SupplierId(String value) implements TypedId {

  /** Validates the value. */
  public SupplierId {
    Checks.token("supplierId", value, 64);
  }

  /** Returns the id {@code value}. */
  public static SupplierId of(String value) {
    return new SupplierId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
