package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.catalog.SkuCode;

/**
 * The outcome of counting one SKU (and lot) in one bin: what the system held, what was counted,
 * and the variance recorded in the ledger as an adjustment with the count's reason. Immutable.
 *
 * @param bin the bin counted
 * @param sku the SKU
 * @param lot the lot, or {@code ""}
 * @param expected units the system held before the count
 * @param counted units counted
 */
public record CountResult(BinCode bin, SkuCode sku, String lot, long expected, long counted) {

  /** {@code counted − expected}: positive for found units, negative for missing ones. */
  public long variance() {
    return counted - expected;
  }
}
