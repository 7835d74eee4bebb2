package dev.crossborder.erp.finance;

import dev.crossborder.erp.order.OrderId;
import java.util.List;

/**
 * What applying settlement events did. Immutable.
 *
 * @param received events offered
 * @param stored events that were new (an event seen before is skipped)
 * @param corrected the orders whose actual profit was (re)computed
 * @param unmatched new events whose order is unknown or not yet shipped; they are kept and used
 *     when the order's profit is estimated
 */
public record SettlementResult(int received, int stored, List<OrderId> corrected, int unmatched) {

  /** Copies the list. */
  public SettlementResult {
    corrected = List.copyOf(corrected);
  }
}
