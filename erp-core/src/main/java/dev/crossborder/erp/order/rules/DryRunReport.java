package dev.crossborder.erp.order.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of {@link OrderRules#dryRun}: per order the decision that would be taken and, with
 * a baseline, what would change. Nothing was written.
 *
 * @param ruleSet the candidate rule set's id and version, such as {@code default v4}
 * @param baseline the baseline's id and version, or an empty string without one
 * @param entries one per order, in input order
 */
public record DryRunReport(String ruleSet, String baseline, List<DryRunEntry> entries) {
  /** Copies the entries. */
  public DryRunReport {
    entries = List.copyOf(entries);
  }

  /** How many orders would be decided differently. */
  public long changed() {
    return entries.stream().filter(DryRunEntry::changed).count();
  }

  /** How many orders could not be evaluated. */
  public long failed() {
    return entries.stream().filter(e -> e.error() != null).count();
  }

  /** Changed orders per aspect ({@code outcome}, {@code holds}, {@code warehouse}, ...). */
  public Map<String, Long> changesByAspect() {
    Map<String, Long> counts = new TreeMap<>();
    for (DryRunEntry e : entries) {
      e.changes().stream().map(c -> c.substring(0, c.indexOf(':'))).distinct()
          .forEach(aspect -> counts.merge(aspect, 1L, Long::sum));
    }
    return counts;
  }

  /** One line: {@code 200 orders by default v4 vs default v3: 37 would change {holds=5, ...}, 1 failed}. */
  public String summary() {
    return entries.size() + " orders by " + ruleSet + (baseline.isEmpty() ? "" : " vs " + baseline) + ": "
        + changed() + " would change " + changesByAspect() + ", " + failed() + " failed";
  }
}
