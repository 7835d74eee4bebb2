package dev.crossborder.erp.platform;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.RemotePlatformException;
import dev.crossborder.erp.shop.PlatformId;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A connector's call to its platform failed. The subclasses name the condition: {@link
 * RateLimitedException}, {@link AuthenticationException}, {@link PlatformUnavailableException},
 * {@link PlatformRequestException} and {@link MalformedResponseException}. Every one names the
 * platform and the operation; none carries a secret, a token or buyer data in its message.
 */
public class ConnectorException extends RemotePlatformException {
  private static final long serialVersionUID = 1L;

  private final PlatformId platform;
  private final String operation;

  /**
   * Creates the error; the message becomes {@code "<platform> <operation>: <problem>"}.
   *
   * @param platform the platform called
   * @param operation the platform operation, such as {@code searchOrders}
   * @param problem a short phrase, free of secrets and buyer data
   * @param retryable whether the same call may succeed later
   * @param retryAfter how long the platform asked to wait, if it said
   * @param httpStatus the HTTP status, or 0 when no response arrived
   * @param cause the underlying failure, if any
   */
  public ConnectorException(
      PlatformId platform,
      String operation,
      String problem,
      boolean retryable,
      @Nullable Duration retryAfter,
      int httpStatus,
      @Nullable Throwable cause) {
    super(
        requireNonNull(platform, "platform == null") + " " + requireNonNull(operation, "operation == null")
            + ": " + problem,
        retryable,
        retryAfter,
        httpStatus,
        cause);
    this.platform = platform;
    this.operation = operation;
  }

  /** The platform that was called. */
  public PlatformId platform() {
    return platform;
  }

  /** The platform operation that failed. */
  public String operation() {
    return operation;
  }
}
