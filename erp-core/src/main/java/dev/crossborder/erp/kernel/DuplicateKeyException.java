package dev.crossborder.erp.kernel;

/**
 * An entity with the same unique key already exists for the tenant (for example a second SKU with
 * the same code). Nothing of the refused command was written.
 */
public class DuplicateKeyException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for the duplicated {@code value} of the unique {@code field}. */
  public DuplicateKeyException(String field, Object value) {
    super(ErrorCode.DUPLICATE_KEY, field, value, "already exists");
  }
}
