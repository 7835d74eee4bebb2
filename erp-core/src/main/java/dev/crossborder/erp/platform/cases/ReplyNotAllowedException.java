package dev.crossborder.erp.platform.cases;

import dev.crossborder.erp.kernel.ErrorCode;
import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * A reply or decision the case's platform or state does not allow: a free-text reply where the
 * platform only sends order-scoped message types (Amazon), an unknown message type, a decision on
 * a kind the platform does not let the seller decide, or any reply to a resolved case. Nothing was
 * sent. The field names what was refused ({@code action}, {@code messageType}, {@code state}).
 */
public class ReplyNotAllowedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for {@code field} holding {@code value}. */
  public ReplyNotAllowedException(String field, Object value, String reason) {
    super(ErrorCode.INVALID_INPUT, field, value, reason);
  }
}
