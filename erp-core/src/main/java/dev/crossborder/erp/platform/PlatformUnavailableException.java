package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.PlatformId;
import org.jspecify.annotations.Nullable;

/**
 * The platform did not answer usefully: a 5xx, a timeout, a dropped connection. Retryable; the
 * connector already retried idempotent operations within its budget. For a non-idempotent write
 * the outcome is unknown until read back.
 */
public class PlatformUnavailableException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for {@code operation}; {@code httpStatus} is 0 when nothing arrived. */
  public PlatformUnavailableException(
      PlatformId platform, String operation, String problem, int httpStatus, @Nullable Throwable cause) {
    super(platform, operation, problem, true, null, httpStatus, cause);
  }
}
