package dev.crossborder.erp.platform;

import java.util.List;

/** What the platform did with a {@link ShipmentConfirmation}. */
public sealed interface ConfirmationResult {

  /** The platform accepted the tracking. */
  record Confirmed() implements ConfirmationResult {}

  /**
   * The platform already held this tracking number for the order (a repeat after a lost
   * answer): nothing was sent again.
   */
  record AlreadyConfirmed() implements ConfirmationResult {}

  /**
   * The platform refused the confirmation (unknown carrier code, order cancelled, lines already
   * shipped).
   *
   * @param issues what it said
   */
  record Rejected(List<PlatformIssue> issues) implements ConfirmationResult {

    /** Copies the issues. */
    public Rejected {
      issues = List.copyOf(issues);
    }
  }
}
