package dev.crossborder.erp.platform.cases;

import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;

/**
 * One message of a case thread. The text may hold buyer personal data: it is stored with the case
 * and shown to the seller's staff, never logged nor put into an exception message (a refused text
 * is reported by its length only). Immutable.
 *
 * @param author who wrote it
 * @param text the message, 1 to {@value #MAX_TEXT} characters
 * @param at when it was written, by the platform's clock
 */
public record CaseMessage(MessageAuthor author, String text, Instant at) {
  /** The longest message text kept. */
  public static final int MAX_TEXT = 8000;

  /** Validates every field. */
  public CaseMessage {
    Checks.present("author", author);
    text = Checks.pii("text", text, MAX_TEXT, false);
    Checks.present("at", at);
  }
}
