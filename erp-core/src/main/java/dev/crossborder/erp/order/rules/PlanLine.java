package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.catalog.SkuCode;

/**
 * An order line's units in a plan.
 *
 * @param lineId the order line's id
 * @param sku the SKU
 * @param quantity the units
 */
public record PlanLine(String lineId, SkuCode sku, long quantity) {
  @Override
  public String toString() {
    return lineId + ":" + quantity + "×" + sku;
  }
}
