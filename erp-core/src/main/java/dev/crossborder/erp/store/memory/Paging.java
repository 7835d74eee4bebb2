package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a scan of {@code limit + 1} entries into a {@link Page}. */
final class Paging {
  private Paging() {}

  static <K, V, T> Page<T> page(
      List<Map.Entry<K, V>> scanned, PageRequest request, Function<V, T> item, Function<K, String> cursor) {
    boolean more = scanned.size() > request.limit();
    List<Map.Entry<K, V>> shown = more ? scanned.subList(0, request.limit()) : scanned;
    String next = more ? cursor.apply(shown.get(shown.size() - 1).getKey()) : null;
    return new Page<>(shown.stream().map(e -> item.apply(e.getValue())).toList(), next);
  }
}
