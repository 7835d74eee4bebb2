package dev.crossborder.erp.listing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a listing stands with its platform. Every change goes through {@link #canChangeTo}.
 *
 * <pre>
 * DRAFT → SUBMITTED | LIVE | REJECTED | INACTIVE
 * SUBMITTED → LIVE | REJECTED | INACTIVE | SUBMITTED (re-submitted)
 * LIVE → SUBMITTED | REJECTED | INACTIVE | LIVE
 * REJECTED → DRAFT | SUBMITTED | LIVE | INACTIVE | REJECTED
 * INACTIVE → DRAFT | SUBMITTED | LIVE | REJECTED | INACTIVE
 * </pre>
 *
 * <p>A draft goes straight to LIVE or REJECTED when the platform answers synchronously or when a
 * listing is imported with its platform state; edits of a live listing go through SUBMITTED again.
 */
public enum ListingStatus {
  /** Rendered locally, not sent (or held back by a validation problem). */
  DRAFT,
  /** Accepted by the platform, which has not said yet whether it is buyable. */
  SUBMITTED,
  /**
   * Accepted and held by the platform, not refused: buyable, or buyable as soon as the stock push
   * gives it a quantity.
   */
  LIVE,
  /** Refused or suppressed by the platform, or refused by local validation; see the issues. */
  REJECTED,
  /** Deactivated (deleted or ended) by the seller, or imported in a state the platform calls not buyable. */
  INACTIVE;

  /** Whether a listing in this state may change to {@code next}. */
  public boolean canChangeTo(ListingStatus next) {
    return allowed().contains(next);
  }

  private Set<ListingStatus> allowed() {
    return switch (this) {
      case DRAFT -> EnumSet.of(DRAFT, SUBMITTED, LIVE, REJECTED, INACTIVE);
      case SUBMITTED -> EnumSet.of(SUBMITTED, LIVE, REJECTED, INACTIVE);
      case LIVE -> EnumSet.of(SUBMITTED, LIVE, REJECTED, INACTIVE);
      case REJECTED -> EnumSet.of(DRAFT, SUBMITTED, LIVE, REJECTED, INACTIVE);
      case INACTIVE -> EnumSet.of(DRAFT, SUBMITTED, LIVE, REJECTED, INACTIVE);
    };
  }
}
