package dev.crossborder.erp.warehouse.label;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * The barcode of a label: the value it encodes and its symbology. Immutable and thread-safe.
 *
 * @param value what the barcode encodes, 1 to 80 characters the symbology can encode
 * @param symbology the symbology
 */
public record LabelBarcode(String value, Symbology symbology) {
  private static final int MAX_LENGTH = 80;

  /**
   * Refuses, on field {@code barcode.value}, an empty value, one longer than 80 characters, or a
   * character the symbology cannot encode (for Code 128: anything but printable ASCII).
   */
  public LabelBarcode {
    if (symbology == null) {
      throw new InvalidInputException("barcode.symbology", "null", "is required");
    }
    if (value == null || value.isEmpty()) {
      throw new InvalidInputException("barcode.value", "\"" + value + "\"", "must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidInputException("barcode.value", value, "is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || c > '~') {
        throw new InvalidInputException(
            "barcode.value",
            value,
            String.format("has a character Code 128 cannot encode (U+%04X at %d; printable ASCII only)", (int) c, i));
      }
    }
  }

  /** A Code 128 barcode of {@code value}. */
  public static LabelBarcode code128(String value) {
    return new LabelBarcode(value, Symbology.CODE_128);
  }
}
