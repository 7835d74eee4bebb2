package dev.crossborder.erp.platform;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.PlatformId;
import org.jspecify.annotations.Nullable;

/**
 * The platform refused the shop's credentials. {@link #reason()} tells an access token that
 * expired (the connector refreshes it once; this error means the refresh failed too) from an
 * authorization the seller revoked or credentials that are wrong, which need a person: the shop
 * should be marked {@code AUTH_EXPIRED} rather than retried.
 */
public class AuthenticationException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final Reason reason;

  /** Creates the error for {@code operation}. */
  public AuthenticationException(
      PlatformId platform, String operation, Reason reason, int httpStatus, @Nullable Throwable cause) {
    super(
        platform,
        operation,
        "authentication failed (" + requireNonNull(reason, "reason == null").name().toLowerCase(java.util.Locale.ROOT) + ")",
        false,
        null,
        httpStatus,
        cause);
    this.reason = reason;
  }

  /** Why the credentials were refused. */
  public Reason reason() {
    return reason;
  }

  /** Why the platform refused the credentials. */
  public enum Reason {
    /** The access token expired and could not be refreshed. */
    EXPIRED,
    /** The seller revoked the authorization (or the refresh token was rotated away). */
    REVOKED,
    /** The client credentials are wrong or were rotated without updating the host. */
    INVALID_CLIENT,
    /** The credentials are valid but lack the role or scope the operation needs. */
    FORBIDDEN
  }
}
