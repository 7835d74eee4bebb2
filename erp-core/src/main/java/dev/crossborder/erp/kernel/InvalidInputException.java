package dev.crossborder.erp.kernel;

import static java.util.Objects.requireNonNull;

/**
 * The bad-input family: a field of a command or value that is missing, malformed or out of range.
 *
 * <p>{@link #field()} names the field (for example {@code "quantity"} or {@code
 * "lines[2].sku"}); {@link #value()} is the refused value as text, already shortened and never
 * a secret or buyer data. Nothing of the refused command was written.
 *
 * <p>Broken business rules (a reservation beyond available stock, an illegal state transition, a
 * duplicate key, an unknown reference) are subclasses with their own {@link ErrorCode}, so a host
 * can catch the whole family at its API boundary and answer "400/409" uniformly.
 */
public class InvalidInputException extends ErpException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;

  /** Creates the error for {@code field} holding {@code value}, with a short reason. */
  public InvalidInputException(String field, Object value, String reason) {
    this(ErrorCode.INVALID_INPUT, field, value, reason);
  }

  /** Creates the error with a code of the bad-input family. */
  protected InvalidInputException(ErrorCode code, String field, Object value, String reason) {
    super(code, requireNonNull(field, "field == null") + " " + reason + ": " + shown(value));
    this.field = field;
    this.value = shown(value);
  }

  /** The name of the refused field. */
  public String field() {
    return field;
  }

  /** The refused value as shown in the message. */
  public String value() {
    return value;
  }

  static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
