package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platform.PlatformRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The connector's page cursors: Shopify's {@code endCursor} together with the arguments it was
 * issued for (shop, and for orders the window), as URL-safe Base64 of {@code "v1\n<arg>\n…\n<end
 * cursor>"}. They survive a restart (nothing is kept in memory), and a cursor issued for other
 * arguments is refused with a {@link PlatformRequestException} (code {@code InvalidCursor}).
 */
final class Cursors {
  private static final String VERSION = "v1";

  private Cursors() {}

  /** The cursor of the page after {@code endCursor}, for {@code arguments}. */
  static String encode(List<String> arguments, String endCursor) {
    StringBuilder text = new StringBuilder(VERSION);
    arguments.forEach(a -> text.append('\n').append(a));
    text.append('\n').append(endCursor);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Shopify's end cursor in {@code cursor}, or {@code null} for the first page when {@code cursor}
   * is {@code null}.
   *
   * @throws PlatformRequestException if the cursor is not one issued for {@code arguments}
   */
  static @Nullable String decode(@Nullable String cursor, List<String> arguments, String operation) {
    if (cursor == null) {
      return null;
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(operation);
    }
    String[] parts = text.split("\n", -1);
    if (parts.length != arguments.size() + 2 || !parts[0].equals(VERSION) || parts[parts.length - 1].isBlank()) {
      throw invalid(operation);
    }
    for (int i = 0; i < arguments.size(); i++) {
      if (!parts[i + 1].equals(arguments.get(i))) {
        throw invalid(operation);
      }
    }
    return parts[parts.length - 1];
  }

  private static PlatformRequestException invalid(String operation) {
    return new PlatformRequestException(
        GraphQl.SHOPIFY, operation, "InvalidCursor", "the cursor was not issued for this shop and these arguments", 0, null);
  }
}
