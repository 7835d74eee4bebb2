package dev.crossborder.erp.inventory;

import dev.crossborder.erp.catalog.SkuCode;

/**
 * The buckets of one SKU in one warehouse at one moment. Available = on hand − reserved; the
 * store guarantees {@code 0 <= reserved <= onHand} and no bucket below zero. Immutable.
 *
 * @param sku the SKU
 * @param warehouse the warehouse
 * @param onHand units physically present and sellable
 * @param reserved units of on hand promised to shipment lines
 * @param inbound units expected on open purchase orders
 * @param inTransit units that left this warehouse for another (first leg) and have not arrived
 * @param defective units present but not sellable
 */
public record StockLevel(
    SkuCode sku,
    WarehouseId warehouse,
    long onHand,
    long reserved,
    long inbound,
    long inTransit,
    long defective) {

  /** All buckets zero. */
  public static StockLevel empty(SkuCode sku, WarehouseId warehouse) {
    return new StockLevel(sku, warehouse, 0, 0, 0, 0, 0);
  }

  /** Units that can still be reserved: on hand − reserved. */
  public long available() {
    return onHand - reserved;
  }

  /** This level with {@code delta} applied (no checks; stores check). */
  public StockLevel plus(StockDelta delta) {
    return new StockLevel(
        sku,
        warehouse,
        onHand + delta.onHand(),
        reserved + delta.reserved(),
        inbound + delta.inbound(),
        inTransit + delta.inTransit(),
        defective + delta.defective());
  }

  /** Whether every bucket is non-negative and reserved does not exceed on hand. */
  public boolean isConsistent() {
    return onHand >= 0 && reserved >= 0 && inbound >= 0 && inTransit >= 0 && defective >= 0
        && reserved <= onHand;
  }
}
