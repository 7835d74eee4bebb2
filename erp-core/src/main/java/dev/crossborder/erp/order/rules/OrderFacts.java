package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The values conditions read for one order: its input, the context, and aggregates computed once
 * on first use (units per SKU, total units, order value, total weight). One per evaluation; not
 * thread-safe.
 */
public final class OrderFacts {
  private final OrderInput input;
  private final RuleContext context;
  private @Nullable Map<SkuCode, Long> unitsBySku;
  private long totalUnits = -1;
  private @Nullable Money value;
  private @Nullable BigDecimal grams;

  /** The facts of {@code input} in {@code context}. */
  public OrderFacts(OrderInput input, RuleContext context) {
    this.input = input;
    this.context = context;
  }

  /** The order's input. */
  public OrderInput input() {
    return input;
  }

  /** The order. */
  public Order order() {
    return input.order();
  }

  /** The context. */
  public RuleContext context() {
    return context;
  }

  /** The destination country (ISO 3166-1 alpha-2). */
  public String country() {
    return input.order().destination().country();
  }

  /** Units ordered per SKU, in line order; lines of the same SKU are added up. */
  public Map<SkuCode, Long> unitsBySku() {
    Map<SkuCode, Long> m = unitsBySku;
    if (m == null) {
      List<OrderLine> lines = input.order().lines();
      LinkedHashMap<SkuCode, Long> sum = new LinkedHashMap<>(lines.size() * 2);
      for (int i = 0; i < lines.size(); i++) {
        OrderLine line = lines.get(i);
        sum.merge(line.sku(), line.quantity().value(), Long::sum);
      }
      m = Collections.unmodifiableMap(sum);
      unitsBySku = m;
    }
    return m;
  }

  /** Units ordered across all lines. */
  public long totalUnits() {
    if (totalUnits < 0) {
      long sum = 0;
      for (OrderLine line : input.order().lines()) {
        sum += line.quantity().value();
      }
      totalUnits = sum;
    }
    return totalUnits;
  }

  /** What the buyer pays for the order (sum of line totals), in the order's currency. */
  public Money value() {
    Money v = value;
    if (v == null) {
      v = input.order().total();
      value = v;
    }
    return v;
  }

  /**
   * The order's weight from catalog SKU weights.
   *
   * @throws RuleInputException naming {@code skuWeights[<sku>]} if a SKU has no known weight
   */
  public Weight weight() {
    BigDecimal g = grams;
    if (g == null) {
      g = gramsOf(input.order().lines());
      grams = g;
    }
    return new Weight(g);
  }

  /**
   * The catalog weight of one unit of {@code sku}, in grams.
   *
   * @throws RuleInputException naming {@code skuWeights[<sku>]} if the SKU has no known weight
   */
  public BigDecimal unitGrams(SkuCode sku) {
    return context.weight(sku)
        .orElseThrow(() -> new RuleInputException("skuWeights[" + sku + "]", sku, "has no catalog weight"))
        .grams();
  }

  private BigDecimal gramsOf(List<OrderLine> lines) {
    BigDecimal sum = BigDecimal.ZERO;
    for (OrderLine line : lines) {
      sum = sum.add(unitGrams(line.sku()).multiply(BigDecimal.valueOf(line.quantity().value())));
    }
    return sum;
  }
}
