package dev.crossborder.erp.catalog;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * A SKU code, unique per tenant: the seller's own code for one stock-keeping unit, as printed on
 * its label and sent to platforms as the seller SKU. 1 to 64 characters, stripped of surrounding
 * blanks; case is kept and matters.
 *
 * @param value the code
 */
public record SkuCode(String value) implements TypedId {

  /** Validates and strips the code. */
  public SkuCode {
    value = Checks.text("sku", value, 64);
  }

  /** Returns the SKU code {@code value}. */
  public static SkuCode of(String value) {
    return new SkuCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
