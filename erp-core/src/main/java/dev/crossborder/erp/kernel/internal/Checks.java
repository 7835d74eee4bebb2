package dev.crossborder.erp.kernel.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Argument checks that raise {@link InvalidInputException} naming the field and value. */
public final class Checks {

  private Checks() {}

  /** Requires {@code value} to be present. */
  public static <T> T present(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidInputException(field, "null", "is required");
    }
    return value;
  }

  /** Requires non-blank text of at most {@code maxLength} characters; returns it stripped. */
  public static String text(String field, @Nullable String value, int maxLength) {
    present(field, value);
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new InvalidInputException(field, "\"" + value + "\"", "must not be blank");
    }
    if (stripped.length() > maxLength) {
      throw new InvalidInputException(field, stripped, "is longer than " + maxLength + " characters");
    }
    return stripped;
  }

  /**
   * Requires an identifier-like token: 1 to {@code maxLength} letters, digits, {@code . _ : -}.
   */
  public static String token(String field, @Nullable String value, int maxLength) {
    present(field, value);
    if (value.isEmpty() || value.length() > maxLength || !isToken(value)) {
      throw new InvalidInputException(
          field, "\"" + value + "\"", "must be 1 to " + maxLength + " of letters, digits, . _ : -");
    }
    return value;
  }

  /**
   * Whether every char is one of {@code [A-Za-z0-9._:-]}: the same set as a regular expression, as
   * a loop because every identifier is checked on the order path (it was a profile hot spot).
   */
  private static boolean isToken(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Like {@link #text} for buyer personal data: a refused value is never echoed, only its length,
   * so the message is safe to log. {@code null} is allowed when {@code optional}.
   */
  public static @Nullable String pii(String field, @Nullable String value, int maxLength, boolean optional) {
    if (value == null || value.isBlank()) {
      if (optional) {
        return null;
      }
      throw new InvalidInputException(field, "(redacted, blank)", "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidInputException(
          field, "(redacted, " + stripped.length() + " chars)", "is longer than " + maxLength + " characters");
    }
    return stripped;
  }

  /** Requires {@code value > 0}. */
  public static long positive(String field, long value) {
    if (value <= 0) {
      throw new InvalidInputException(field, value, "must be positive");
    }
    return value;
  }

  /** Requires {@code value >= 0}. */
  public static long nonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidInputException(field, value, "must not be negative");
    }
    return value;
  }

  /** Requires a non-empty collection with no null element. */
  public static <C extends Collection<?>> C notEmpty(String field, @Nullable C values) {
    present(field, values);
    if (values.isEmpty()) {
      throw new InvalidInputException(field, "[]", "must not be empty");
    }
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new InvalidInputException(field + "[" + i + "]", "null", "is required");
      }
      i++;
    }
    return values;
  }
}
