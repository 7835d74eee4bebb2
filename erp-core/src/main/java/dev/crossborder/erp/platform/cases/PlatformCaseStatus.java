package dev.crossborder.erp.platform.cases;

/** A case's state as the platform reports it. */
public enum PlatformCaseStatus {
  /** Open on the platform. */
  OPEN,
  /** Escalated to the platform's arbitration (an eBay case, an A-to-z claim under review). */
  ESCALATED,
  /** Closed on the platform (answered, refunded, withdrawn, decided). */
  CLOSED
}
