package dev.crossborder.erp.order.rules;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.shop.PlatformId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the rules read besides the order, as an immutable snapshot the host provides: the
 * warehouses (their order is the default ranking), available stock per SKU and warehouse, catalog
 * SKU weights, a distance table (destination country → warehouse → kilometres) for "nearest", a
 * cost table (warehouse → destination country or {@code *} → cost per shipment) for "lowest
 * cost", the platforms that forbid merging orders, and the open orders merge candidates are
 * looked for among. Thread-safe; build once and share across many evaluations.
 */
public final class RuleContext {
  /** The cost table's key for "any destination country". */
  public static final String ANY_COUNTRY = "*";

  private final List<Warehouse> warehouses;
  private final Map<WarehouseId, Warehouse> warehousesById;
  private final Map<SkuCode, Map<WarehouseId, Long>> stock;
  private final Map<SkuCode, Weight> weights;
  private final Map<String, Map<WarehouseId, Long>> distances;
  private final Map<WarehouseId, Map<String, Money>> costs;
  private final Set<PlatformId> mergeForbidden;
  private final List<OrderInput> openOrders;

  private RuleContext(Builder b) {
    this.warehouses = List.copyOf(b.warehouses.values());
    this.warehousesById = Map.copyOf(b.warehouses);
    this.stock = copyNested(b.stock);
    this.weights = Map.copyOf(b.weights);
    this.distances = copyNested(b.distances);
    this.costs = copyNested(b.costs);
    this.mergeForbidden = Set.copyOf(b.mergeForbidden);
    this.openOrders = List.copyOf(b.openOrders);
  }

  private static <K, L, V> Map<K, Map<L, V>> copyNested(Map<K, Map<L, V>> m) {
    Map<K, Map<L, V>> copy = new HashMap<>();
    m.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    return Map.copyOf(copy);
  }

  /** A builder for an empty context. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding everything this context holds, to derive a context from it (routing replaces
   * the stock with a snapshot from the ledger).
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    warehouses.forEach(b::warehouse);
    stock.forEach((sku, row) -> row.forEach((warehouse, units) -> b.stock(sku, warehouse, units)));
    weights.forEach(b::weight);
    distances.forEach((country, row) -> row.forEach((warehouse, km) -> b.distance(country, warehouse, km)));
    costs.forEach((warehouse, row) -> row.forEach((country, cost) -> b.cost(warehouse, country, cost)));
    mergeForbidden.forEach(b::forbidMerge);
    return b.openOrders(openOrders);
  }

  /** The warehouses, in the order given (the default ranking). */
  public List<Warehouse> warehouses() {
    return warehouses;
  }

  /** The warehouse with {@code id}, if the context knows it. */
  public Optional<Warehouse> warehouse(WarehouseId id) {
    return Optional.ofNullable(warehousesById.get(id));
  }

  /** Available units of {@code sku} in {@code warehouse}; 0 when the snapshot has no entry. */
  public long available(SkuCode sku, WarehouseId warehouse) {
    Map<WarehouseId, Long> bySku = stock.get(sku);
    if (bySku == null) {
      return 0;
    }
    Long units = bySku.get(warehouse);
    return units == null ? 0 : units;
  }

  /** The catalog weight of one unit of {@code sku}, if known. */
  public Optional<Weight> weight(SkuCode sku) {
    return Optional.ofNullable(weights.get(sku));
  }

  /** Kilometres from {@code warehouse} to destination {@code country}, if the table has it. */
  public Optional<Long> distance(String country, WarehouseId warehouse) {
    Map<WarehouseId, Long> row = distances.get(country);
    return Optional.ofNullable(row == null ? null : row.get(warehouse));
  }

  /**
   * The cost of one shipment from {@code warehouse} to {@code country}, falling back to the
   * warehouse's {@link #ANY_COUNTRY} entry; empty if neither is in the table.
   */
  public Optional<Money> cost(WarehouseId warehouse, String country) {
    Map<String, Money> row = costs.get(warehouse);
    if (row == null) {
      return Optional.empty();
    }
    Money cost = row.get(country);
    return Optional.ofNullable(cost != null ? cost : row.get(ANY_COUNTRY));
  }

  /** Whether orders of {@code platform} must never be merged. */
  public boolean forbidsMerge(PlatformId platform) {
    return mergeForbidden.contains(platform);
  }

  /** Open orders (not yet shipped) that merge candidates are looked for among. */
  public List<OrderInput> openOrders() {
    return openOrders;
  }

  /** Builds a {@link RuleContext}. Not thread-safe. */
  public static final class Builder {
    private final Map<WarehouseId, Warehouse> warehouses = new LinkedHashMap<>();
    private final Map<SkuCode, Map<WarehouseId, Long>> stock = new HashMap<>();
    private final Map<SkuCode, Weight> weights = new HashMap<>();
    private final Map<String, Map<WarehouseId, Long>> distances = new HashMap<>();
    private final Map<WarehouseId, Map<String, Money>> costs = new HashMap<>();
    private final Set<PlatformId> mergeForbidden = new HashSet<>();
    private final List<OrderInput> openOrders = new ArrayList<>();

    private Builder() {}

    /** Adds a warehouse; the order of calls is the default ranking. */
    public Builder warehouse(Warehouse warehouse) {
      warehouses.put(warehouse.id(), requireNonNull(warehouse, "warehouse == null"));
      return this;
    }

    /** Sets available units of {@code sku} in {@code warehouse} (must be non-negative). */
    public Builder stock(SkuCode sku, WarehouseId warehouse, long available) {
      if (available < 0) {
        throw new RuleInputException("stock[" + sku + "][" + warehouse + "]", available, "must not be negative");
      }
      stock.computeIfAbsent(requireNonNull(sku, "sku == null"), k -> new HashMap<>())
          .put(requireNonNull(warehouse, "warehouse == null"), available);
      return this;
    }

    /** Sets the catalog weight of one unit of {@code sku}. */
    public Builder weight(SkuCode sku, Weight weight) {
      weights.put(requireNonNull(sku, "sku == null"), requireNonNull(weight, "weight == null"));
      return this;
    }

    /** Sets the distance in kilometres from {@code warehouse} to destination {@code country}. */
    public Builder distance(String country, WarehouseId warehouse, long kilometres) {
      if (kilometres < 0) {
        throw new RuleInputException("distances[" + country + "][" + warehouse + "]", kilometres, "must not be negative");
      }
      distances.computeIfAbsent(country.toUpperCase(Locale.ROOT), k -> new HashMap<>())
          .put(requireNonNull(warehouse, "warehouse == null"), kilometres);
      return this;
    }

    /** Sets the cost of one shipment from {@code warehouse} to {@code country} (or {@code *}). */
    public Builder cost(WarehouseId warehouse, String country, Money cost) {
      costs.computeIfAbsent(requireNonNull(warehouse, "warehouse == null"), k -> new HashMap<>())
          .put(country.toUpperCase(Locale.ROOT), requireNonNull(cost, "cost == null"));
      return this;
    }

    /** Marks {@code platform} as forbidding merged orders. */
    public Builder forbidMerge(PlatformId platform) {
      mergeForbidden.add(requireNonNull(platform, "platform == null"));
      return this;
    }

    /** Adds open orders to look for merge candidates among. */
    public Builder openOrders(List<OrderInput> orders) {
      openOrders.addAll(orders);
      return this;
    }

    /** Builds the immutable context. */
    public RuleContext build() {
      return new RuleContext(this);
    }
  }
}
