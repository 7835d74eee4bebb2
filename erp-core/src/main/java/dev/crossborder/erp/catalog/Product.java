package dev.crossborder.erp.catalog;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A product master (SPU): what a seller lists and sells, with one or more {@link Sku} variants.
 * Immutable and thread-safe; change it with {@link #toBuilder()} and save it through {@link
 * Catalog}. {@link #version()} is the optimistic version the store checks on every update.
 */
public final class Product {
  private final ProductId id;
  private final String title;
  private final @Nullable String brand;
  private final @Nullable String category;
  private final List<Sku> skus;
  private final long version;

  private Product(Builder b) {
    this.id = Checks.present("productId", b.id);
    this.title = Checks.text("title", b.title, 500);
    this.brand = b.brand == null ? null : Checks.text("brand", b.brand, 200);
    this.category = b.category == null ? null : Checks.text("category", b.category, 500);
    Checks.notEmpty("skus", b.skus);
    Set<SkuCode> seen = new HashSet<>();
    for (int i = 0; i < b.skus.size(); i++) {
      Sku sku = b.skus.get(i);
      if (!sku.productId().equals(id)) {
        throw new InvalidInputException("skus[" + i + "].productId", sku.productId(), "must be " + id);
      }
      if (!seen.add(sku.code())) {
        throw new DuplicateKeyException("skus[" + i + "].code", sku.code());
      }
    }
    this.skus = List.copyOf(b.skus);
    this.version = Checks.nonNegative("version", b.version);
  }

  /** Returns a builder for a new product (version 0). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this product's values and version. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.brand = brand;
    b.category = category;
    b.skus.addAll(skus);
    b.version = version;
    return b;
  }

  /** The product's id. */
  public ProductId id() {
    return id;
  }

  /** The product title. */
  public String title() {
    return title;
  }

  /** The brand, if any. */
  public Optional<String> brand() {
    return Optional.ofNullable(brand);
  }

  /** The seller's category path, if any. */
  public Optional<String> category() {
    return Optional.ofNullable(category);
  }

  /** The variants, in the order given; unmodifiable and never empty. */
  public List<Sku> skus() {
    return skus;
  }

  /** The variant with {@code code}, if this product has it. */
  public Optional<Sku> sku(SkuCode code) {
    return skus.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The optimistic version: 0 before the first save, incremented by every update. */
  public long version() {
    return version;
  }

  @Override
  public String toString() {
    return "Product[" + id + ", " + skus.size() + " skus, v" + version + "]";
  }

  /** Builds a {@link Product}; not thread-safe. Id, title and at least one SKU are required. */
  public static final class Builder {
    private @Nullable ProductId id;
    private @Nullable String title;
    private @Nullable String brand;
    private @Nullable String category;
    private final List<Sku> skus = new ArrayList<>();
    private long version;

    private Builder() {}

    /** Sets the id. */
    public Builder id(ProductId id) {
      this.id = requireNonNull(id, "id == null");
      return this;
    }

    /** Sets the id from text. */
    public Builder id(String id) {
      return id(ProductId.of(id));
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the brand, or clears it with {@code null}. */
    public Builder brand(@Nullable String brand) {
      this.brand = brand;
      return this;
    }

    /** Sets the category path, or clears it with {@code null}. */
    public Builder category(@Nullable String category) {
      this.category = category;
      return this;
    }

    /** Adds a variant. */
    public Builder addSku(Sku sku) {
      this.skus.add(requireNonNull(sku, "sku == null"));
      return this;
    }

    /** Replaces all variants. */
    public Builder skus(List<Sku> skus) {
      this.skus.clear();
      skus.forEach(this::addSku);
      return this;
    }

    /** Sets the version; stores set it, hosts rarely need to. */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** Validates and returns the product. */
    public Product build() {
      return new Product(this);
    }
  }
}
