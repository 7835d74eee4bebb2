package dev.crossborder.erp.catalog;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a {@link Product} (SPU) within a tenant.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ProductId(String value) implements TypedId {

  /** Validates the value. */
  public ProductId {
    Checks.token("productId", value, 64);
  }

  /** Returns the product id {@code value}. */
  public static ProductId of(String value) {
    return new ProductId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
