package dev.crossborder.erp.warehouse.putaway;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.warehouse.layout.BinCode;

/**
 * What is to be put away: units of one SKU (and lot) now in a receiving or QC bin. Immutable.
 *
 * @param sku the SKU
 * @param lot the lot, or {@code ""}
 * @param from the bin the units are in
 * @param quantity units to shelve
 * @param unitVolumeCm3 one unit's volume by the catalog, or 0 if unknown
 */
public record PutAwayRequest(SkuCode sku, String lot, BinCode from, long quantity, long unitVolumeCm3) {}
