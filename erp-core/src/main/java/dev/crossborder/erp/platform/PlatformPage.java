package dev.crossborder.erp.platform;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of what a capability reads from a platform, with the opaque cursor of the next page.
 * A cursor is the connector's own text (a platform next-token, an offset, a GraphQL end cursor);
 * the sync engine stores it in its checkpoint and hands it back to resume, so it must stay valid
 * across restarts for as long as the platform honours it. A cursor is valid only with the shop and
 * arguments (the order window) of the call that returned it; a connector refuses one it did not
 * issue for them with a {@link PlatformRequestException}. Immutable.
 *
 * @param items the items of this page
 * @param next the cursor of the next page, or {@code null} on the last page
 * @param rejected the items of this page the connector could not map, each with its typed error
 *     (a connector that cannot tell one item from another fails the page instead)
 */
public record PlatformPage<T>(List<T> items, @Nullable String next, List<RejectedItem> rejected) {

  /** A page whose every item was mapped. */
  public PlatformPage(List<T> items, @Nullable String next) {
    this(items, next, List.of());
  }

  /** Copies the lists and treats a blank cursor as the end. */
  public PlatformPage {
    items = List.copyOf(items);
    rejected = List.copyOf(rejected);
    if (next != null && next.isBlank()) {
      next = null;
    }
  }

  /** The cursor of the next page, empty on the last page. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(next);
  }

  /** Whether another page follows. */
  public boolean hasNext() {
    return next != null;
  }
}
