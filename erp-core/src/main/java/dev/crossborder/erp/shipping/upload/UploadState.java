package dev.crossborder.erp.shipping.upload;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state of an {@link UploadJob}.
 *
 * <pre>
 * PENDING → SENDING (claimed by one runner, with a lease)
 * SENDING → CONFIRMED | PENDING (retry later) | FAILED | SENDING (lease expired, claimed again)
 * FAILED → PENDING (a person retries)
 * </pre>
 */
public enum UploadState {
  /** Waiting for its next attempt time. */
  PENDING,
  /** Claimed by a runner that is calling the platform; the claim ends at the lease time. */
  SENDING,
  /** The platform accepted the tracking (or already held it). Terminal. */
  CONFIRMED,
  /** Refused by the pre-check or the platform; waits for a person to fix and retry. */
  FAILED;

  /** Whether a job may change from this state to {@code next}. */
  public boolean canChangeTo(UploadState next) {
    return successors().contains(next);
  }

  private Set<UploadState> successors() {
    switch (this) {
      case PENDING:
        return EnumSet.of(SENDING);
      case SENDING:
        return EnumSet.of(SENDING, PENDING, CONFIRMED, FAILED);
      case FAILED:
        return EnumSet.of(PENDING);
      default:
        return EnumSet.noneOf(UploadState.class);
    }
  }
}
