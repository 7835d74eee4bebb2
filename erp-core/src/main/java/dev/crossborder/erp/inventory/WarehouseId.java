package dev.crossborder.erp.inventory;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a {@link Warehouse} within a tenant.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record WarehouseId(String value) implements TypedId {

  /** Validates the value. */
  public WarehouseId {
    Checks.token("warehouse", value, 64);
  }

  /** Returns the warehouse id {@code value}. */
  public static WarehouseId of(String value) {
    return new WarehouseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
