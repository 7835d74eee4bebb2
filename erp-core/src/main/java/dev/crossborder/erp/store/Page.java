package dev.crossborder.erp.store;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paged list. {@link #nextCursor()} is present when more items may follow;
 * pass it back through {@link PageRequest#next(Page)}. Immutable.
 *
 * @param items the items, in the list's order
 * @param next the cursor of the next page, or {@code null} on the last page
 */
public record Page<T>(List<T> items, @Nullable String next) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }

  /** The cursor of the next page, empty on the last page. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(next);
  }

  /** Whether another page may follow. */
  public boolean hasNext() {
    return next != null;
  }
}
