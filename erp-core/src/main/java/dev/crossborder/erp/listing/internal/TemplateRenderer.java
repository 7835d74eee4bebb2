package dev.crossborder.erp.listing.internal;

import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.listing.AttributeMapping;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.shop.Shop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link ListingTemplate} for one SKU in one shop: a pure function from the product
 * master to the platform's attributes, with the problems that keep the listing from being sent
 * (a required attribute without value) as issues naming the attribute.
 */
public final class TemplateRenderer {
  /** The issue code of a required attribute that has no value. */
  public static final String MISSING_REQUIRED = "MISSING_REQUIRED_ATTRIBUTE";

  private TemplateRenderer() {}

  /**
   * The result of a render.
   *
   * @param attributes the attributes that have a value
   * @param problems the problems; empty when the listing may be sent
   */
  public record Rendered(Map<String, Object> attributes, List<PlatformIssue> problems) {

    /** Whether nothing keeps the listing from being sent. */
    public boolean isValid() {
      return problems.isEmpty();
    }
  }

  /**
   * Renders {@code template} for {@code sku} of {@code product} in {@code shop}, then applies
   * {@code overrides} (bulk edits) over the rendered values, then checks the required attributes.
   */
  public static Rendered render(
      ListingTemplate template, Product product, Sku sku, Shop shop, Map<String, Object> overrides) {
    Source source = new Source(product, sku, shop, Languages.of(shop.marketplace()).orElse(null));
    Map<String, Object> attributes = new LinkedHashMap<>();
    template.attributes().forEach((name, mapping) -> {
      Object value = source.value(mapping);
      if (value != null) {
        attributes.put(name, value);
      }
    });
    attributes.putAll(overrides);
    List<PlatformIssue> problems = new ArrayList<>();
    for (String name : template.required()) {
      if (!attributes.containsKey(name)) {
        problems.add(new PlatformIssue(
            MISSING_REQUIRED,
            "attribute " + name + " is required on " + template.platform().value() + " and "
                + describe(template.attributes().get(name)) + " gives no value for SKU " + sku.code().value(),
            PlatformIssue.Severity.ERROR,
            List.of(name)));
      }
    }
    return new Rendered(attributes, problems);
  }

  private static String describe(AttributeMapping mapping) {
    if (mapping instanceof AttributeMapping.Field f) {
      return "field " + f.path();
    }
    if (mapping instanceof AttributeMapping.Lookup l) {
      return "the lookup of " + describe(l.source());
    }
    if (mapping instanceof AttributeMapping.Truncate t) {
      return describe(t.source());
    }
    if (mapping instanceof AttributeMapping.ByLanguage) {
      return "the by-language mapping";
    }
    return "its mapping";
  }

  /** Where field values come from. */
  private record Source(Product product, Sku sku, Shop shop, @Nullable String language) {

    @Nullable Object value(AttributeMapping mapping) {
      if (mapping instanceof AttributeMapping.Constant c) {
        return c.value();
      }
      if (mapping instanceof AttributeMapping.Field f) {
        return field(f.path());
      }
      if (mapping instanceof AttributeMapping.Lookup l) {
        String key = text(value(l.source()));
        String mapped = key == null ? null : l.table().get(key);
        return mapped != null ? mapped : l.fallback();
      }
      if (mapping instanceof AttributeMapping.Concat c) {
        StringJoiner joined = new StringJoiner(c.separator());
        boolean any = false;
        for (AttributeMapping part : c.parts()) {
          String text = text(value(part));
          if (text != null && !text.isBlank()) {
            joined.add(text);
            any = true;
          }
        }
        return any ? joined.toString() : null;
      }
      if (mapping instanceof AttributeMapping.Truncate t) {
        String text = text(value(t.source()));
        return text == null ? null : truncate(text, t.maxLength());
      }
      AttributeMapping.ByLanguage b = (AttributeMapping.ByLanguage) mapping;
      AttributeMapping chosen = language == null ? null : b.languages().get(language);
      if (chosen == null) {
        chosen = b.fallback();
      }
      return chosen == null ? null : value(chosen);
    }

    private @Nullable Object field(String path) {
      if (path.startsWith(AttributeMapping.SKU_ATTRIBUTES)) {
        return sku.attributes().get(path.substring(AttributeMapping.SKU_ATTRIBUTES.length()));
      }
      return switch (path) {
        case "product.id" -> product.id().value();
        case "product.title" -> product.title();
        case "product.brand" -> product.brand().orElse(null);
        case "product.category" -> product.category().orElse(null);
        case "sku.code" -> sku.code().value();
        case "sku.name" -> sku.name();
        case "sku.barcode" -> sku.barcode().orElse(null);
        case "sku.hsCode" -> sku.hsCode().orElse(null);
        case "sku.weightGrams" -> sku.weight().map(w -> w.grams().stripTrailingZeros().toPlainString()).orElse(null);
        case "shop.marketplace" -> shop.marketplace();
        case "shop.currency" -> shop.currency().getCurrencyCode();
        default -> throw new IllegalStateException("unvalidated field path " + path);
      };
    }
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : value.toString();
  }

  /** {@code text} cut to at most {@code max} code points, never inside a surrogate pair. */
  static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)).stripTrailing();
  }
}
