package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.platform.Secret;
import java.time.Instant;

/**
 * A short-lived access token and when it expires. Immutable; {@link #toString()} never shows the
 * value.
 *
 * @param value the token, sent in the request header the connector configured
 * @param expiresAt when the platform stops accepting it
 */
public record AccessToken(Secret value, Instant expiresAt) {

  /** Checks both fields are present. */
  public AccessToken {
    requireNonNull(value, "value == null");
    requireNonNull(expiresAt, "expiresAt == null");
  }

  /** A token {@code value} that expires at {@code expiresAt}. */
  public static AccessToken of(Secret value, Instant expiresAt) {
    return new AccessToken(value, expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken[value=" + value + ", expiresAt=" + expiresAt + "]";
  }
}
