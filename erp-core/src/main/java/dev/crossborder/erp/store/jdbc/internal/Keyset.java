package dev.crossborder.erp.store.jdbc.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging: opaque cursors (the last row's sort key behind a prefix naming the list,
 * base64url-encoded) and the {@code limit + 1} fetch that tells whether another page follows.
 * Thread-safe (stateless).
 */
final class Keyset {
  private Keyset() {}

  /** The cursor of a list named {@code list} positioned at {@code key}. */
  static String encode(String list, String key) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((list + ":" + key).getBytes(StandardCharsets.UTF_8));
  }

  /** The key in {@code cursor}, which must be a cursor of the list named {@code list}. */
  static String decode(String list, String cursor) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw notACursor(cursor);
    }
    String prefix = list + ":";
    if (!text.startsWith(prefix)) {
      throw notACursor(cursor);
    }
    return text.substring(prefix.length());
  }

  /** The cursor of a list ordered by a number, such as a ledger sequence. */
  static String encodeLong(String list, long key) {
    return encode(list, Long.toString(key));
  }

  /** The number in a cursor made by {@link #encodeLong}. */
  static long decodeLong(String list, String cursor) {
    try {
      return Long.parseLong(decode(list, cursor));
    } catch (NumberFormatException e) {
      throw notACursor(cursor);
    }
  }

  /** The cursor of a list ordered by (instant, id). */
  static String encodeTimeAndId(String list, Instant at, String id) {
    return encode(list, at.getEpochSecond() + "." + at.getNano() + "|" + id);
  }

  /** The (instant, id) in a cursor made by {@link #encodeTimeAndId}. */
  static TimeAndId decodeTimeAndId(String list, String cursor) {
    String key = decode(list, cursor);
    try {
      int dot = key.indexOf('.');
      int bar = key.indexOf('|');
      if (dot < 0 || bar < dot) {
        throw notACursor(cursor);
      }
      Instant at =
          Instant.ofEpochSecond(
              Long.parseLong(key.substring(0, dot)), Long.parseLong(key.substring(dot + 1, bar)));
      return new TimeAndId(at, key.substring(bar + 1));
    } catch (RuntimeException e) {
      throw notACursor(cursor);
    }
  }

  /**
   * The cursor of a list ordered by (shop id, another key); shop ids never hold a {@code |}, so
   * the first one splits the two.
   */
  static String encodeShopAndKey(String list, String shopId, String key) {
    return encode(list, shopId + "|" + key);
  }

  /** The (shop id, key) in a cursor made by {@link #encodeShopAndKey}. */
  static ShopAndKey decodeShopAndKey(String list, String cursor) {
    String key = decode(list, cursor);
    int bar = key.indexOf('|');
    if (bar < 1 || bar == key.length() - 1) {
      throw notACursor(cursor);
    }
    return new ShopAndKey(key.substring(0, bar), key.substring(bar + 1));
  }

  /**
   * The page made of {@code rows}, fetched with {@code request.limit() + 1}: the extra row, if
   * present, only says that another page follows; the cursor is the last shown row's key.
   */
  static <R, T> Page<T> page(
      List<R> rows, PageRequest request, Function<R, T> item, Function<R, String> cursor) {
    boolean more = rows.size() > request.limit();
    List<R> shown = more ? rows.subList(0, request.limit()) : rows;
    String next = more ? cursor.apply(shown.get(shown.size() - 1)) : null;
    return new Page<>(shown.stream().map(item).toList(), next);
  }

  private static InvalidInputException notACursor(String cursor) {
    return new InvalidInputException("cursor", cursor, "is not a cursor of this list");
  }

  /** A sort key of (shop id, another key). */
  record ShopAndKey(String shopId, String key) {}

  /** A sort key of (instant, id). */
  record TimeAndId(Instant at, String id) {}
}
