package dev.crossborder.erp.listing;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.listing.internal.PlatformValues;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How one platform attribute gets its value from the product master: a constant, a field of the
 * product, SKU or shop, a lookup table, or a small expression over other mappings (concatenate,
 * truncate, choose by the marketplace's language). Immutable; JSON-readable with a {@code kind}
 * member ({@code constant}, {@code field}, {@code lookup}, {@code concat}, {@code truncate},
 * {@code byLanguage}) so hosts can let users edit templates.
 *
 * <p>Fields are named by path: {@code product.id}, {@code product.title}, {@code product.brand},
 * {@code product.category}, {@code sku.code}, {@code sku.name}, {@code sku.barcode}, {@code
 * sku.hsCode}, {@code sku.weightGrams}, {@code sku.attributes.<name>} (a variant attribute such as
 * {@code sku.attributes.size}), {@code shop.marketplace}, {@code shop.currency}. A template that
 * names another path is refused when it is built.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = AttributeMapping.Constant.class, name = "constant"),
  @JsonSubTypes.Type(value = AttributeMapping.Field.class, name = "field"),
  @JsonSubTypes.Type(value = AttributeMapping.Lookup.class, name = "lookup"),
  @JsonSubTypes.Type(value = AttributeMapping.Concat.class, name = "concat"),
  @JsonSubTypes.Type(value = AttributeMapping.Truncate.class, name = "truncate"),
  @JsonSubTypes.Type(value = AttributeMapping.ByLanguage.class, name = "byLanguage")
})
public sealed interface AttributeMapping {

  /** The field paths a {@link Field} may name, apart from {@code sku.attributes.<name>}. */
  Set<String> FIELDS =
      Set.of(
          "product.id",
          "product.title",
          "product.brand",
          "product.category",
          "sku.code",
          "sku.name",
          "sku.barcode",
          "sku.hsCode",
          "sku.weightGrams",
          "shop.marketplace",
          "shop.currency");

  /** The prefix of variant attribute paths. */
  String SKU_ATTRIBUTES = "sku.attributes.";

  /**
   * A fixed value: a string, boolean, number, list or map (string keys), as the platform's schema
   * wants it.
   *
   * @throws InvalidInputException for a value of another type, or a null inside a list or map
   */
  static AttributeMapping constant(Object value) {
    return new Constant(value);
  }

  /** The value of the field at {@code path}; see the class comment for paths. */
  static AttributeMapping field(String path) {
    return new Field(path);
  }

  /** {@code source}'s value translated through {@code table}; a value not in it has no value. */
  static AttributeMapping lookup(AttributeMapping source, Map<String, String> table) {
    return new Lookup(source, table, null);
  }

  /** {@code source}'s value translated through {@code table}, else {@code fallback}. */
  static AttributeMapping lookup(AttributeMapping source, Map<String, String> table, String fallback) {
    return new Lookup(source, table, fallback);
  }

  /** The values of {@code parts} that have one, joined by {@code separator}. */
  static AttributeMapping concat(String separator, AttributeMapping... parts) {
    return new Concat(Arrays.asList(parts), separator);
  }

  /** {@code source}'s text cut to at most {@code maxLength} characters. */
  static AttributeMapping truncate(AttributeMapping source, int maxLength) {
    return new Truncate(source, maxLength);
  }

  /**
   * The mapping for the marketplace's language (ISO 639-1, such as {@code de}), else {@code
   * fallback}.
   */
  static AttributeMapping byLanguage(Map<String, AttributeMapping> languages, @Nullable AttributeMapping fallback) {
    return new ByLanguage(languages, fallback);
  }

  /**
   * Checks every field path this mapping names.
   *
   * @param attribute the field to name in the error, such as {@code attributes.item_name}
   * @throws InvalidInputException naming {@code attribute} and the unknown path
   */
  default void validate(String attribute) {
    if (this instanceof Field f) {
      boolean variantAttribute =
          f.path().startsWith(SKU_ATTRIBUTES) && f.path().length() > SKU_ATTRIBUTES.length();
      if (!FIELDS.contains(f.path()) && !variantAttribute) {
        throw new InvalidInputException(
            attribute, f.path(), "is not a field; use one of " + new TreeSet<>(FIELDS) + " or sku.attributes.<name>");
      }
    } else if (this instanceof Lookup l) {
      l.source().validate(attribute);
    } else if (this instanceof Concat c) {
      c.parts().forEach(p -> p.validate(attribute));
    } else if (this instanceof Truncate t) {
      t.source().validate(attribute);
    } else if (this instanceof ByLanguage b) {
      b.languages().values().forEach(m -> m.validate(attribute));
      if (b.fallback() != null) {
        b.fallback().validate(attribute);
      }
    }
  }

  /**
   * A fixed value.
   *
   * @param value the value
   */
  record Constant(Object value) implements AttributeMapping {
    /** Validates. */
    public Constant {
      PlatformValues.check("value", value);
    }
  }

  /**
   * A field of the product, SKU or shop.
   *
   * @param path the field's path
   */
  record Field(String path) implements AttributeMapping {
    /** Validates. */
    public Field {
      path = Checks.text("path", path, 200);
    }
  }

  /**
   * A lookup table.
   *
   * @param source where the looked-up value comes from
   * @param table the translations
   * @param fallback the value when the table has none, or {@code null} for no value
   */
  record Lookup(AttributeMapping source, Map<String, String> table, @Nullable String fallback)
      implements AttributeMapping {
    /** Validates and copies. */
    public Lookup {
      Checks.present("source", source);
      table = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.present("table", table)));
    }
  }

  /**
   * A concatenation.
   *
   * @param parts the parts, in order
   * @param separator what goes between two parts that have a value
   */
  record Concat(List<AttributeMapping> parts, String separator) implements AttributeMapping {
    /** Validates and copies. */
    public Concat {
      parts = List.copyOf(Checks.notEmpty("parts", parts));
      Checks.present("separator", separator);
    }
  }

  /**
   * A truncation to a platform's length limit.
   *
   * @param source the text to cut
   * @param maxLength the most characters (code points) to keep
   */
  record Truncate(AttributeMapping source, int maxLength) implements AttributeMapping {
    /** Validates. */
    public Truncate {
      Checks.present("source", source);
      Checks.positive("maxLength", maxLength);
    }
  }

  /**
   * A choice by the marketplace's language.
   *
   * @param languages the mapping per ISO 639-1 language code
   * @param fallback the mapping for other languages, or {@code null} for no value
   */
  record ByLanguage(Map<String, AttributeMapping> languages, @Nullable AttributeMapping fallback)
      implements AttributeMapping {
    /** Validates and copies. */
    public ByLanguage {
      languages = Collections.unmodifiableMap(new TreeMap<>(Checks.present("languages", languages)));
    }
  }
}
