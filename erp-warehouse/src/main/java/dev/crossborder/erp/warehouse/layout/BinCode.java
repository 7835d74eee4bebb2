package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.TypedId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of a bin, unique in its warehouse and printed on the bin's label (what a worker scans),
 * such as {@code A-01-02-03}. Upper case letters, digits, {@code -}, {@code .} and {@code _}, 1 to
 * 40 characters; normalised to upper case. Immutable.
 *
 * @param value the code
 */
public record BinCode(String value) implements TypedId, Comparable<BinCode> {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9._\\-]{1,40}");

  /** Validates and upper-cases the code. */
  public BinCode {
    if (value == null) {
      throw new InvalidInputException("bin", "null", "is required");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(value).matches()) {
      throw new InvalidInputException("bin", value, "is not a bin code (A-Z, 0-9, - . _, up to 40)");
    }
  }

  /** The bin code {@code value}. */
  public static BinCode of(String value) {
    return new BinCode(value);
  }

  @Override
  public int compareTo(BinCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
