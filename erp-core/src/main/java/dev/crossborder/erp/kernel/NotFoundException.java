package dev.crossborder.erp.kernel;

/**
 * A command referred to something the tenant does not have: an unknown SKU, warehouse, shop or
 * order. The message names the field and the value, for example {@code sku not found: MUG-01}.
 */
public class NotFoundException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for the unknown {@code value} of {@code field}. */
  public NotFoundException(String field, Object value) {
    super(ErrorCode.NOT_FOUND, field, value, "not found");
  }
}
