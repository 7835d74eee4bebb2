package dev.crossborder.erp.finance.internal;

import dev.crossborder.erp.finance.ProfitLine;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;

/**
 * The keyset position of a profit line: (shipped at, order id, line id), as an opaque cursor that
 * every store writes and reads alike. Order ids never hold a {@code |}; line ids may.
 *
 * @param shippedAt the line's shipment time
 * @param orderId its order id
 * @param lineId its line id
 */
public record ProfitCursor(Instant shippedAt, String orderId, String lineId) {
  private static final String PREFIX = "profit:";

  /** The order profit lines are listed in. */
  public static final Comparator<ProfitLine> ORDER =
      Comparator.comparing(ProfitLine::shippedAt)
          .thenComparing(l -> l.orderId().value())
          .thenComparing(ProfitLine::lineId);

  /** The position of {@code line}. */
  public static ProfitCursor of(ProfitLine line) {
    return new ProfitCursor(line.shippedAt(), line.orderId().value(), line.lineId());
  }

  /** Whether {@code line} comes after this position. */
  public boolean isBefore(ProfitLine line) {
    int c = shippedAt.compareTo(line.shippedAt());
    if (c == 0) {
      c = orderId.compareTo(line.orderId().value());
    }
    if (c == 0) {
      c = lineId.compareTo(line.lineId());
    }
    return c < 0;
  }

  /** The opaque cursor text. */
  public String encode() {
    String key = PREFIX + shippedAt.getEpochSecond() + "." + shippedAt.getNano() + "|" + orderId + "|" + lineId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor made by {@link #encode()}; anything else is refused on field {@code after}. */
  public static ProfitCursor decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException();
      }
      String[] parts = text.substring(PREFIX.length()).split("\\|", 3);
      String[] time = parts[0].split("\\.", 2);
      return new ProfitCursor(
          Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])), parts[1], parts[2]);
    } catch (RuntimeException e) {
      throw new InvalidInputException("after", cursor, "is not a cursor of this list");
    }
  }
}
