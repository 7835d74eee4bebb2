package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.order.OrderId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One order of a dry run: the decision the rule set would take, the baseline's decision when a
 * baseline was given, and what would change. An order the rules cannot evaluate (such as a SKU
 * without a weight) has an error instead and does not stop the run.
 *
 * @param orderId the order
 * @param decision the candidate rule set's decision, or {@code null} if it failed
 * @param baseline the baseline's decision, or {@code null} if none was given or it failed
 * @param error the typed error's message if the candidate or baseline failed, else {@code null}
 * @param changes what would change versus the baseline, such as {@code warehouse: WH-CN → WH-US}
 */
public record DryRunEntry(
    OrderId orderId,
    @Nullable Decision decision,
    @Nullable Decision baseline,
    @Nullable String error,
    List<String> changes) {
  /** Copies the changes. */
  public DryRunEntry {
    changes = List.copyOf(changes);
  }

  /** The error's message, if evaluating failed. */
  public Optional<String> failure() {
    return Optional.ofNullable(error);
  }

  /** Whether the decision differs from the baseline's. */
  public boolean changed() {
    return !changes.isEmpty();
  }
}
