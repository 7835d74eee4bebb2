package dev.crossborder.erp.cases;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * One order line of a {@link Return}: how many units come back, and once inspected how many went
 * back to sellable stock and how many to defective. Immutable.
 *
 * @param orderLineId the order line the units were sold on
 * @param sku the SKU of that line
 * @param quantity units returned, positive
 * @param sellable units restocked to sellable (0 before inspection)
 * @param defective units put to defective (0 before inspection)
 */
public record ReturnLine(String orderLineId, SkuCode sku, long quantity, long sellable, long defective) {

  /** Validates every field; the inspected units never exceed the returned ones. */
  public ReturnLine {
    orderLineId = Checks.text("orderLineId", orderLineId, 100);
    Checks.present("sku", sku);
    Checks.positive("quantity", quantity);
    Checks.nonNegative("sellable", sellable);
    Checks.nonNegative("defective", defective);
    if (sellable + defective > quantity) {
      throw new InvalidInputException(
          "sellable+defective", sellable + defective, "exceeds the " + quantity + " units returned on line " + orderLineId);
    }
  }
}
