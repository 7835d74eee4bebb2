package dev.crossborder.erp.platform.cases;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * A line a return or cancellation request names: the platform's order line id and how many units.
 * Immutable.
 *
 * @param orderLineId the platform's line item id, as on the order
 * @param quantity units, positive
 */
public record CaseItem(String orderLineId, long quantity) {

  /** Validates every field. */
  public CaseItem {
    orderLineId = Checks.text("orderLineId", orderLineId, 100);
    Checks.positive("quantity", quantity);
  }
}
