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

  /** The cursor of a list ordered by (shop id, seller SKU); shop ids never hold a {@code |}. */
  static String encodeShopSku(Keys.ShopSku key) {
    return encode(key.shop() + "|" + key.sellerSku());
  }

  static Keys.ShopSku decodeShopSku(String cursor) {
    String text = decode(cursor);
    int bar = text.indexOf('|');
    if (bar < 1 || bar == text.length() - 1) {
      throw new InvalidInputException("cursor", cursor, "is not a cursor of this store");
    }
    return new Keys.ShopSku(text.substring(0, bar), text.substring(bar + 1));
  }

  static long decodeLong(String cursor) {
    try {
      return Long.parseLong(decode(cursor));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("cursor", cursor, "is not a cursor of this store");
    }
  }
}
