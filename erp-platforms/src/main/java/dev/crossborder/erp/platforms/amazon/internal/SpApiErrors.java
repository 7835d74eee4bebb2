package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platforms.amazon.internal.ErrorsWire.Error;
import dev.crossborder.erp.platforms.amazon.internal.ErrorsWire.ErrorList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the platform's error out of an SP-API error body ({@code {"errors":[{"code","message",
 * "details"}]}}) or an LWA error body ({@code {"error","error_description"}}) for the HTTP layer's
 * {@code PlatformRequestException} and authentication errors. Never throws: a body that is not a
 * readable error (an HTML page, an empty body) yields a code naming the HTTP status. Messages are
 * cut to {@value #MAX_MESSAGE} characters, the first error wins, and {@code details} is appended
 * when it adds something. Stateless.
 */
public final class SpApiErrors {
  /** Longest message kept. */
  public static final int MAX_MESSAGE = 300;

  private SpApiErrors() {}

  /**
   * The platform's error code and message.
   *
   * @param code such as {@code InvalidInput}, {@code QuotaExceeded}, {@code invalid_grant}
   * @param message at most {@value #MAX_MESSAGE} characters
   */
  public record PlatformError(String code, String message) {}

  /** The first error of an SP-API error body answered with {@code httpStatus}. */
  public static PlatformError read(byte @Nullable [] body, int httpStatus) {
    ErrorList list = tryRead(body, ErrorList.class);
    List<Error> errors = list == null ? null : list.errors();
    if (errors == null || errors.isEmpty() || errors.get(0) == null) {
      return unreadable(httpStatus);
    }
    Error first = errors.get(0);
    String code = blank(first.code()) ? "HTTP_" + httpStatus : first.code().strip();
    String message = blank(first.message()) ? "" : first.message().strip();
    if (!blank(first.details()) && !first.details().strip().equals(message)) {
      message = message.isEmpty() ? first.details().strip() : message + " (" + first.details().strip() + ")";
    }
    return new PlatformError(shorten(code, 100), shorten(message.isEmpty() ? code : message, MAX_MESSAGE));
  }

  /** The error of an LWA token endpoint error body answered with {@code httpStatus}. */
  public static PlatformError readLwa(byte @Nullable [] body, int httpStatus) {
    LwaWire.Error error = tryRead(body, LwaWire.Error.class);
    if (error == null || blank(error.error())) {
      return unreadable(httpStatus);
    }
    String code = error.error().strip();
    String message = blank(error.errorDescription()) ? code : error.errorDescription().strip();
    return new PlatformError(shorten(code, 100), shorten(message, MAX_MESSAGE));
  }

  /** {@code text} cut to {@code max} characters. */
  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static PlatformError unreadable(int httpStatus) {
    return new PlatformError("HTTP_" + httpStatus, "no readable error body");
  }

  private static <T> @Nullable T tryRead(byte @Nullable [] body, Class<T> type) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return AmazonJson.mapper().readValue(body, type);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }
}
