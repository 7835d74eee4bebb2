package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.WarehouseRepository;
import java.util.List;
import java.util.Optional;

/** Warehouse summaries in {@code erp_warehouse}, bound to one session. Not thread-safe. */
final class JdbcWarehouseRepository implements WarehouseRepository {
  private static final String LIST = "warehouses";

  private final JdbcSession s;

  JdbcWarehouseRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void save(Warehouse warehouse) {
    requireNonNull(warehouse, "warehouse == null");
    String doc = s.documents().warehouse(warehouse);
    Upserts.updateOrInsert(
        s,
        "warehouse",
        "UPDATE erp_warehouse SET doc = ? WHERE tenant_id = ? AND id = ?",
        new Object[] {doc, s.tenantId(), warehouse.id().value()},
        "INSERT INTO erp_warehouse (tenant_id, id, doc) VALUES (?, ?, ?)",
        new Object[] {s.tenantId(), warehouse.id().value(), doc});
  }

  @Override
  public Optional<Warehouse> find(WarehouseId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "warehouse",
        "SELECT doc FROM erp_warehouse WHERE tenant_id = ? AND id = ?",
        rs -> s.documents().warehouse(rs.getString("doc")),
        s.tenantId(),
        id.value());
  }

  @Override
  public Page<Warehouse> list(PageRequest page) {
    requireNonNull(page, "page == null");
    List<Warehouse> rows;
    if (page.after() == null) {
      rows =
          s.query(
              "warehouse",
              "SELECT doc FROM erp_warehouse WHERE tenant_id = ? ORDER BY id LIMIT ?",
              rs -> s.documents().warehouse(rs.getString("doc")),
              s.tenantId(),
              page.limit() + 1);
    } else {
      rows =
          s.query(
              "warehouse",
              "SELECT doc FROM erp_warehouse WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?",
              rs -> s.documents().warehouse(rs.getString("doc")),
              s.tenantId(),
              Keyset.decode(LIST, page.after()),
              page.limit() + 1);
    }
    return Keyset.page(rows, page, w -> w, w -> Keyset.encode(LIST, w.id().value()));
  }
}
