package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.catalog.SkuCode;

/**
 * Units of one SKU (and lot) in one bin. Immutable.
 *
 * @param bin the bin
 * @param sku the SKU
 * @param lot the lot or batch, or {@code ""} where lots are not used
 * @param quantity units, zero or more
 */
public record BinStock(BinCode bin, SkuCode sku, String lot, long quantity) {}
