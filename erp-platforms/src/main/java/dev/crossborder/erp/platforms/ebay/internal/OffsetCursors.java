package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.shop.PlatformId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The connector's opaque page cursors: an eBay offset bound to what it was issued for (the list,
 * the shop and, for orders, the window), Base64url-encoded. Nothing is kept in memory, so a cursor
 * survives a restart; one issued for other arguments is refused. Stateless.
 */
final class OffsetCursors {
  private static final String VERSION = "e1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private OffsetCursors() {}

  /** The cursor of {@code offset} within {@code scope}. */
  static String encode(String scope, int offset) {
    return ENCODER.encodeToString((VERSION + "\n" + scope + "\n" + offset).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The offset inside {@code cursor}, or 0 for the first page ({@code null}).
   *
   * @throws PlatformRequestException (code {@code InvalidCursor}) if the cursor was not issued for
   *     {@code scope}
   */
  static int decode(String scope, @Nullable String cursor, String operation) {
    if (cursor == null) {
      return 0;
    }
    String prefix = VERSION + "\n" + scope + "\n";
    try {
      String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(prefix)) {
        int offset = Integer.parseInt(text.substring(prefix.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // not one of ours: refused below
    }
    throw new PlatformRequestException(
        PlatformId.EBAY, operation, "InvalidCursor", "cursor was not issued for this shop and these arguments", 0, null);
  }
}
