package dev.crossborder.erp.order.rules.internal;

import dev.crossborder.erp.order.rules.OrderInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Open orders grouped by buyer key and address key. Built on first lookup, so rule sets without
 * merge rules never pay for it; thread-safe once built (built under a lock).
 */
public final class MergeIndex {
  private final List<List<OrderInput>> groups;
  private volatile @Nullable Map<String, List<OrderInput>> byBuyerAndAddress;

  /** An index over every order of {@code groups} that has both a buyer key and an address key. */
  @SafeVarargs
  public MergeIndex(List<OrderInput>... groups) {
    this.groups = List.of(groups);
  }

  private Map<String, List<OrderInput>> index() {
    Map<String, List<OrderInput>> built = byBuyerAndAddress;
    return built != null ? built : build();
  }

  private synchronized Map<String, List<OrderInput>> build() {
    Map<String, List<OrderInput>> built = byBuyerAndAddress;
    if (built != null) {
      return built;
    }
    built = new HashMap<>();
    for (List<OrderInput> group : groups) {
      for (OrderInput o : group) {
        String key = key(o);
        if (key != null) {
          built.computeIfAbsent(key, k -> new ArrayList<>(2)).add(o);
        }
      }
    }
    byBuyerAndAddress = built;
    return built;
  }

  /** The indexed orders with {@code order}'s buyer and address, including itself if indexed. */
  List<OrderInput> sameBuyerAndAddress(OrderInput order) {
    String key = key(order);
    return key == null ? List.of() : index().getOrDefault(key, List.of());
  }

  private static @Nullable String key(OrderInput o) {
    String buyer = o.buyerKey().orElse(null);
    String address = o.addressKey().orElse(null);
    return buyer == null || address == null ? null : buyer + '|' + address;
  }
}
