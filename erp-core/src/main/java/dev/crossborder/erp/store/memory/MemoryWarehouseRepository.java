package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.WarehouseRepository;
import java.util.Optional;

/** The warehouse repository of one in-memory session. */
final class MemoryWarehouseRepository implements WarehouseRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryWarehouseRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public void save(Warehouse warehouse) {
    s.put(t.warehouses, warehouse.id().value(), warehouse);
  }

  @Override
  public Optional<Warehouse> find(WarehouseId id) {
    return Optional.ofNullable(s.get(t.warehouses, id.value()));
  }

  @Override
  public Page<Warehouse> list(PageRequest page) {
    String after = page.cursor().map(Cursors::decode).orElse(null);
    return Paging.page(
        s.scan(t.warehouses, after, null, (k, v) -> true, page.limit() + 1), page, v -> v, Cursors::encode);
  }
}
