package dev.crossborder.erp.kernel;

/**
 * A state change that the entity's state machine does not allow, for example an order going from
 * {@code SHIPPED} back to {@code NEW}. The value names both states: {@code SHIPPED -> NEW}.
 */
public class IllegalTransitionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for the refused change of {@code field} from {@code from} to {@code to}. */
  public IllegalTransitionException(String field, Object from, Object to) {
    super(ErrorCode.ILLEGAL_TRANSITION, field, from + " -> " + to, "cannot change");
  }
}
