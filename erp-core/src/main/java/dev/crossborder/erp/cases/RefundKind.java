package dev.crossborder.erp.cases;

/** How a refund was computed. */
public enum RefundKind {
  /** The returned units' price, tax and line shipping, in full. */
  FULL,
  /** An amount the seller chose (a goodwill or partial refund). */
  PARTIAL,
  /** The full amount less a restocking fee. */
  RESTOCKING_FEE
}
