package dev.crossborder.erp.platforms.http;

import dev.crossborder.erp.platform.AuthenticationException;

/**
 * Obtains a fresh access token for a shop, for example by Amazon's Login with Amazon refresh-token
 * flow or eBay's OAuth refresh. Connectors implement it; {@link ConnectorHttp} calls it, caches the
 * token per shop until shortly before it expires, and makes sure at most one call per shop is in
 * flight (concurrent requests wait for it).
 *
 * <p>Implementations must be thread-safe (different shops are fetched concurrently), read the
 * shop's credentials at call time (so rotated secrets take effect on the next refresh), and never
 * put a secret or a token into an exception message or a log line. They signal failure with a
 * {@link dev.crossborder.erp.platform.ConnectorException}: an {@link AuthenticationException} with
 * {@link AuthenticationException.Reason#REVOKED REVOKED} or {@link
 * AuthenticationException.Reason#INVALID_CLIENT INVALID_CLIENT} when the token endpoint refuses
 * the refresh token or the client credentials, a {@code PlatformUnavailableException} when it
 * cannot be reached. Any other exception is reported as the platform being unavailable.
 */
@FunctionalInterface
public interface AccessTokenSource {

  /**
   * Fetches a new access token for {@code shop}; never returns a cached one.
   *
   * @throws dev.crossborder.erp.platform.ConnectorException if no token can be had
   */
  AccessToken fetch(ShopKey shop);

  /**
   * Why the platform refused a token this source had just fetched (the layer refreshed once after
   * a 401 and the platform refused again). The default, {@link AuthenticationException.Reason#EXPIRED
   * EXPIRED}, means "refreshing did not help"; a source that can tell more (for example by asking
   * its token endpoint) may say {@code REVOKED} or {@code INVALID_CLIENT}. Must not block for long.
   */
  default AuthenticationException.Reason rejectionReason(ShopKey shop, int httpStatus) {
    return AuthenticationException.Reason.EXPIRED;
  }
}
