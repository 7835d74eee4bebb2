package dev.crossborder.erp.order.rules;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.internal.Checks;

/**
 * One rule: when {@code condition} holds, {@code action}. Within a stage the first rule whose
 * condition holds fires and the stage ends, unless the rule says {@link #andContinue()}: then its
 * action is applied and the next rules are still evaluated. Immutable.
 *
 * <pre>{@code
 * Rule.id("high-value").when(country("US").and(orderValueAbove(Money.of("200", "USD"))))
 *     .then(hold("high value"))
 * }</pre>
 *
 * @param id the rule's id, unique within its rule set
 * @param version the rule's own version, shown in traces
 * @param condition when it fires
 * @param action what it does
 * @param continues whether later rules of the stage are still evaluated after it fires
 */
public record Rule(String id, int version, Condition condition, Action action, boolean continues) {
  /** Validates the id and version. */
  public Rule {
    id = Checks.token("rule.id", id, 64);
    Checks.positive("rule.version", version);
    requireNonNull(condition, "condition == null");
    requireNonNull(action, "action == null");
  }

  /** Starts a rule named {@code id}, version 1. */
  public static Builder id(String id) {
    return new Builder(id);
  }

  /** This rule, continuing the stage after it fires. */
  public Rule andContinue() {
    return new Rule(id, version, condition, action, true);
  }

  /** This rule with {@code version}. */
  public Rule version(int version) {
    return new Rule(id, version, condition, action, continues);
  }

  /** The stage the rule belongs to, that of its action. */
  public Stage stage() {
    return action.stage();
  }

  /** Finishes a {@link Rule}. */
  public static final class Builder {
    private final String id;

    private Builder(String id) {
      this.id = id;
    }

    /** The rule's condition; {@link When#then} gives its action. */
    public When when(Condition condition) {
      return new When(id, requireNonNull(condition, "condition == null"));
    }
  }

  /** A rule waiting for its action. */
  public static final class When {
    private final String id;
    private final Condition condition;

    private When(String id, Condition condition) {
      this.id = id;
      this.condition = condition;
    }

    /** The finished rule, version 1, stopping its stage when it fires. */
    public Rule then(Action action) {
      return new Rule(id, 1, condition, action, false);
    }
  }
}
