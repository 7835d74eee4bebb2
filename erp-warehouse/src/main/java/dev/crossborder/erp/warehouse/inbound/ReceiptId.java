package dev.crossborder.erp.warehouse.inbound;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.TypedId;
import java.util.regex.Pattern;

/**
 * The id of a receipt, chosen by the caller (a delivery note number, a PDA session id) so that
 * opening it again is idempotent: letters, digits, {@code . _ : -}, 1 to 64 characters. Immutable.
 *
 * @param value the id
 */
public record ReceiptId(String value) implements TypedId {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

  /** Validates the id. */
  public ReceiptId {
    if (value == null || !ID.matcher(value).matches()) {
      throw new InvalidInputException("receiptId", String.valueOf(value), "is not an id (letters, digits, . _ : -, up to 64)");
    }
  }

  /** The receipt id {@code value}. */
  public static ReceiptId of(String value) {
    return new ReceiptId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
