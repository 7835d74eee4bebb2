package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** The inventory repository of one in-memory session. */
final class MemoryInventoryRepository implements InventoryRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryInventoryRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public Optional<StockLevel> level(SkuCode sku, WarehouseId warehouse) {
    return s.hasLevel(sku, warehouse) ? Optional.of(s.level(sku, warehouse)) : Optional.empty();
  }

  @Override
  public List<StockLevel> levels(SkuCode sku) {
    TreeSet<String> warehouses = new TreeSet<>();
    for (Keys.Level key : t.levels.committed.tailMap(new Keys.Level(sku.value(), ""), true).keySet()) {
      if (!key.sku().equals(sku.value())) {
        break;
      }
      warehouses.add(key.warehouse());
    }
    warehouses.addAll(s.touchedWarehouses(sku));
    return warehouses.stream().map(w -> s.level(sku, WarehouseId.of(w))).toList();
  }

  @Override
  public boolean apply(Movement movement) {
    if (s.get(t.movementsById, movement.id()) != null) {
      throw new DuplicateKeyException("movementId", movement.id());
    }
    StockLevel next = s.level(movement.sku(), movement.warehouse()).plus(movement.delta());
    if (!next.isConsistent()) {
      if (s.isStale()) {
        throw new ConcurrentUpdateException("stock of " + movement.sku() + " at " + movement.warehouse());
      }
      return false;
    }
    s.addDelta(movement.sku(), movement.warehouse(), movement.delta());
    long seq = s.provisionalPosition();
    s.put(t.ledger, new Keys.Ledger(movement.sku().value(), movement.warehouse().value(), seq), movement);
    s.put(t.movementsById, movement.id(), movement);
    s.requireAbsentAtCommit(t.movementsById, movement.id(), "movement " + movement.id());
    return true;
  }

  @Override
  public Optional<Movement> movement(String id) {
    return Optional.ofNullable(s.get(t.movementsById, id));
  }

  @Override
  public Page<Movement> movements(SkuCode sku, WarehouseId warehouse, PageRequest page) {
    long after = page.cursor().map(Cursors::decodeLong).orElse(-1L);
    var scanned =
        s.scan(
            t.ledger,
            new Keys.Ledger(sku.value(), warehouse.value(), after),
            new Keys.Ledger(sku.value(), warehouse.value(), Long.MAX_VALUE),
            (k, v) -> true,
            page.limit() + 1);
    return Paging.page(scanned, page, m -> m, k -> Cursors.encode(Long.toString(k.seq())));
  }

  @Override
  public Optional<Reservation> reservation(String key) {
    return Optional.ofNullable(s.get(t.reservations, key));
  }

  @Override
  public void insertReservation(Reservation reservation) {
    if (s.get(t.reservations, reservation.key()) != null) {
      throw new DuplicateKeyException("key", reservation.key());
    }
    s.put(t.reservations, reservation.key(), reservation);
    s.requireAbsentAtCommit(t.reservations, reservation.key(), "reservation " + reservation.key());
  }

  @Override
  public boolean closeReservation(String key, Reservation.State next) {
    Reservation current = s.get(t.reservations, key);
    if (current == null || current.state() != Reservation.State.ACTIVE) {
      return false;
    }
    s.put(t.reservations, key, current.withState(next));
    s.precondition(
        () -> {
          Reservation c = t.reservations.committed.get(key);
          return c == null || c.state() == Reservation.State.ACTIVE ? null : "reservation " + key;
        });
    return true;
  }
}
