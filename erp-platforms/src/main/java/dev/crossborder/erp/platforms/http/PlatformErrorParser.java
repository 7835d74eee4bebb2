package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Reads a platform's error code and message from the body of a 4xx answer, such as Amazon's
 * {@code {"errors":[{"code":"InvalidInput","message":"Invalid Input"}]}}. Connectors supply one to
 * {@link ConnectorHttp.Builder#errorParser}; the result becomes a {@link
 * dev.crossborder.erp.platform.PlatformRequestException}.
 *
 * <p>Implementations must be thread-safe, must not throw (return empty for a body they cannot
 * read: an HTML page, truncated JSON), and must return only the platform's code and its generic
 * message, never echoed input that may hold buyer data or secrets.
 */
@FunctionalInterface
public interface PlatformErrorParser {

  /**
   * The error in {@code body} of an answer with {@code httpStatus}, or empty if it holds none
   * readable.
   */
  Optional<PlatformError> parse(int httpStatus, String body);

  /** A parser that reads nothing: errors are reported by status only. */
  static PlatformErrorParser none() {
    return (status, body) -> Optional.empty();
  }

  /**
   * A platform's error: its code and message. Immutable.
   *
   * @param code the platform's error code, such as {@code InvalidInput}
   * @param message the platform's message, free of buyer data
   */
  record PlatformError(String code, String message) {

    /** Checks both fields are present. */
    public PlatformError {
      requireNonNull(code, "code == null");
      requireNonNull(message, "message == null");
    }
  }
}
