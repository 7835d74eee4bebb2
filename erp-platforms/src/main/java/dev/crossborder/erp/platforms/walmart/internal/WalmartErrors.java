package dev.crossborder.erp.platforms.walmart.internal;

import dev.crossborder.erp.platforms.http.PlatformErrorParser;
import dev.crossborder.erp.platforms.http.WireJson;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Error;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.ErrorBody;
import dev.crossborder.erp.shop.PlatformId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads Walmart's error bodies ({@code {"errors": [{"code": "…", "field": "…", "description":
 * "…"}]}}, or the list named {@code error}) for the HTTP layer's {@code PlatformRequestException}:
 * the code of the first error, and its description followed by the field it names. A body that is
 * not such JSON (an HTML page from a gateway, an empty body) yields nothing, and the layer reports
 * the status. Codes are cut to 100 characters, messages to {@value #MAX_MESSAGE}. Stateless.
 */
final class WalmartErrors implements PlatformErrorParser {
  static final int MAX_MESSAGE = 300;
  private static final WireJson JSON = WireJson.of(PlatformId.WALMART);

  @Override
  public Optional<PlatformError> parse(int httpStatus, String body) {
    if (body.isBlank()) {
      return Optional.empty();
    }
    ErrorBody errors;
    try {
      errors = JSON.mapper().readValue(body.getBytes(StandardCharsets.UTF_8), ErrorBody.class);
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
    Error first = first(errors == null ? null : errors.errors());
    if (first == null) {
      first = first(errors == null ? null : errors.error());
    }
    if (first == null || blank(first.code())) {
      return Optional.empty();
    }
    String code = shorten(first.code().strip(), 100);
    String message = blank(first.description()) ? code : first.description().strip();
    if (!blank(first.field())) {
      message = message + " (field " + first.field().strip() + ")";
    }
    return Optional.of(new PlatformError(code, shorten(message, MAX_MESSAGE)));
  }

  private static @Nullable Error first(@Nullable List<@Nullable Error> errors) {
    return errors == null || errors.isEmpty() ? null : errors.get(0);
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
