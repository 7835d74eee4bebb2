package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One request sent to a platform and its outcome, as handed to an {@link HttpLogger}: already
 * redacted, never a header, a token or a body. Immutable.
 *
 * @param method the HTTP method
 * @param path the URL path and query, with the values of secret-looking and personal-looking
 *     parameters (token, key, secret, signature, email…) and every secret the request carried
 *     replaced by {@code [redacted]}
 * @param status the HTTP status, or 0 when no answer arrived
 * @param duration from sending the request to receiving the answer's headers, by the layer's clock
 * @param attempt 1 for the first request of a call, 2 for its first repeat (a retry or a repeat
 *     after a token refresh), and so on
 * @param context the shop and operation, or {@code null} for a request that had none
 * @param failure the simple class name of the I/O error when no answer arrived, else {@code null}
 */
public record HttpExchange(
    String method,
    String path,
    int status,
    Duration duration,
    int attempt,
    @Nullable CallContext context,
    @Nullable String failure) {

  /** Checks the fields are present. */
  public HttpExchange {
    requireNonNull(method, "method == null");
    requireNonNull(path, "path == null");
    requireNonNull(duration, "duration == null");
  }

  /**
   * The log line, for example {@code GET /orders/2026-01-01/orders?nextToken=[redacted] 200 12ms
   * attempt=1 AMAZON searchOrders shop=eu-1}.
   */
  public String line() {
    StringBuilder line = new StringBuilder(96).append(method).append(' ').append(path).append(' ');
    if (failure != null) {
      line.append("failed(").append(failure).append(')');
    } else {
      line.append(status);
    }
    line.append(' ').append(duration.toMillis()).append("ms attempt=").append(attempt);
    if (context != null) {
      line.append(' ').append(context.platform()).append(' ').append(context.operation())
          .append(" shop=").append(context.shop());
    }
    return line.toString();
  }

  @Override
  public String toString() {
    return line();
  }
}
