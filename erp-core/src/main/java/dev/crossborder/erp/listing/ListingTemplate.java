package dev.crossborder.erp.listing;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.PlatformId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How products become listings on one platform (模板): the platform's product type, a mapping per
 * platform attribute, and which attributes the platform requires. A template applies to the
 * products of one category when {@code category} is set, otherwise to every product the platform
 * has no more specific template for. Immutable; validated when built, so a template naming a field
 * that does not exist never reaches a publish.
 *
 * @param id the template's id, unique per tenant
 * @param platform the platform it renders for
 * @param category the product category it is for, or {@code null} for the platform's default
 * @param productType the platform's product type (or category id) listings are submitted under
 * @param attributes the mapping per platform attribute name, in the order they are rendered
 * @param required the attributes that must have a value before anything is sent
 * @param titleAttribute the attribute that holds the title (bulk title edits set it), or {@code
 *     null}
 */
public record ListingTemplate(
    String id,
    PlatformId platform,
    @Nullable String category,
    String productType,
    Map<String, AttributeMapping> attributes,
    Set<String> required,
    @Nullable String titleAttribute) {

  /**
   * Validates and copies.
   *
   * @throws InvalidInputException naming the attribute whose mapping names an unknown field, a
   *     required attribute without mapping, or an unknown title attribute
   */
  public ListingTemplate {
    id = Checks.token("id", id, 100);
    Checks.present("platform", platform);
    productType = Checks.text("productType", productType, 200);
    if (Checks.present("attributes", attributes).isEmpty()) {
      throw new InvalidInputException("attributes", "{}", "must map at least one attribute");
    }
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    attributes.forEach((name, mapping) -> Checks.present("attributes." + name, mapping).validate("attributes." + name));
    required = Collections.unmodifiableSet(new TreeSet<>(Checks.present("required", required)));
    for (String name : required) {
      if (!attributes.containsKey(name)) {
        throw new InvalidInputException("required", name, "has no mapping in attributes");
      }
    }
    if (titleAttribute != null && !attributes.containsKey(titleAttribute)) {
      throw new InvalidInputException("titleAttribute", titleAttribute, "has no mapping in attributes");
    }
  }

  /** Whether this template applies to a product of {@code productCategory} on its platform. */
  public boolean appliesTo(@Nullable String productCategory) {
    return category == null || category.equals(productCategory);
  }
}
