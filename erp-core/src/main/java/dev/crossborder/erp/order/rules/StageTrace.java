package dev.crossborder.erp.order.rules;

import java.util.List;

/**
 * What one stage decided and why.
 *
 * @param stage the stage
 * @param fired the rules that fired, in order (more than one only when rules continue)
 * @param notMatched ids of the rules evaluated before the last fired one whose condition was false
 * @param alternatives the options considered and not taken, each with why it lost
 * @param outcome the stage's result in words
 */
public record StageTrace(
    Stage stage, List<FiredRule> fired, List<String> notMatched, List<Alternative> alternatives, String outcome) {
  /** Copies the lists. */
  public StageTrace {
    fired = List.copyOf(fired);
    notMatched = List.copyOf(notMatched);
    alternatives = List.copyOf(alternatives);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(stage.jsonName()).append(": ").append(outcome);
    fired.forEach(f -> sb.append("\n  fired ").append(f));
    if (!notMatched.isEmpty()) {
      sb.append("\n  not matched ").append(notMatched);
    }
    alternatives.forEach(a -> sb.append("\n  lost ").append(a));
    return sb.toString();
  }
}
