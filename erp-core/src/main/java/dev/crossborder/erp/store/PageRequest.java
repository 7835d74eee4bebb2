package dev.crossborder.erp.store;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Asks for one page of a keyset-paged list: at most {@code limit} items after the position
 * {@code after} (an opaque cursor from the previous {@link Page}, or {@code null} for the first
 * page).
 *
 * @param limit 1 to {@value #MAX_LIMIT} items
 * @param after the cursor of the previous page, or {@code null}
 */
public record PageRequest(int limit, @Nullable String after) {
  /** The largest page the stores hand out. */
  public static final int MAX_LIMIT = 1000;

  /** Validates the limit. */
  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException("limit", limit, "must be 1 to " + MAX_LIMIT);
    }
    if (after != null && after.isEmpty()) {
      after = null;
    }
  }

  /** The first page of {@code limit} items. */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  /** The page after {@code page}, of the same size as this request. */
  public PageRequest next(Page<?> page) {
    return new PageRequest(limit, page.nextCursor().orElse(null));
  }

  /** The cursor, if this is not the first page. */
  public Optional<String> cursor() {
    return Optional.ofNullable(after);
  }
}
