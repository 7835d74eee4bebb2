package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.order.rules.internal.RuleJsonCodec;

/**
 * Rule sets as JSON documents, for hosts that let users edit rules. A document is an object with
 * {@code id}, {@code version} and one array of rules per stage ({@code audit}, {@code warehouse},
 * {@code splitMerge}, {@code shipping}); a rule is {@code {"id", "version", "when", "then",
 * "continue"}} where {@code when} and {@code then} are objects with a {@code kind}. The kinds are
 * listed in {@code docs/order-rules.md}. Writing and reading back gives an equal rule set.
 * Thread-safe.
 */
public final class RuleSetJson {
  private RuleSetJson() {}

  /**
   * Reads a rule set.
   *
   * @throws RuleJsonException naming the JSON path of an unknown kind, a missing field, a bad
   *     value or a rule in the wrong stage
   */
  public static RuleSet read(String json) {
    return RuleJsonCodec.read(json);
  }

  /**
   * Writes {@code ruleSet} as JSON.
   *
   * @throws RuleInputException if a rule uses a condition or action that is not built in
   */
  public static String write(RuleSet ruleSet) {
    return RuleJsonCodec.write(ruleSet);
  }
}
