package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A secret value (a refresh token, a client secret, an API key) that never shows itself: {@link
 * #toString()} is {@code "Secret[redacted]"}, so it cannot leak into a log line by accident, and
 * {@link #reveal()} is the only way to read it, for the one place that sends it. Immutable and
 * thread-safe; equal when the values are equal.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps {@code value}; a blank value is refused without being echoed. */
  public static Secret of(String value) {
    Checks.pii("secret", value, 16_384, false);
    return new Secret(value);
  }

  /** The secret's value, for sending it; never log it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Secret other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
