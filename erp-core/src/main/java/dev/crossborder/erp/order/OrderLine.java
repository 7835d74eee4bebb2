package dev.crossborder.erp.order;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import dev.crossborder.erp.money.Money;

/**
 * One line of a platform order, with its money. All amounts are in the order's currency and
 * non-negative; the discount is subtracted. Immutable.
 *
 * @param lineId the platform's line item id, unique within the order
 * @param sku the seller SKU the platform reported
 * @param quantity units ordered
 * @param unitPrice price per unit, tax excluded
 * @param tax tax charged on the line
 * @param shipping shipping charged to the buyer for the line
 * @param discount promotions applied to the line
 */
public record OrderLine(
    String lineId,
    SkuCode sku,
    Quantity quantity,
    Money unitPrice,
    Money tax,
    Money shipping,
    Money discount) {

  /** Validates every field; amounts must be non-negative and of one currency. */
  public OrderLine {
    lineId = Checks.text("lineId", lineId, 100);
    Checks.present("sku", sku);
    Checks.present("quantity", quantity);
    nonNegative("unitPrice", unitPrice);
    nonNegative("tax", tax);
    nonNegative("shipping", shipping);
    nonNegative("discount", discount);
    for (Money m : new Money[] {tax, shipping, discount}) {
      if (!m.currency().equals(unitPrice.currency())) {
        throw new CurrencyMismatchException(unitPrice.currency(), m.currency());
      }
    }
  }

  /** A line with only a unit price (no tax, shipping or discount). */
  public static OrderLine of(String lineId, SkuCode sku, Quantity quantity, Money unitPrice) {
    Money zero = Money.zero(unitPrice.currency());
    return new OrderLine(lineId, sku, quantity, unitPrice, zero, zero, zero);
  }

  /** What the buyer paid for the line: unit price × quantity + tax + shipping − discount. */
  public Money total() {
    return unitPrice.times(quantity.value()).plus(tax).plus(shipping).minus(discount);
  }

  private static void nonNegative(String field, Money m) {
    Checks.present(field, m);
    if (m.isNegative()) {
      throw new InvalidInputException(field, m, "must not be negative");
    }
  }
}
