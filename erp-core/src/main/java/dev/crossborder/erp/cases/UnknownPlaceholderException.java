package dev.crossborder.erp.cases;

import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * A reply template names a placeholder that does not exist ({@code {order.colour}}), or one whose
 * data the case does not have (an order placeholder on a case linked to no order). The value is
 * the placeholder as written.
 */
public class UnknownPlaceholderException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for {@code placeholder} in the template's {@code field}. */
  public UnknownPlaceholderException(String field, String placeholder, String reason) {
    super(ErrorCode.INVALID_INPUT, field, placeholder, reason);
  }
}
