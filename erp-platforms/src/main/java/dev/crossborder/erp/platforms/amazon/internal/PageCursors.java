package dev.crossborder.erp.platforms.amazon.internal;

import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.shop.PlatformId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The connector's opaque page cursors: Amazon's next token bound to what it was issued for (the
 * kind of list, the shop, the marketplace and, for orders, the window), Base64url-encoded. Nothing
 * is kept in memory, so a cursor stays valid across restarts for as long as Amazon honours the
 * token; one issued for other arguments is refused. Stateless.
 */
final class PageCursors {
  private static final String VERSION = "a1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private PageCursors() {}

  /** The cursor of Amazon's {@code token}, or {@code null} when there is no next page. */
  static @Nullable String encode(String scope, @Nullable String token) {
    if (token == null || token.isBlank()) {
      return null;
    }
    String text = VERSION + "\n" + scope + "\n" + token;
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Amazon's token inside {@code cursor}, or {@code null} for the first page.
   *
   * @throws PlatformRequestException if the cursor was not issued for {@code scope}
   */
  static @Nullable String decode(String scope, @Nullable String cursor, String operation) {
    if (cursor == null) {
      return null;
    }
    String text;
    try {
      text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw foreign(operation);
    }
    String prefix = VERSION + "\n" + scope + "\n";
    if (!text.startsWith(prefix) || text.length() == prefix.length()) {
      throw foreign(operation);
    }
    return text.substring(prefix.length());
  }

  private static PlatformRequestException foreign(String operation) {
    return new PlatformRequestException(
        PlatformId.AMAZON, operation, "InvalidCursor", "cursor was not issued for this shop and these arguments", 0, null);
  }
}
