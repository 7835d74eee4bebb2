package dev.crossborder.erp.shop;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a {@link Shop} within a tenant.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ShopId(String value) implements TypedId {

  /** Validates the value. */
  public ShopId {
    Checks.token("shopId", value, 64);
  }

  /** Returns the shop id {@code value}. */
  public static ShopId of(String value) {
    return new ShopId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
