package dev.crossborder.erp.store.jdbc.internal;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.QuantityPolicyRepository;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Quantity policies in {@code erp_quantity_policy}, one row per shop, every field a column (the
 * feeding warehouses as their ids separated by spaces, which a warehouse id cannot contain):
 * saving updates the row and inserts it when there is none. Bound to one session; not thread-safe.
 */
final class JdbcQuantityPolicyRepository implements QuantityPolicyRepository {
  private final JdbcSession s;

  JdbcQuantityPolicyRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void save(ShopId shop, QuantityPolicy p) {
    String warehouses = p.warehouses().stream().map(WarehouseId::value).sorted().collect(Collectors.joining(" "));
    int rows =
        s.update(
            "quantity policy",
            "UPDATE erp_quantity_policy SET warehouses = ?, percent = ?, min_units = ?, max_units = ?,"
                + " threshold_units = ?, reserve_units = ? WHERE tenant_id = ? AND shop_id = ?",
            warehouses,
            p.percent(),
            p.min(),
            JdbcSession.nullableLong(p.max()),
            p.threshold(),
            p.reserve(),
            s.tenantId(),
            shop.value());
    if (rows == 0
        && !s.insertIfAbsent(
            "quantity policy",
            "INSERT INTO erp_quantity_policy (tenant_id, shop_id, warehouses, percent, min_units, max_units,"
                + " threshold_units, reserve_units) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            shop.value(),
            warehouses,
            p.percent(),
            p.min(),
            JdbcSession.nullableLong(p.max()),
            p.threshold(),
            p.reserve())) {
      // Another transaction inserted the shop's first policy meanwhile: retry, which updates it.
      throw new ConcurrentUpdateException("quantity policy of shop " + shop);
    }
  }

  @Override
  public Optional<QuantityPolicy> find(ShopId shop) {
    return s.queryOne(
        "quantity policy",
        "SELECT warehouses, percent, min_units, max_units, threshold_units, reserve_units"
            + " FROM erp_quantity_policy WHERE tenant_id = ? AND shop_id = ?",
        rs -> {
          String joined = rs.getString("warehouses");
          Set<WarehouseId> warehouses = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
          if (!joined.isEmpty()) {
            Arrays.stream(joined.split(" ")).map(WarehouseId::of).forEach(warehouses::add);
          }
          long max = rs.getLong("max_units");
          Long maxUnits = rs.wasNull() ? null : max;
          return new QuantityPolicy(
              warehouses,
              rs.getInt("percent"),
              rs.getLong("min_units"),
              maxUnits,
              rs.getLong("threshold_units"),
              rs.getLong("reserve_units"));
        },
        s.tenantId(),
        shop.value());
  }
}
