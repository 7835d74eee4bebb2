package dev.crossborder.erp.purchasing;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.ConfigurationException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which {@link PlanningParameters} apply to a SKU: its own if set, else its category's, else the
 * global ones. Immutable and thread-safe.
 */
public final class PlanningPolicy {
  private final Resolved global;
  private final Map<String, Resolved> byCategory;
  private final Map<SkuCode, Resolved> bySku;

  private PlanningPolicy(Builder b, PlanningParameters global) {
    this.global = new Resolved(global, "global");
    Map<String, Resolved> categories = new HashMap<>();
    b.byCategory.forEach((k, v) -> categories.put(k, new Resolved(v, "category " + k)));
    this.byCategory = Map.copyOf(categories);
    Map<SkuCode, Resolved> skus = new HashMap<>();
    b.bySku.forEach((k, v) -> skus.put(k, new Resolved(v, "sku " + k)));
    this.bySku = Map.copyOf(skus);
  }

  /** The same parameters for every SKU. */
  public static PlanningPolicy of(PlanningParameters global) {
    return builder().global(global).build();
  }

  /** Returns a builder; the global parameters are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The parameters for {@code sku} of {@code category} (if it has one), and where they came from. */
  public Resolved resolve(SkuCode sku, @Nullable String category) {
    Resolved own = bySku.get(sku);
    if (own != null) {
      return own;
    }
    if (category != null) {
      Resolved cat = byCategory.get(category);
      if (cat != null) {
        return cat;
      }
    }
    return global;
  }

  /**
   * Parameters and their source.
   *
   * @param parameters the parameters
   * @param source {@code "sku X"}, {@code "category Y"} or {@code "global"}
   */
  public record Resolved(PlanningParameters parameters, String source) {}

  /** Builds a {@link PlanningPolicy}; not thread-safe. Setting the same key twice is a {@link ConfigurationException}. */
  public static final class Builder {
    private @Nullable PlanningParameters global;
    private final Map<String, PlanningParameters> byCategory = new HashMap<>();
    private final Map<SkuCode, PlanningParameters> bySku = new HashMap<>();

    private Builder() {}

    /** The parameters of SKUs without their own or their category's (required). */
    public Builder global(PlanningParameters parameters) {
      if (global != null) {
        throw new ConfigurationException("global parameters were already set");
      }
      this.global = requireNonNull(parameters, "parameters == null");
      return this;
    }

    /** The parameters of the SKUs of {@code category} (the product's category). */
    public Builder category(String category, PlanningParameters parameters) {
      requireNonNull(category, "category == null");
      if (byCategory.putIfAbsent(category, requireNonNull(parameters, "parameters == null")) != null) {
        throw new ConfigurationException("parameters of category " + category + " were already set");
      }
      return this;
    }

    /** The parameters of one SKU. */
    public Builder sku(SkuCode sku, PlanningParameters parameters) {
      requireNonNull(sku, "sku == null");
      if (bySku.putIfAbsent(sku, requireNonNull(parameters, "parameters == null")) != null) {
        throw new ConfigurationException("parameters of sku " + sku + " were already set");
      }
      return this;
    }

    /** Builds the policy. */
    public PlanningPolicy build() {
      if (global == null) {
        throw new ConfigurationException("global parameters are required");
      }
      return new PlanningPolicy(this, global);
    }
  }
}
