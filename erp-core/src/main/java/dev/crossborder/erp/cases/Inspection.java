package dev.crossborder.erp.cases;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * The inspection result of one line of a return: of its units, how many go back to sellable stock
 * and how many to defective; the two must add up to the units returned on the line. Immutable.
 *
 * @param orderLineId the return's line
 * @param sellable units restocked to sellable
 * @param defective units put to defective
 */
public record Inspection(String orderLineId, long sellable, long defective) {

  /** Validates every field. */
  public Inspection {
    orderLineId = Checks.text("orderLineId", orderLineId, 100);
    Checks.nonNegative("sellable", sellable);
    Checks.nonNegative("defective", defective);
  }
}
