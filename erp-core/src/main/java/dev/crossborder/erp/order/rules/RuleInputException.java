package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * An order or context cannot be evaluated by a rule: a SKU without a catalog weight, a money
 * threshold in another currency than the order, a warehouse the context does not know. Names
 * the field (such as {@code skuWeights[SKU-A]} or {@code orderValue.currency}) and the value.
 */
public class RuleInputException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** A refused {@code value} of {@code field} for {@code reason}. */
  public RuleInputException(String field, Object value, String reason) {
    super(field, value, reason);
  }
}
