package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.PlatformId;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The platform throttled the call (HTTP 429, Amazon {@code QuotaExceeded}, Shopify {@code
 * THROTTLED}) and the connector's retry budget ran out. The platform did not process the request,
 * so it is always safe to repeat; {@link #retryAfter()} says when, if the platform said.
 */
public class RateLimitedException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for {@code operation}. */
  public RateLimitedException(
      PlatformId platform, String operation, @Nullable Duration retryAfter, int httpStatus, @Nullable Throwable cause) {
    super(platform, operation, "rate limited", true, retryAfter, httpStatus, cause);
  }
}
