package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Units of one SKU received against a purchase order.
 *
 * @param sku the SKU
 * @param quantity units received
 */
public record ReceiptLine(SkuCode sku, Quantity quantity) {

  /** Requires both fields. */
  public ReceiptLine {
    Checks.present("sku", sku);
    Checks.present("quantity", quantity);
  }

  /** {@code quantity} units of {@code sku}. */
  public static ReceiptLine of(SkuCode sku, long quantity) {
    return new ReceiptLine(sku, Quantity.of(quantity));
  }
}
