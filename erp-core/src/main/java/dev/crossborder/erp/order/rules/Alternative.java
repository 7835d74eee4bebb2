package dev.crossborder.erp.order.rules;

/**
 * An option a stage considered and did not take, with why: {@code WH-US}, {@code missing 2 ×
 * SKU-A}.
 *
 * @param option what was considered (a warehouse id, a rule id, a table row)
 * @param whyLost why it was not taken
 */
public record Alternative(String option, String whyLost) {
  @Override
  public String toString() {
    return option + ": " + whyLost;
  }
}
