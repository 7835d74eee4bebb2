package dev.crossborder.erp.catalog;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A stock-keeping unit: one variant of a {@link Product} that is stocked, labelled, sold and
 * shipped as a unit. Immutable and thread-safe; change it with {@link #toBuilder()}.
 *
 * <p>Variant attributes (colour, size) are kept sorted by name. The barcode is the GTIN/EAN/UPC or
 * internal code printed on the unit label; the HS code is the customs tariff number (6 to 10
 * digits, dots allowed); the declared value is what customs declarations state; the unit cost is
 * the purchase cost per unit at higher precision.
 */
public final class Sku {
  private static final Pattern HS_CODE = Pattern.compile("\\d{4}(\\.?\\d{2}){1,3}");

  private final SkuCode code;
  private final ProductId productId;
  private final String name;
  private final Map<String, String> attributes;
  private final @Nullable String barcode;
  private final @Nullable Weight weight;
  private final @Nullable Dimensions dimensions;
  private final @Nullable String hsCode;
  private final @Nullable Money declaredValue;
  private final @Nullable UnitAmount unitCost;

  private Sku(Builder b) {
    this.code = Checks.present("sku", b.code);
    this.productId = Checks.present("productId", b.productId);
    this.name = Checks.text("name", b.name, 500);
    TreeMap<String, String> attrs = new TreeMap<>();
    b.attributes.forEach(
        (k, v) -> attrs.put(Checks.text("attributes.name", k, 100), Checks.text("attributes." + k, v, 500)));
    this.attributes = Collections.unmodifiableMap(attrs);
    this.barcode = b.barcode == null ? null : Checks.token("barcode", b.barcode.strip(), 64);
    this.weight = b.weight;
    this.dimensions = b.dimensions;
    if (b.hsCode != null && !HS_CODE.matcher(b.hsCode).matches()) {
      throw new InvalidInputException("hsCode", b.hsCode, "must be 6 to 10 digits");
    }
    this.hsCode = b.hsCode;
    if (b.declaredValue != null && b.declaredValue.isNegative()) {
      throw new InvalidInputException("declaredValue", b.declaredValue, "must not be negative");
    }
    this.declaredValue = b.declaredValue;
    if (b.unitCost != null && b.unitCost.amount().signum() < 0) {
      throw new InvalidInputException("unitCost", b.unitCost, "must not be negative");
    }
    this.unitCost = b.unitCost;
  }

  /** Returns a builder for a new SKU. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this SKU's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.code = code;
    b.productId = productId;
    b.name = name;
    b.attributes.putAll(attributes);
    b.barcode = barcode;
    b.weight = weight;
    b.dimensions = dimensions;
    b.hsCode = hsCode;
    b.declaredValue = declaredValue;
    b.unitCost = unitCost;
    return b;
  }

  /** The SKU code, unique per tenant. */
  public SkuCode code() {
    return code;
  }

  /** The product this SKU is a variant of. */
  public ProductId productId() {
    return productId;
  }

  /** The SKU's display name. */
  public String name() {
    return name;
  }

  /** Variant attributes sorted by name; unmodifiable. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** The barcode printed on the unit label, if any. */
  public Optional<String> barcode() {
    return Optional.ofNullable(barcode);
  }

  /** The unit's weight, if known. */
  public Optional<Weight> weight() {
    return Optional.ofNullable(weight);
  }

  /** The unit's dimensions, if known. */
  public Optional<Dimensions> dimensions() {
    return Optional.ofNullable(dimensions);
  }

  /** The customs tariff (HS) code, if known. */
  public Optional<String> hsCode() {
    return Optional.ofNullable(hsCode);
  }

  /** The customs declared value per unit, if known. */
  public Optional<Money> declaredValue() {
    return Optional.ofNullable(declaredValue);
  }

  /** The purchase cost per unit, if known. */
  public Optional<UnitAmount> unitCost() {
    return Optional.ofNullable(unitCost);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Sku)) {
      return false;
    }
    Sku s = (Sku) o;
    return code.equals(s.code)
        && productId.equals(s.productId)
        && name.equals(s.name)
        && attributes.equals(s.attributes)
        && Objects.equals(barcode, s.barcode)
        && Objects.equals(weight, s.weight)
        && Objects.equals(dimensions, s.dimensions)
        && Objects.equals(hsCode, s.hsCode)
        && Objects.equals(declaredValue, s.declaredValue)
        && Objects.equals(unitCost, s.unitCost);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, productId, name, attributes, barcode, weight, dimensions, hsCode);
  }

  @Override
  public String toString() {
    return "Sku[" + code + " of " + productId + "]";
  }

  /** Builds a {@link Sku}; not thread-safe. Code, product id and name are required. */
  public static final class Builder {
    private @Nullable SkuCode code;
    private @Nullable ProductId productId;
    private @Nullable String name;
    private final Map<String, String> attributes = new TreeMap<>();
    private @Nullable String barcode;
    private @Nullable Weight weight;
    private @Nullable Dimensions dimensions;
    private @Nullable String hsCode;
    private @Nullable Money declaredValue;
    private @Nullable UnitAmount unitCost;

    private Builder() {}

    /** Sets the SKU code. */
    public Builder code(SkuCode code) {
      this.code = requireNonNull(code, "code == null");
      return this;
    }

    /** Sets the SKU code from text. */
    public Builder code(String code) {
      return code(SkuCode.of(code));
    }

    /** Sets the product this SKU belongs to. */
    public Builder productId(ProductId productId) {
      this.productId = requireNonNull(productId, "productId == null");
      return this;
    }

    /** Sets the display name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Adds or replaces one variant attribute, such as {@code color = red}. */
    public Builder attribute(String name, String value) {
      this.attributes.put(name, value);
      return this;
    }

    /** Sets the barcode, or clears it with {@code null}. */
    public Builder barcode(@Nullable String barcode) {
      this.barcode = barcode;
      return this;
    }

    /** Sets the unit weight, or clears it with {@code null}. */
    public Builder weight(@Nullable Weight weight) {
      this.weight = weight;
      return this;
    }

    /** Sets the unit dimensions, or clears them with {@code null}. */
    public Builder dimensions(@Nullable Dimensions dimensions) {
      this.dimensions = dimensions;
      return this;
    }

    /** Sets the HS code, or clears it with {@code null}. */
    public Builder hsCode(@Nullable String hsCode) {
      this.hsCode = hsCode;
      return this;
    }

    /** Sets the customs declared value per unit, or clears it with {@code null}. */
    public Builder declaredValue(@Nullable Money declaredValue) {
      this.declaredValue = declaredValue;
      return this;
    }

    /** Sets the purchase cost per unit, or clears it with {@code null}. */
    public Builder unitCost(@Nullable UnitAmount unitCost) {
      this.unitCost = unitCost;
      return this;
    }

    /** Validates and returns the SKU; bad values raise an error naming the field. */
    public Sku build() {
      return new Sku(this);
    }
  }
}
