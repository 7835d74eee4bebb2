package dev.crossborder.erp.platform.cases;

/** Who wrote a {@link CaseMessage}. */
public enum MessageAuthor {
  /** The seller (this tenant). */
  SELLER,
  /** The buyer. */
  BUYER,
  /** The platform itself (a case opened, a decision, a reminder). */
  PLATFORM
}
