package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * A secret value (a refresh token, a client secret, an API key) that never shows itself: {@link
 * #toString()} is {@code "Secret[redacted]"}, so it cannot leak into a log line by accident. Only
 * {@link #reveal()} gives the value, for the one place that sends it.
 *
 * @param value the secret; use {@link #reveal()} to read it
 */
public record Secret(String value) {

  /** Refuses a blank secret (without echoing it). */
  public Secret {
    Checks.pii("secret", value, 16_384, false);
  }

  /** Wraps {@code value}. */
  public static Secret of(String value) {
    return new Secret(value);
  }

  /** The secret's value, for sending it; never log it. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
