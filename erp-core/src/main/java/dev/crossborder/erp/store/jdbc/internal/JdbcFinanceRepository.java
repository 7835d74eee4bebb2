package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.finance.CostLayer;
import dev.crossborder.erp.finance.CostPosition;
import dev.crossborder.erp.finance.CostingMethod;
import dev.crossborder.erp.finance.OrderProfit;
import dev.crossborder.erp.finance.ProfitKind;
import dev.crossborder.erp.finance.ProfitLine;
import dev.crossborder.erp.finance.ProfitQuery;
import dev.crossborder.erp.finance.internal.ProfitCursor;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.FinanceRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Finance rows in the {@code erp_fin_*} tables. Position and layer updates are conditional on the
 * version read ({@code WHERE version = ?}), so of two transactions issuing the same units only the
 * first commits and the second is a {@link ConcurrentUpdateException}. Bound to one session; not
 * thread-safe.
 */
final class JdbcFinanceRepository implements FinanceRepository {
  private static final String WHAT = "finance";

  private final JdbcSession s;

  JdbcFinanceRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public Optional<CostingMethod> costingMethod(WarehouseId warehouse) {
    return s.queryOne(WHAT,
        "SELECT method FROM erp_fin_costing_method WHERE tenant_id = ? AND warehouse_id = ?",
        rs -> CostingMethod.valueOf(rs.getString("method")), s.tenantId(), warehouse.value());
  }

  @Override
  public void saveCostingMethod(WarehouseId warehouse, CostingMethod method) {
    int rows = s.update(WHAT, "UPDATE erp_fin_costing_method SET method = ? WHERE tenant_id = ? AND warehouse_id = ?",
        method.name(), s.tenantId(), warehouse.value());
    if (rows == 0 && !s.insertIfAbsent(WHAT,
        "INSERT INTO erp_fin_costing_method (tenant_id, warehouse_id, method) VALUES (?, ?, ?)",
        s.tenantId(), warehouse.value(), method.name())) {
      throw new ConcurrentUpdateException("costing method of " + warehouse);
    }
  }

  @Override
  public Optional<CostPosition> position(SkuCode sku, WarehouseId warehouse) {
    return s.queryOne(WHAT,
        "SELECT quantity, value_minor, currency, version FROM erp_fin_cost_position"
            + " WHERE tenant_id = ? AND sku = ? AND warehouse_id = ?",
        rs -> new CostPosition(sku, warehouse, rs.getLong("quantity"),
            Money.ofMinor(rs.getLong("value_minor"), Currency.getInstance(rs.getString("currency"))),
            rs.getLong("version")),
        s.tenantId(), sku.value(), warehouse.value());
  }

  @Override
  public boolean holdsUnits(WarehouseId warehouse) {
    return s.exists(WHAT,
        "SELECT 1 FROM erp_fin_cost_position WHERE tenant_id = ? AND warehouse_id = ? AND quantity > 0",
        s.tenantId(), warehouse.value());
  }

  @Override
  public CostPosition savePosition(CostPosition p) {
    long expected = p.version();
    String what = "cost position " + p.sku() + " at " + p.warehouse() + " version " + expected;
    boolean done;
    if (expected == 0) {
      done = s.insertIfAbsent(WHAT,
          "INSERT INTO erp_fin_cost_position (tenant_id, sku, warehouse_id, quantity, value_minor, currency, version)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)",
          s.tenantId(), p.sku().value(), p.warehouse().value(), p.quantity(), p.value().minorUnits(),
          p.value().currency().getCurrencyCode(), 1L);
    } else {
      done = s.update(WHAT,
          "UPDATE erp_fin_cost_position SET quantity = ?, value_minor = ?, currency = ?, version = version + 1"
              + " WHERE tenant_id = ? AND sku = ? AND warehouse_id = ? AND version = ?",
          p.quantity(), p.value().minorUnits(), p.value().currency().getCurrencyCode(), s.tenantId(),
          p.sku().value(), p.warehouse().value(), expected) > 0;
    }
    if (!done) {
      throw new ConcurrentUpdateException(what);
    }
    return new CostPosition(p.sku(), p.warehouse(), p.quantity(), p.value(), expected + 1);
  }

  @Override
  public void insertLayer(CostLayer layer) {
    CostLayer stored = layer.atVersion(0);
    boolean inserted = s.insertIfAbsent(WHAT,
        "INSERT INTO erp_fin_cost_layer (tenant_id, layer_id, sku, warehouse_id, seq, remaining, doc, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        s.tenantId(), stored.id(), stored.sku().value(), stored.warehouse().value(), stored.seq(), stored.remaining(),
        s.documents().write(stored, "cost layer", false), 0L);
    if (!inserted) {
      throw new DuplicateKeyException("layerId", layer.id());
    }
  }

  @Override
  public Optional<CostLayer> layer(String id) {
    return s.queryOne(WHAT, "SELECT doc, version FROM erp_fin_cost_layer WHERE tenant_id = ? AND layer_id = ?",
        this::readLayer, s.tenantId(), requireNonNull(id, "id == null"));
  }

  @Override
  public CostLayer updateLayer(CostLayer layer) {
    long expected = layer.version();
    CostLayer next = layer.atVersion(expected + 1);
    int rows = s.update(WHAT,
        "UPDATE erp_fin_cost_layer SET remaining = ?, doc = ?, version = version + 1"
            + " WHERE tenant_id = ? AND layer_id = ? AND version = ?",
        next.remaining(), s.documents().write(next, "cost layer", false), s.tenantId(), layer.id(), expected);
    if (rows == 0) {
      throw new ConcurrentUpdateException("cost layer " + layer.id() + " version " + expected);
    }
    return next;
  }

  @Override
  public List<CostLayer> layers(SkuCode sku, WarehouseId warehouse, boolean open) {
    return s.query(WHAT,
        "SELECT doc, version FROM erp_fin_cost_layer WHERE tenant_id = ? AND sku = ? AND warehouse_id = ?"
            + (open ? " AND remaining > 0" : "") + " ORDER BY seq",
        this::readLayer, s.tenantId(), sku.value(), warehouse.value());
  }

  @Override
  public long nextLayerSeq(SkuCode sku, WarehouseId warehouse) {
    return s.queryOne(WHAT,
            "SELECT MAX(seq) AS top FROM erp_fin_cost_layer WHERE tenant_id = ? AND sku = ? AND warehouse_id = ?",
            rs -> rs.getLong("top"), s.tenantId(), sku.value(), warehouse.value())
        .orElse(0L) + 1;
  }

  @Override
  public boolean markApplied(String key) {
    return s.insertIfAbsent(WHAT, "INSERT INTO erp_fin_applied (tenant_id, applied_key) VALUES (?, ?)",
        s.tenantId(), key);
  }

  @Override
  public boolean isApplied(String key) {
    return s.exists(WHAT, "SELECT 1 FROM erp_fin_applied WHERE tenant_id = ? AND applied_key = ?",
        s.tenantId(), key);
  }

  @Override
  public void saveProfit(OrderProfit profit) {
    s.update(WHAT, "DELETE FROM erp_fin_profit_line WHERE tenant_id = ? AND kind = ? AND order_id = ?",
        s.tenantId(), profit.kind().name(), profit.orderId().value());
    int no = 0;
    for (ProfitLine line : profit.lines()) {
      s.update(WHAT,
          "INSERT INTO erp_fin_profit_line"
              + " (tenant_id, kind, order_id, line_id, line_no, shop_id, sku, shipped_at, doc)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          s.tenantId(), line.kind().name(), line.orderId().value(), line.lineId(), no++, line.shopId().value(),
          line.sku().value(), line.shippedAt(), s.documents().write(line, "profit line", false));
    }
  }

  @Override
  public Optional<OrderProfit> profit(OrderId order, ProfitKind kind) {
    List<ProfitLine> lines = s.query(WHAT,
        "SELECT doc FROM erp_fin_profit_line WHERE tenant_id = ? AND kind = ? AND order_id = ? ORDER BY line_no",
        this::readLine, s.tenantId(), kind.name(), order.value());
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    ProfitLine first = lines.get(0);
    return Optional.of(new OrderProfit(order, first.shopId(), kind, first.shippedAt(), lines));
  }

  @Override
  public Page<ProfitLine> profitLines(ProfitQuery q, PageRequest page) {
    StringBuilder sql = new StringBuilder("SELECT doc FROM erp_fin_profit_line WHERE tenant_id = ? AND kind = ?");
    List<Object> args = new ArrayList<>(List.of(s.tenantId(), q.kind().name()));
    if (q.orderId() != null) {
      sql.append(" AND order_id = ?");
      args.add(q.orderId().value());
    }
    if (q.sku() != null) {
      sql.append(" AND sku = ?");
      args.add(q.sku().value());
    }
    if (q.shopId() != null) {
      sql.append(" AND shop_id = ?");
      args.add(q.shopId().value());
    }
    if (q.from() != null) {
      sql.append(" AND shipped_at >= ?");
      args.add(q.from());
    }
    if (q.to() != null) {
      sql.append(" AND shipped_at < ?");
      args.add(q.to());
    }
    if (page.after() != null) {
      ProfitCursor c = ProfitCursor.decode(page.after());
      sql.append(" AND (shipped_at > ? OR (shipped_at = ? AND (order_id > ? OR (order_id = ? AND line_id > ?))))");
      args.addAll(List.of(c.shippedAt(), c.shippedAt(), c.orderId(), c.orderId(), c.lineId()));
    }
    sql.append(" ORDER BY shipped_at, order_id, line_id LIMIT ?");
    args.add(page.limit() + 1);
    List<ProfitLine> rows = s.query(WHAT, sql.toString(), this::readLine, args.toArray());
    boolean more = rows.size() > page.limit();
    List<ProfitLine> shown = more ? rows.subList(0, page.limit()) : rows;
    return new Page<>(shown, more ? ProfitCursor.of(shown.get(shown.size() - 1)).encode() : null);
  }

  @Override
  public boolean insertSettlementEvent(ShopId shop, SettlementEvent event) {
    return s.insertIfAbsent(WHAT,
        "INSERT INTO erp_fin_settlement_event (tenant_id, shop_id, event_id, platform_order_id, doc)"
            + " VALUES (?, ?, ?, ?, ?)",
        s.tenantId(), shop.value(), event.eventId(), JdbcSession.nullableText(event.platformOrderId()),
        s.documents().write(event, "settlement event", false));
  }

  @Override
  public List<SettlementEvent> settlementEvents(ShopId shop, String platformOrderId) {
    return s.query(WHAT,
        "SELECT doc FROM erp_fin_settlement_event WHERE tenant_id = ? AND shop_id = ? AND platform_order_id = ?"
            + " ORDER BY event_id",
        rs -> s.documents().read(rs.getString("doc"), SettlementEvent.class, "settlement event", false),
        s.tenantId(), shop.value(), platformOrderId);
  }

  private CostLayer readLayer(ResultSet rs) throws SQLException {
    return s.documents().read(rs.getString("doc"), CostLayer.class, "cost layer", false)
        .atVersion(rs.getLong("version"));
  }

  private ProfitLine readLine(ResultSet rs) throws SQLException {
    return s.documents().read(rs.getString("doc"), ProfitLine.class, "profit line", false);
  }
}
