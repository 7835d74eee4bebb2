package dev.crossborder.erp.listing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes of one stock push, retry or reconciliation, one per listing worked.
 *
 * @param outcomes the outcomes, by shop, then seller SKU
 */
public record StockPushReport(List<StockPushOutcome> outcomes) {

  /** Copies. */
  public StockPushReport {
    outcomes = List.copyOf(outcomes);
  }

  /** How many outcomes of each result. */
  public Map<StockPushOutcome.Result, Long> counts() {
    Map<StockPushOutcome.Result, Long> counts = new EnumMap<>(StockPushOutcome.Result.class);
    for (StockPushOutcome o : outcomes) {
      counts.merge(o.result(), 1L, Long::sum);
    }
    return counts;
  }

  /** The outcomes with {@code result}. */
  public List<StockPushOutcome> with(StockPushOutcome.Result result) {
    return outcomes.stream().filter(o -> o.result() == result).toList();
  }
}
