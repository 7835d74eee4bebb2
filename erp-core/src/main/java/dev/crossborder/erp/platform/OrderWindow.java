package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;

/**
 * The orders to read: those created or last updated at or after {@code from} and before {@code
 * to}, by the platform's own last-update time. The sync engine chooses windows that overlap (the
 * platforms publish changes with a lag); connectors return what the platform returns for the
 * window and leave deduplication to the import, which stores each order once.
 *
 * @param from inclusive lower bound
 * @param to exclusive upper bound, after {@code from}
 */
public record OrderWindow(Instant from, Instant to) {

  /** Refuses an empty or inverted window. */
  public OrderWindow {
    Checks.present("from", from);
    Checks.present("to", to);
    if (!to.isAfter(from)) {
      throw new InvalidInputException("to", to, "must be after from " + from);
    }
  }
}
