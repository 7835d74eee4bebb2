package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.order.OrderId;
import java.util.List;
import java.util.Optional;

/**
 * The rules' decision for one order: the plan, and a trace per stage that explains it (the rule
 * that fired with the values it read, the alternatives and why they lost). The trace holds no
 * buyer name or address text. Immutable.
 *
 * @param orderId the order
 * @param ruleSetId the rule set's id
 * @param ruleSetVersion the rule set's version
 * @param trace one entry per stage that ran, in order
 * @param plan the resulting plan
 */
public record Decision(OrderId orderId, String ruleSetId, int ruleSetVersion, List<StageTrace> trace, Plan plan) {
  /** Copies the trace. */
  public Decision {
    trace = List.copyOf(trace);
  }

  /** The trace of {@code stage}, if it ran. */
  public Optional<StageTrace> stage(Stage stage) {
    return trace.stream().filter(t -> t.stage() == stage).findFirst();
  }

  /** A multi-line explanation for people: the plan, then each stage's trace. */
  public String explain() {
    StringBuilder sb = new StringBuilder()
        .append(orderId).append(" by ").append(ruleSetId).append(" v").append(ruleSetVersion).append(": ").append(plan);
    trace.forEach(t -> sb.append('\n').append(t));
    return sb.toString();
  }

  @Override
  public String toString() {
    return explain();
  }
}
