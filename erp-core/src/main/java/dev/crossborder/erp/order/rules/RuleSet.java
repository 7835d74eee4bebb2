package dev.crossborder.erp.order.rules;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.internal.Checks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A versioned set of rules, a list per {@link Stage}. Rule ids are unique across the set and
 * every rule sits in its action's stage. Immutable; equal when id, version and every rule are
 * equal.
 */
public final class RuleSet {
  private final String id;
  private final int version;
  private final Map<Stage, List<Rule>> rules;

  private RuleSet(Builder b) {
    this.id = Checks.token("ruleSet.id", b.id, 64);
    this.version = (int) Checks.positive("ruleSet.version", b.version);
    EnumMap<Stage, List<Rule>> byStage = new EnumMap<>(Stage.class);
    Set<String> ids = new HashSet<>();
    for (Stage stage : Stage.values()) {
      List<Rule> list = b.rules.getOrDefault(stage, List.of());
      for (int i = 0; i < list.size(); i++) {
        Rule r = list.get(i);
        if (!ids.add(r.id())) {
          throw new RuleInputException(stage.jsonName() + "[" + i + "].id", r.id(), "is not unique in the rule set");
        }
      }
      byStage.put(stage, List.copyOf(list));
    }
    this.rules = byStage;
  }

  /** A builder for rule set {@code id}, {@code version}. */
  public static Builder builder(String id, int version) {
    return new Builder(id, version);
  }

  /** The rule set's id. */
  public String id() {
    return id;
  }

  /** The rule set's version. */
  public int version() {
    return version;
  }

  /** The rules of {@code stage}, in evaluation order. */
  public List<Rule> rules(Stage stage) {
    return rules.get(stage);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RuleSet && ((RuleSet) o).id.equals(id) && ((RuleSet) o).version == version
        && ((RuleSet) o).rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return (id.hashCode() * 31 + version) * 31 + rules.hashCode();
  }

  @Override
  public String toString() {
    return "RuleSet[" + id + " v" + version + "]";
  }

  /** Builds a {@link RuleSet}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final int version;
    private final Map<Stage, List<Rule>> rules = new EnumMap<>(Stage.class);

    private Builder(String id, int version) {
      this.id = id;
      this.version = version;
    }

    /** Appends {@code rule} to the stage of its action. */
    public Builder rule(Rule rule) {
      rules.computeIfAbsent(requireNonNull(rule, "rule == null").stage(), s -> new ArrayList<>()).add(rule);
      return this;
    }

    /** Builds the rule set; refuses duplicate rule ids. */
    public RuleSet build() {
      return new RuleSet(this);
    }
  }
}
