package dev.crossborder.erp.platform;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.shop.PlatformId;
import org.jspecify.annotations.Nullable;

/**
 * The platform answered with something the connector cannot read: truncated JSON, an HTML error
 * page, an empty body, a required field missing or unparseable. {@link #field()} names the field
 * (or {@code "body"}). Not retryable as such; nothing of the answer was applied.
 */
public class MalformedResponseException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates the error for {@code field} of the answer to {@code operation}. */
  public MalformedResponseException(
      PlatformId platform, String operation, String field, String problem, int httpStatus, @Nullable Throwable cause) {
    super(platform, operation, "malformed response, " + requireNonNull(field, "field == null") + " " + problem, false, null, httpStatus, cause);
    this.field = field;
  }

  /** The field of the answer that could not be read, or {@code "body"}. */
  public String field() {
    return field;
  }
}
