package dev.crossborder.erp.listing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes of one publish, edit or resume, one per listing, in the order they were worked.
 *
 * @param outcomes the outcomes
 */
public record PublishReport(List<PublishOutcome> outcomes) {

  /** Copies. */
  public PublishReport {
    outcomes = List.copyOf(outcomes);
  }

  /** How many outcomes of each result. */
  public Map<PublishOutcome.Result, Long> counts() {
    Map<PublishOutcome.Result, Long> counts = new EnumMap<>(PublishOutcome.Result.class);
    for (PublishOutcome o : outcomes) {
      counts.merge(o.result(), 1L, Long::sum);
    }
    return counts;
  }

  /** The outcomes with {@code result}. */
  public List<PublishOutcome> with(PublishOutcome.Result result) {
    return outcomes.stream().filter(o -> o.result() == result).toList();
  }
}
