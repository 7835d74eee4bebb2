package dev.crossborder.erp.shipping.carrier;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Field checks shared by the records of this package; each refusal names the field. */
final class Fields {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

  private Fields() {}

  static <T> T present(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidInputException(field, "null", "is required");
    }
    return value;
  }

  /** An idempotency key: 1 to 128 of letters, digits, {@code . _ : -}. */
  static String key(String field, @Nullable String value) {
    present(field, value);
    if (!KEY.matcher(value).matches()) {
      throw new InvalidInputException(field, "\"" + value + "\"", "must be 1 to 128 of letters, digits, . _ : -");
    }
    return value;
  }

  /** A code (service code, tracking number, manifest id): 1 to 64 of letters, digits, {@code . _ : -}. */
  static String code(String field, @Nullable String value) {
    present(field, value);
    if (!CODE.matcher(value).matches()) {
      throw new InvalidInputException(field, "\"" + value + "\"", "must be 1 to 64 of letters, digits, . _ : -");
    }
    return value;
  }
}
