package dev.crossborder.erp.listing.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The values a platform attribute may hold: what a JSON document can carry exactly, so every store
 * keeps it as it was given. Strings, booleans, whole numbers ({@code Byte}, {@code Short},
 * {@code Integer}, {@code Long}, {@code BigInteger}), decimals ({@code BigDecimal}, finite {@code
 * Float} and {@code Double}), and lists and maps
 * (with string keys) of those, nested at most 16 deep.
 */
public final class PlatformValues {
  private static final int MAX_DEPTH = 16;

  private PlatformValues() {}

  /**
   * Checks {@code value}.
   *
   * @throws InvalidInputException naming {@code field} (and the path inside it) and the value's type
   */
  public static void check(String field, Object value) {
    check(field, value, 0);
  }

  private static void check(String field, Object value, int depth) {
    if (depth > MAX_DEPTH) {
      throw new InvalidInputException(field, "(nested)", "is nested deeper than " + MAX_DEPTH);
    }
    if (value == null) {
      throw new InvalidInputException(field, "null", "must not be null");
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Short || value instanceof Byte || value instanceof BigInteger || value instanceof BigDecimal) {
      return;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new InvalidInputException(field, value, "must be a finite number");
      }
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(field + "[" + i + "]", list.get(i), depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw new InvalidInputException(field, String.valueOf(e.getKey()), "has a key that is not a string");
        }
        check(field + "." + key, e.getValue(), depth + 1);
      }
      return;
    }
    throw new InvalidInputException(field, value.getClass().getSimpleName(),
        "is not a string, boolean, whole number, decimal, list or map");
  }
}
