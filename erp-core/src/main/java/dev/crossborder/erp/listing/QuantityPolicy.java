package dev.crossborder.erp.listing;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * How much of the ledger's stock one shop shows (the anti-oversell rule). A pure function of the
 * policy and the units available per warehouse; immutable.
 *
 * <p>The steps, in order (each is a {@link QuantityQuote.Step}):
 *
 * <ol>
 *   <li>{@code available}: the sum of the available units (on hand − reserved, never below 0) of
 *       the feeding warehouses (every warehouse when {@code warehouses} is empty);
 *   <li>{@code reserve}: minus the units kept back for promotions, never below 0: the <em>pool</em>;
 *   <li>{@code threshold}: a pool below the threshold shows 0, and the remaining steps are skipped;
 *   <li>{@code percent}: that percentage of the pool, rounded down;
 *   <li>{@code min}: raised to at least {@code min}, but never above the pool, so a minimum never
 *       shows units that are not there;
 *   <li>{@code max}: lowered to {@code max} when one is set.
 * </ol>
 *
 * @param warehouses the warehouses that feed the shop; empty means every warehouse
 * @param percent the percentage of the pool shown, 0 to 100
 * @param min the least shown while the pool holds that many units (0 for none)
 * @param max the most ever shown, or {@code null} for no limit
 * @param threshold a pool below this shows 0 (0 for none)
 * @param reserve units kept back for promotions before anything is shown (0 for none)
 */
public record QuantityPolicy(
    Set<WarehouseId> warehouses, int percent, long min, @Nullable Long max, long threshold, long reserve) {

  private static final QuantityPolicy ALL = new QuantityPolicy(Set.of(), 100, 0, null, 0, 0);

  /**
   * Validates and copies.
   *
   * @throws InvalidInputException naming the field: {@code percent} outside 0-100, a negative
   *     {@code min}, {@code max}, {@code threshold} or {@code reserve}, or {@code min} above {@code
   *     max}
   */
  public QuantityPolicy {
    warehouses = Set.copyOf(Checks.present("warehouses", warehouses));
    if (percent < 0 || percent > 100) {
      throw new InvalidInputException("percent", percent, "must be between 0 and 100");
    }
    Checks.nonNegative("min", min);
    Checks.nonNegative("threshold", threshold);
    Checks.nonNegative("reserve", reserve);
    if (max != null) {
      Checks.nonNegative("max", max);
      if (min > max) {
        throw new InvalidInputException("min", min, "must not exceed max " + max);
      }
    }
  }

  /** Every warehouse, 100%, no limits: shows everything available. */
  public static QuantityPolicy all() {
    return ALL;
  }

  /** A builder starting from {@link #all()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code warehouse} feeds the shop. */
  public boolean feeds(WarehouseId warehouse) {
    return warehouses.isEmpty() || warehouses.contains(warehouse);
  }

  /**
   * The quantity to show, with each step, from the units available per warehouse. Warehouses that
   * do not feed the shop are ignored; negative availability counts as 0.
   *
   * @param available available units (on hand − reserved) by warehouse
   */
  public QuantityQuote quote(Map<WarehouseId, Long> available) {
    Checks.present("available", available);
    List<QuantityQuote.Step> steps = new ArrayList<>(6);
    long total = 0;
    List<String> fed = new ArrayList<>();
    List<Map.Entry<WarehouseId, Long>> entries = new ArrayList<>(available.entrySet());
    entries.sort(Comparator.comparing(e -> e.getKey().value()));
    for (Map.Entry<WarehouseId, Long> e : entries) {
      if (feeds(e.getKey())) {
        long units = Math.max(0, e.getValue());
        total = Math.addExact(total, units);
        fed.add(e.getKey().value() + "=" + units);
      }
    }
    steps.add(new QuantityQuote.Step("available", fed.isEmpty() ? "no feeding warehouse has stock" : String.join(" + ", fed), total));
    long q = total;
    if (reserve > 0) {
      q = Math.max(0, q - reserve);
      steps.add(new QuantityQuote.Step("reserve", "-" + reserve + " kept for promotions", q));
    }
    if (threshold > 0 && q < threshold) {
      steps.add(new QuantityQuote.Step("threshold", q + " < " + threshold + ": show 0", 0));
      return new QuantityQuote(0, steps);
    }
    long pool = q;
    if (percent < 100) {
      q = Math.multiplyExact(pool, (long) percent) / 100;
      steps.add(new QuantityQuote.Step("percent", percent + "% of " + pool + ", rounded down", q));
    }
    if (q < min && q < pool) {
      q = Math.min(min, pool);
      steps.add(new QuantityQuote.Step("min", "at least " + min + ", at most the pool " + pool, q));
    }
    if (max != null && q > max) {
      q = max;
      steps.add(new QuantityQuote.Step("max", "at most " + max, q));
    }
    return new QuantityQuote(q, steps);
  }

  /** Builds a {@link QuantityPolicy}; every setting is optional. Not thread-safe. */
  public static final class Builder {
    private Set<WarehouseId> warehouses = Set.of();
    private int percent = 100;
    private long min;
    private @Nullable Long max;
    private long threshold;
    private long reserve;

    private Builder() {}

    /** Only these warehouses feed the shop (none given: every warehouse). */
    public Builder warehouses(Collection<WarehouseId> warehouses) {
      this.warehouses = Set.copyOf(warehouses);
      return this;
    }

    /** Only these warehouses feed the shop. */
    public Builder warehouses(String... warehouses) {
      List<WarehouseId> ids = new ArrayList<>();
      for (String w : warehouses) {
        ids.add(WarehouseId.of(w));
      }
      return warehouses(ids);
    }

    /** Shows this percentage of the pool, rounded down. */
    public Builder percent(int percent) {
      this.percent = percent;
      return this;
    }

    /** Shows at least this many while the pool holds them. */
    public Builder min(long min) {
      this.min = min;
      return this;
    }

    /** Shows at most this many ({@code null}: no limit). */
    public Builder max(@Nullable Long max) {
      this.max = max;
      return this;
    }

    /** Shows 0 while the pool is below this. */
    public Builder threshold(long threshold) {
      this.threshold = threshold;
      return this;
    }

    /** Keeps this many back for promotions. */
    public Builder reserve(long reserve) {
      this.reserve = reserve;
      return this;
    }

    /**
     * The policy.
     *
     * @throws InvalidInputException naming the field of a bad setting
     */
    public QuantityPolicy build() {
      return new QuantityPolicy(warehouses, percent, min, max, threshold, reserve);
    }
  }
}
