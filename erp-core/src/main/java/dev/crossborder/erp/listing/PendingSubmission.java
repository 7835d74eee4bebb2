package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;

/**
 * A submission that was stored as an intent and may or may not have reached the platform: the
 * publisher writes it before calling the platform and clears it when the verdict is stored. Found
 * on resume, it means "ask the platform before sending again".
 *
 * @param id the intent's id, unique per submission
 * @param create whether the listing had no platform id when the intent was stored (a create, which
 *     must never be sent twice)
 * @param since when the intent was stored
 */
public record PendingSubmission(String id, boolean create, Instant since) {

  /** Validates. */
  public PendingSubmission {
    id = Checks.text("pending.id", id, 100);
    Checks.present("pending.since", since);
  }
}
