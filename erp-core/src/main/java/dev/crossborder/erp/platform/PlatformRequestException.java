package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.PlatformId;
import org.jspecify.annotations.Nullable;

/**
 * The platform refused the request as invalid (a 4xx other than 401, 403 and 429): the same
 * request will fail again. {@link #platformCode()} and {@link #platformMessage()} are the
 * platform's own error code and message (shortened; connectors strip anything that may be buyer
 * data).
 */
public class PlatformRequestException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final String platformCode;
  private final String platformMessage;

  /** Creates the error for {@code operation}. */
  public PlatformRequestException(
      PlatformId platform,
      String operation,
      String platformCode,
      String platformMessage,
      int httpStatus,
      @Nullable Throwable cause) {
    super(platform, operation, "refused " + platformCode + ": " + shorten(platformMessage), false, null, httpStatus, cause);
    this.platformCode = platformCode;
    this.platformMessage = shorten(platformMessage);
  }

  /** The platform's error code, such as {@code InvalidInput}. */
  public String platformCode() {
    return platformCode;
  }

  /** The platform's error message, shortened to 300 characters. */
  public String platformMessage() {
    return platformMessage;
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 297) + "...";
  }
}
