package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * The planner's settings for a SKU (or a category, or all SKUs): QC days after goods are ready,
 * the review cycle (days until the next plan can order again), and the safety stock. Immutable.
 *
 * @param qcDays days of quality control between ready-to-ship and stock, at least 0
 * @param reviewDays days between two plans, at least 0
 * @param safety the safety stock rule
 */
public record PlanningParameters(int qcDays, int reviewDays, SafetyStock safety) {

  /** Validates every field. */
  public PlanningParameters {
    Checks.nonNegative("qcDays", qcDays);
    Checks.nonNegative("reviewDays", reviewDays);
    Checks.present("safety", safety);
  }
}
