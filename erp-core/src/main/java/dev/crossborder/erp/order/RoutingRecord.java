package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;

/**
 * The last routing decision stored with an order: which rule set decided it, what status routing
 * gave the order, and the decision's explanation (the rule that fired per stage, its inputs, and the
 * alternatives that lost with their reasons), so "why did this ship from Shenzhen?" has an answer.
 * The explanation never holds buyer data (the rule engine keeps only hashed buyer keys).
 *
 * @param orderId the order
 * @param ruleSetId the id of the rule set that decided
 * @param ruleSetVersion its version
 * @param status the status routing gave the order
 * @param explanation the decision's trace as text, with a last line when routing departed from the
 *     plan (stock moved between the snapshot and the reservation)
 * @param decidedAt when routing applied it, by the injected clock
 */
public record RoutingRecord(
    OrderId orderId, String ruleSetId, int ruleSetVersion, OrderStatus status, String explanation, Instant decidedAt) {

  /** Validates every field. */
  public RoutingRecord {
    Checks.present("orderId", orderId);
    ruleSetId = Checks.text("ruleSetId", ruleSetId, 100);
    Checks.present("status", status);
    Checks.present("explanation", explanation);
    Checks.present("decidedAt", decidedAt);
  }
}
