package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How far one stream (such as {@code orders}) of one shop has been read from its platform.
 * Everything the platform changed before {@code watermark} is stored. While a window is being
 * paged, {@code windowFrom}, {@code windowTo} and {@code cursor} say which window and where in it,
 * so a restart (on this or another instance) resumes with the page after the last stored one.
 *
 * @param shop the shop
 * @param stream the stream, a short token such as {@code orders}
 * @param watermark the end of the last window read completely
 * @param windowFrom the start of the window being paged, or {@code null} between windows
 * @param windowTo the end of the window being paged, or {@code null} between windows
 * @param cursor the connector's cursor of the next page of that window, or {@code null} between
 *     windows
 */
public record SyncCheckpoint(
    ShopId shop,
    String stream,
    Instant watermark,
    @Nullable Instant windowFrom,
    @Nullable Instant windowTo,
    @Nullable String cursor) {

  /** Checks the fields: a cursor comes with its window, and a window with a cursor. */
  public SyncCheckpoint {
    Checks.present("shop", shop);
    stream = Checks.token("stream", stream, 32);
    Checks.present("watermark", watermark);
    boolean paging = cursor != null;
    if ((windowFrom != null) != paging || (windowTo != null) != paging) {
      throw new InvalidInputException(
          "cursor", paging ? "present" : "absent", "must come with windowFrom and windowTo");
    }
  }

  /** A checkpoint between windows: everything before {@code watermark} is stored. */
  public static SyncCheckpoint at(ShopId shop, String stream, Instant watermark) {
    return new SyncCheckpoint(shop, stream, watermark, null, null, null);
  }

  /** This checkpoint paging the window {@code [from, to)} at {@code cursor}. */
  public SyncCheckpoint paging(Instant from, Instant to, String cursor) {
    return new SyncCheckpoint(shop, stream, watermark, from, to, cursor);
  }

  /** Whether a window is being paged. */
  public boolean isPaging() {
    return cursor != null;
  }
}
