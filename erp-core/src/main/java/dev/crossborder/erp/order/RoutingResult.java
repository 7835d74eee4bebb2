package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.rules.Decision;

/**
 * What routing did to one order.
 *
 * @param order the order as stored after routing (its status and shipments)
 * @param decision the rule engine's decision that was applied (the last one, if routing decided twice)
 * @param attempts how many times routing decided: 1, or 2 when stock moved between the first
 *     snapshot and its reservation
 */
public record RoutingResult(Order order, Decision decision, int attempts) {

  /** Validates every field. */
  public RoutingResult {
    Checks.present("order", order);
    Checks.present("decision", decision);
  }
}
