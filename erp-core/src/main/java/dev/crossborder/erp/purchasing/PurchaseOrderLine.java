package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.UnitAmount;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One SKU on a purchase order. Immutable.
 *
 * @param lineNo the line's number, from 1, stable for the order's life
 * @param sku the SKU
 * @param quantity units ordered, at least 1
 * @param received units received so far (may exceed the quantity if the supplier allows
 *     over-receipt)
 * @param unitPrice the price per unit, in the order's currency
 * @param neededBy the date the goods are needed by, if a shortfall asked for one
 */
public record PurchaseOrderLine(
    int lineNo, SkuCode sku, long quantity, long received, UnitAmount unitPrice, @Nullable LocalDate neededBy) {

  /** Validates every field. */
  public PurchaseOrderLine {
    Checks.positive("lineNo", lineNo);
    Checks.present("sku", sku);
    Checks.positive("quantity", quantity);
    Checks.nonNegative("received", received);
    Checks.present("unitPrice", unitPrice);
  }

  /** Units still expected: quantity − received, at least 0. */
  public long open() {
    return Math.max(0, quantity - received);
  }
}
