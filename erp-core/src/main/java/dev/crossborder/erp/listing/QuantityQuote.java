package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.internal.Checks;
import java.util.List;

/**
 * A computed quantity with its breakdown, like {@link PriceQuote}: each step of the {@link
 * QuantityPolicy} that changed something, with the running quantity after it.
 *
 * @param quantity the quantity to show
 * @param steps the steps in the order they were applied
 */
public record QuantityQuote(long quantity, List<Step> steps) {

  /** Validates and copies. */
  public QuantityQuote {
    Checks.nonNegative("quantity", quantity);
    steps = List.copyOf(steps);
  }

  /**
   * One step of a quantity computation.
   *
   * @param term {@code available}, {@code reserve}, {@code threshold}, {@code percent}, {@code min}
   *     or {@code max}
   * @param detail the step's inputs in words, such as {@code "50% of 7, rounded down"}
   * @param after the running quantity after the step
   */
  public record Step(String term, String detail, long after) {

    /** Validates. */
    public Step {
      term = Checks.text("term", term, 50);
      detail = Checks.text("detail", detail, 2000);
      Checks.nonNegative("after", after);
    }
  }
}
