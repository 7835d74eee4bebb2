package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.catalog.SkuCode;

/**
 * A completed move of units between two bins. Immutable.
 *
 * @param from the bin the units left
 * @param to the bin they went to
 * @param sku the SKU
 * @param lot the lot, or {@code ""}
 * @param quantity units moved
 */
public record MoveResult(BinCode from, BinCode to, SkuCode sku, String lot, long quantity) {}
