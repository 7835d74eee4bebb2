package dev.crossborder.erp.finance;

/** Which profit figure: both are kept per order. */
public enum ProfitKind {
  /** Computed when the order shipped, with the fees the order carried then (an estimate). */
  ESTIMATE,
  /** Recomputed with the fees the platform's settlement reported. */
  ACTUAL
}
