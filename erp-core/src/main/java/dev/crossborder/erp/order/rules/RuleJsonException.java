package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * A rule set's JSON document is refused. The field is the JSON path of the offending value, such
 * as {@code $.audit[1].when.and[0].kind}, and the value is what was found there.
 */
public class RuleJsonException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** A refused {@code value} at JSON {@code path} for {@code reason}. */
  public RuleJsonException(String path, Object value, String reason) {
    super(path, value, reason);
  }
}
