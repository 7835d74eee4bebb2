package dev.crossborder.erp.order.rules.internal;

import dev.crossborder.erp.order.rules.OrderInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Open orders grouped by buyer key and address key, built once per batch. */
public final class MergeIndex {
  private final Map<String, List<OrderInput>> byBuyerAndAddress = new HashMap<>();

  /** Indexes every order of {@code groups} that has both a buyer key and an address key. */
  @SafeVarargs
  public MergeIndex(List<OrderInput>... groups) {
    for (List<OrderInput> group : groups) {
      for (OrderInput o : group) {
        String key = key(o);
        if (key != null) {
          byBuyerAndAddress.computeIfAbsent(key, k -> new ArrayList<>(2)).add(o);
        }
      }
    }
  }

  /** The indexed orders with {@code order}'s buyer and address, including itself if indexed. */
  List<OrderInput> sameBuyerAndAddress(OrderInput order) {
    String key = key(order);
    return key == null ? List.of() : byBuyerAndAddress.getOrDefault(key, List.of());
  }

  private static @org.jspecify.annotations.Nullable String key(OrderInput o) {
    String buyer = o.buyerKey().orElse(null);
    String address = o.addressKey().orElse(null);
    return buyer == null || address == null ? null : buyer + '|' + address;
  }
}
