package dev.crossborder.erp.finance;

/**
 * What a shared charge (first-leg freight, duty, a fee) is split by among the units it paid for.
 * The split is proportional to each line's share of the basis total, and whole minor units are
 * handed out by the largest remainder, so the parts always add up to the charge exactly. A basis
 * whose total is zero is refused.
 */
public enum AllocationBasis {
  /** By units. */
  QUANTITY,
  /** By gross weight of the line. */
  WEIGHT,
  /** By volume of the line. */
  VOLUME,
  /** By the line's cost value (purchase cost in the base currency) before the charge. */
  VALUE
}
