package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a purchase order within a tenant.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record PurchaseOrderId(String value) implements TypedId {

  /** Validates the value. */
  public PurchaseOrderId {
    Checks.token("purchaseOrderId", value, 64);
  }

  /** Returns the id {@code value}. */
  public static PurchaseOrderId of(String value) {
    return new PurchaseOrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
