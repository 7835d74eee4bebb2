package dev.crossborder.erp.order.rules;

import java.util.Map;

/**
 * A test over one order's {@link OrderFacts}. Built-in conditions come from {@link Conditions};
 * they are immutable, compare by value, precompute their sets and thresholds when built and can
 * be written as JSON. A host may implement its own, but {@link RuleSetJson} cannot write it.
 */
public interface Condition {
  /**
   * Whether the order satisfies this condition.
   *
   * @throws RuleInputException if a value the condition needs is missing or of another currency
   */
  boolean test(OrderFacts facts);

  /**
   * Puts the values this condition reads into {@code inputs} (name → shown value), for the
   * trace. Never puts buyer names or address text: buyers appear as their hashed key.
   */
  void readInputs(OrderFacts facts, Map<String, String> inputs);

  /** This condition and {@code other}. */
  default Condition and(Condition other) {
    return Conditions.allOf(this, other);
  }

  /** This condition or {@code other}. */
  default Condition or(Condition other) {
    return Conditions.anyOf(this, other);
  }

  /** The opposite of this condition. */
  default Condition negate() {
    return Conditions.not(this);
  }
}
