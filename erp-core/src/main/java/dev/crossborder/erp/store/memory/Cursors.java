package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Opaque keyset cursors: the last row's sort key, base64url-encoded. */
final class Cursors {
  private Cursors() {}

  static String encode(String key) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("cursor", cursor, "is not a cursor of this store");
    }
  }

  static String encodeOrder(Keys.OrderTime key) {
    return encode(key.purchasedAt().getEpochSecond() + "." + key.purchasedAt().getNano() + "|" + key.orderId());
  }

  static Keys.OrderTime decodeOrder(String cursor) {
    String text = decode(cursor);
    try {
      int bar = text.indexOf('|');
      int dot = text.indexOf('.');
      Instant at =
          Instant.ofEpochSecond(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1, bar)));
      return new Keys.OrderTime(at, text.substring(bar + 1));
    } catch (RuntimeException e) {
      throw new InvalidInputException("cursor", cursor, "is not a cursor of this store");
    }
  }

  static long decodeLong(String cursor) {
    try {
      return Long.parseLong(decode(cursor));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("cursor", cursor, "is not a cursor of this store");
    }
  }
}
