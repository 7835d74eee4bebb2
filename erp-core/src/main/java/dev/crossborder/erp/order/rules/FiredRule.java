package dev.crossborder.erp.order.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * A rule that fired, with the values its condition read.
 *
 * @param id the rule's id
 * @param version the rule's version
 * @param action the action's description
 * @param inputs the values read, by name (buyers appear only as hashed keys)
 */
public record FiredRule(String id, int version, String action, Map<String, String> inputs) {
  /** Copies the inputs. */
  public FiredRule {
    inputs = Map.copyOf(inputs);
  }

  @Override
  public String toString() {
    return id + " v" + version + " → " + action + " " + new TreeMap<>(inputs);
  }
}
