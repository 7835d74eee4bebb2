package dev.crossborder.erp.warehouse.putaway;

/** How fast a SKU sells, for slotting: fast movers go near the pick face. */
public enum VelocityClass {
  /** The fastest movers (class A). */
  FAST,
  /** Class B. */
  MEDIUM,
  /** The slowest movers (class C). */
  SLOW
}
