package dev.crossborder.erp.warehouse.label.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.warehouse.label.LabelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** What every renderer does with its input: checks the list and lays every spec out. */
public final class Specs {
  private Specs() {}

  /**
   * Lays out each spec with {@code layout}, re-raising a refusal with the spec's index in the field
   * ({@code labels[2].size}), so the caller knows which label to fix.
   */
  public static <T> List<T> layOut(List<LabelSpec> labels, BiFunction<Integer, LabelSpec, T> layout) {
    if (labels == null || labels.isEmpty()) {
      throw new InvalidInputException("labels", labels == null ? "null" : "[]", "must not be empty");
    }
    List<T> out = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      LabelSpec spec = labels.get(i);
      if (spec == null) {
        throw new InvalidInputException("labels[" + i + "]", "null", "is required");
      }
      try {
        out.add(layout.apply(i, spec));
      } catch (InvalidInputException e) {
        throw indexed(i, e);
      }
    }
    return out;
  }

  /** The same refusal with its field prefixed by {@code labels[index].}. */
  public static InvalidInputException indexed(int index, InvalidInputException e) {
    String reason = e.getMessage();
    String prefix = e.field() + " ";
    String suffix = ": " + e.value();
    if (reason.startsWith(prefix) && reason.endsWith(suffix)) {
      reason = reason.substring(prefix.length(), reason.length() - suffix.length());
    }
    return new InvalidInputException("labels[" + index + "]." + e.field(), e.value(), reason);
  }
}
