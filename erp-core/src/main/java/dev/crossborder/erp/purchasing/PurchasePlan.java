package dev.crossborder.erp.purchasing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan: one suggestion per SKU, in the order of the items. Immutable.
 *
 * @param suggestions the suggestions
 */
public record PurchasePlan(List<SkuSuggestion> suggestions) {

  /** Copies the suggestions. */
  public PurchasePlan {
    suggestions = List.copyOf(suggestions);
  }

  /** The suggestions with something to buy, grouped by supplier in plan order. */
  public Map<SupplierId, List<SkuSuggestion>> purchasesBySupplier() {
    Map<SupplierId, List<SkuSuggestion>> out = new LinkedHashMap<>();
    for (SkuSuggestion s : suggestions) {
      if (s.purchaseQuantity() > 0) {
        out.computeIfAbsent(s.offer().supplier(), k -> new ArrayList<>()).add(s);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
