package dev.crossborder.erp.store.jdbc.internal;

import dev.crossborder.erp.listing.AttributeMapping;
import dev.crossborder.erp.listing.ListingTemplate;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Makes free-form attribute values (strings, numbers, booleans, lists and maps, as in {@link
 * dev.crossborder.erp.listing.Listing#attributes()} and {@link AttributeMapping.Constant}) survive
 * a JSON document exactly. Jackson reads a JSON number back as an {@code Integer}, a {@code Long}
 * only beyond the int range, or a {@code Double}, so a {@code 500L} or a {@code BigDecimal} price
 * would come back as another, unequal value. Such numbers are written as a one-member object
 * naming their type, with the digits as a string: {@code {"$long":"500"}}, {@code
 * {"$decimal":"12.50"}}; everything else is plain JSON. A map that itself has a single member
 * whose name starts with {@code $} is wrapped as {@code {"$map":{...}}}, so no map is mistaken for
 * a tagged number.
 *
 * <p>Thread-safe (stateless).
 */
final class AttributeValues {
  private static final String MAP = "$map";
  private static final String LONG = "$long";
  private static final String INTEGER = "$bigInteger";
  private static final String DECIMAL = "$decimal";
  private static final String DOUBLE = "$double";
  private static final String FLOAT = "$float";
  private static final String SHORT = "$short";
  private static final String BYTE = "$byte";

  private AttributeValues() {}

  /** {@code attributes} with every value made JSON-exact. */
  static Map<String, @Nullable Object> encode(Map<String, ?> attributes) {
    return transform(attributes, AttributeValues::encode);
  }

  /** The attributes {@link #encode} made, as Jackson read them back. */
  static Map<String, @Nullable Object> decode(Map<String, ?> encoded) {
    return transform(encoded, AttributeValues::decode);
  }

  /** {@code template} with the values of its constants made JSON-exact. */
  static ListingTemplate encode(ListingTemplate template) {
    return withConstants(template, AttributeValues::encode);
  }

  /** The template {@link #encode(ListingTemplate)} made, as Jackson read it back. */
  static ListingTemplate decode(ListingTemplate template) {
    return withConstants(template, AttributeValues::decode);
  }

  /**
   * The JSON-exact form of one value.
   *
   * @throws IllegalArgumentException if it is not a string, number, boolean, list or map with
   *     string keys (nested ones included)
   */
  static @Nullable Object encode(@Nullable Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Integer) {
      return value;
    }
    if (value instanceof Long l) {
      return l == l.intValue() ? tag(LONG, l) : l;
    }
    if (value instanceof BigInteger b) {
      return b.bitLength() < Long.SIZE ? tag(INTEGER, b) : b;
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? d : tag(DOUBLE, d);
    }
    if (value instanceof BigDecimal d) {
      return tag(DECIMAL, d.toString());
    }
    if (value instanceof Float f) {
      return tag(FLOAT, f);
    }
    if (value instanceof Short n) {
      return tag(SHORT, n);
    }
    if (value instanceof Byte n) {
      return tag(BYTE, n);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(encode(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      for (Object k : map.keySet()) {
        if (!(k instanceof String)) {
          throw new IllegalArgumentException(
              "attribute map key of type " + typeOf(k) + " is not a string");
        }
      }
      @SuppressWarnings("unchecked")
      Map<String, ?> strings = (Map<String, ?>) map;
      Map<String, @Nullable Object> out = transform(strings, AttributeValues::encode);
      return looksTagged(out) ? Map.of(MAP, out) : out;
    }
    throw new IllegalArgumentException(
        "attribute value of type "
            + typeOf(value)
            + " is not a string, number, boolean, list or map");
  }

  /** The value {@link #encode(Object)} made, as Jackson read it back. */
  static @Nullable Object decode(@Nullable Object value) {
    if (value instanceof List<?> list) {
      List<@Nullable Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(decode(v)));
      return Collections.unmodifiableList(out);
    }
    if (!(value instanceof Map<?, ?> map)) {
      return value;
    }
    @SuppressWarnings("unchecked")
    Map<String, ?> members = (Map<String, ?>) map;
    if (!looksTagged(members)) {
      return transform(members, AttributeValues::decode);
    }
    Map.Entry<String, ?> tag = members.entrySet().iterator().next();
    String text = String.valueOf(tag.getValue());
    return switch (tag.getKey()) {
      case MAP -> transform((Map<String, ?>) tag.getValue(), AttributeValues::decode);
      case LONG -> Long.valueOf(text);
      case INTEGER -> new BigInteger(text);
      case DECIMAL -> new BigDecimal(text);
      case DOUBLE -> Double.valueOf(text);
      case FLOAT -> Float.valueOf(text);
      case SHORT -> Short.valueOf(text);
      case BYTE -> Byte.valueOf(text);
      default -> throw new IllegalArgumentException("unknown attribute value tag " + tag.getKey());
    };
  }

  private static boolean looksTagged(Map<String, ?> map) {
    return map.size() == 1 && map.keySet().iterator().next().startsWith("$");
  }

  private static Map<String, Object> tag(String tag, Object value) {
    return Map.of(tag, value.toString());
  }

  private static Map<String, @Nullable Object> transform(
      Map<String, ?> map, UnaryOperator<@Nullable Object> values) {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, values.apply(v)));
    return Collections.unmodifiableMap(out);
  }

  private static String typeOf(Object value) {
    return value.getClass().getName();
  }

  private static ListingTemplate withConstants(
      ListingTemplate template, UnaryOperator<@Nullable Object> values) {
    Map<String, AttributeMapping> attributes = new LinkedHashMap<>();
    template.attributes().forEach((name, m) -> attributes.put(name, withConstants(m, values)));
    return new ListingTemplate(
        template.id(),
        template.platform(),
        template.category(),
        template.productType(),
        attributes,
        template.required(),
        template.titleAttribute());
  }

  private static AttributeMapping withConstants(
      AttributeMapping mapping, UnaryOperator<@Nullable Object> values) {
    if (mapping instanceof AttributeMapping.Constant c) {
      return new AttributeMapping.Constant(values.apply(c.value()));
    } else if (mapping instanceof AttributeMapping.Lookup l) {
      return new AttributeMapping.Lookup(withConstants(l.source(), values), l.table(), l.fallback());
    } else if (mapping instanceof AttributeMapping.Concat c) {
      return new AttributeMapping.Concat(
          c.parts().stream().map(p -> withConstants(p, values)).toList(), c.separator());
    } else if (mapping instanceof AttributeMapping.Truncate t) {
      return new AttributeMapping.Truncate(withConstants(t.source(), values), t.maxLength());
    } else if (mapping instanceof AttributeMapping.ByLanguage b) {
      Map<String, AttributeMapping> languages = new LinkedHashMap<>();
      b.languages().forEach((language, m) -> languages.put(language, withConstants(m, values)));
      AttributeMapping fallback = b.fallback();
      return new AttributeMapping.ByLanguage(
          languages, fallback == null ? null : withConstants(fallback, values));
    }
    return mapping; // a Field has no value
  }
}
