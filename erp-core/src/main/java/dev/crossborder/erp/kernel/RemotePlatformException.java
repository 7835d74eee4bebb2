package dev.crossborder.erp.kernel;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A platform's API refused or failed a call. {@link #isRetryable()} says whether the same call
 * may succeed later (throttling, 5xx, timeouts), {@link #retryAfter()} how long the platform asked
 * to wait, and {@link #httpStatus()} the HTTP status where there was one. The message never holds
 * a token, a secret or buyer data.
 */
public class RemotePlatformException extends ErpException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final @Nullable Duration retryAfter;
  private final int httpStatus;

  /**
   * Creates the error.
   *
   * @param message a short phrase naming the platform and operation
   * @param retryable whether the same call may succeed later
   * @param retryAfter how long the platform asked to wait, if it said
   * @param httpStatus the HTTP status, or {@code 0} when there was no response
   * @param cause the underlying failure, if any
   */
  public RemotePlatformException(
      String message,
      boolean retryable,
      @Nullable Duration retryAfter,
      int httpStatus,
      @Nullable Throwable cause) {
    super(ErrorCode.REMOTE_PLATFORM, message, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
    this.httpStatus = httpStatus;
  }

  /** Whether repeating the same call later may succeed. */
  public boolean isRetryable() {
    return retryable;
  }

  /** How long the platform asked the caller to wait before retrying, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The HTTP status of the platform's answer, empty when no answer arrived. */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }
}
