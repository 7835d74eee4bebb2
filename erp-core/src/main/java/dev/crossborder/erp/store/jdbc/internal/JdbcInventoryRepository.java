package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock ledger: bucket levels in {@code erp_stock_level}, movements in {@code
 * erp_stock_movement} (its identity column {@code seq} is the order they were applied in, taken
 * while the level row is locked), reservations in {@code erp_reservation}. Bound to one session;
 * not thread-safe.
 *
 * <p>{@link #apply(Movement)} changes a level with one conditional UPDATE that adds every delta
 * only if no bucket goes below zero and reserved stays within on hand; the database re-checks the
 * condition on the row's latest committed version when concurrent writers queue on it, so no
 * interleaving of any number of store instances overdraws. A level row is created on the first
 * movement that a zero level can take.
 */
final class JdbcInventoryRepository implements InventoryRepository {
  private static final String LIST = "movements";
  private static final String LEVEL_COLUMNS =
      "sku, warehouse_id, on_hand, reserved, inbound, in_transit, defective";
  private static final String ADD_DELTA =
      "UPDATE erp_stock_level SET on_hand = on_hand + ?, reserved = reserved + ?,"
          + " inbound = inbound + ?, in_transit = in_transit + ?, defective = defective + ?"
          + " WHERE tenant_id = ? AND sku = ? AND warehouse_id = ?"
          + " AND on_hand + ? >= 0 AND reserved + ? >= 0 AND inbound + ? >= 0"
          + " AND in_transit + ? >= 0 AND defective + ? >= 0 AND reserved + ? <= on_hand + ?";
  private static final String MOVEMENT_COLUMNS =
      "id, sku, warehouse_id, type, d_on_hand, d_reserved, d_inbound, d_in_transit, d_defective,"
          + " ref, note, recorded_at";

  private final JdbcSession s;

  JdbcInventoryRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public Optional<StockLevel> level(SkuCode sku, WarehouseId warehouse) {
    requireNonNull(sku, "sku == null");
    requireNonNull(warehouse, "warehouse == null");
    return s.queryOne(
        "stock level",
        "SELECT "
            + LEVEL_COLUMNS
            + " FROM erp_stock_level WHERE tenant_id = ? AND sku = ? AND warehouse_id = ?",
        rs -> level(rs, sku),
        s.tenantId(),
        sku.value(),
        warehouse.value());
  }

  @Override
  public List<StockLevel> levels(SkuCode sku) {
    requireNonNull(sku, "sku == null");
    return s.query(
        "stock level",
        "SELECT "
            + LEVEL_COLUMNS
            + " FROM erp_stock_level WHERE tenant_id = ? AND sku = ? ORDER BY warehouse_id",
        rs -> level(rs, sku),
        s.tenantId(),
        sku.value());
  }

  @Override
  public List<StockLevel> levels(Collection<SkuCode> skus) {
    requireNonNull(skus, "skus == null");
    Map<String, SkuCode> byValue = new LinkedHashMap<>();
    for (SkuCode sku : skus) {
      byValue.put(requireNonNull(sku, "sku == null").value(), sku);
    }
    if (byValue.size() <= 1) {
      return byValue.isEmpty() ? List.of() : levels(byValue.values().iterator().next());
    }
    Object[] args = new Object[byValue.size() + 1];
    args[0] = s.tenantId();
    int i = 1;
    for (String value : byValue.keySet()) {
      args[i++] = value;
    }
    return s.query(
        "stock level",
        "SELECT "
            + LEVEL_COLUMNS
            + " FROM erp_stock_level WHERE tenant_id = ? AND sku IN ("
            + String.join(", ", Collections.nCopies(byValue.size(), "?"))
            + ") ORDER BY sku, warehouse_id",
        rs -> level(rs, byValue.get(rs.getString("sku"))),
        args);
  }

  private static StockLevel level(ResultSet rs, SkuCode sku) throws SQLException {
    return new StockLevel(
        sku,
        WarehouseId.of(rs.getString("warehouse_id")),
        rs.getLong("on_hand"),
        rs.getLong("reserved"),
        rs.getLong("inbound"),
        rs.getLong("in_transit"),
        rs.getLong("defective"));
  }

  @Override
  public boolean apply(Movement movement) {
    requireNonNull(movement, "movement == null");
    if (movement(movement.id()).isPresent()) {
      throw new DuplicateKeyException("movementId", movement.id());
    }
    if (!addDelta(movement.sku().value(), movement.warehouse().value(), movement.delta())) {
      return false;
    }
    StockDelta d = movement.delta();
    boolean appended =
        s.insertIfAbsent(
            "stock movement",
            "INSERT INTO erp_stock_movement (tenant_id, "
                + MOVEMENT_COLUMNS
                + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            movement.id(),
            movement.sku().value(),
            movement.warehouse().value(),
            movement.type().name(),
            d.onHand(),
            d.reserved(),
            d.inbound(),
            d.inTransit(),
            d.defective(),
            movement.reference(),
            movement.note(),
            movement.at());
    if (!appended) {
      // A concurrent transaction committed the same id after the check above; the level change
      // is already made, so this transaction must not commit. The retry reports the duplicate.
      throw s.rollbackOnly(new ConcurrentUpdateException("movement " + movement.id()));
    }
    return true;
  }

  /**
   * Adds {@code d} to the level in one conditional statement; returns whether it did. If the
   * statement finds no row, the level is created with {@code d} as its buckets, provided a zero
   * level can take {@code d}.
   */
  private boolean addDelta(String sku, String warehouse, StockDelta d) {
    if (conditionalAdd(sku, warehouse, d)) {
      return true;
    }
    // A delta that a zero level can take can be taken by every consistent level, so the update
    // failed either because the row does not exist or because the delta overdraws.
    if (!StockLevel.empty(SkuCode.of(sku), WarehouseId.of(warehouse)).plus(d).isConsistent()) {
      return false;
    }
    boolean created =
        s.insertIfAbsent(
            "stock level",
            "INSERT INTO erp_stock_level (tenant_id, sku, warehouse_id, on_hand, reserved, inbound,"
                + " in_transit, defective) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            sku,
            warehouse,
            d.onHand(),
            d.reserved(),
            d.inbound(),
            d.inTransit(),
            d.defective());
    if (created || conditionalAdd(sku, warehouse, d)) {
      return true;
    }
    // The row exists (its key is taken) but this statement cannot see it yet.
    throw new ConcurrentUpdateException("stock level " + sku + " at " + warehouse);
  }

  private boolean conditionalAdd(String sku, String warehouse, StockDelta d) {
    return s.update(
            "stock level",
            ADD_DELTA,
            d.onHand(),
            d.reserved(),
            d.inbound(),
            d.inTransit(),
            d.defective(),
            s.tenantId(),
            sku,
            warehouse,
            d.onHand(),
            d.reserved(),
            d.inbound(),
            d.inTransit(),
            d.defective(),
            d.reserved(),
            d.onHand())
        > 0;
  }

  @Override
  public Optional<Movement> movement(String id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "stock movement",
        "SELECT " + MOVEMENT_COLUMNS + " FROM erp_stock_movement WHERE tenant_id = ? AND id = ?",
        rs -> movement(rs, SkuCode.of(rs.getString("sku")), WarehouseId.of(rs.getString("warehouse_id"))),
        s.tenantId(),
        id);
  }

  private static Movement movement(ResultSet rs, SkuCode sku, WarehouseId warehouse) throws SQLException {
    return new Movement(
        rs.getString("id"),
        sku,
        warehouse,
        MovementType.valueOf(rs.getString("type")),
        new StockDelta(
            rs.getLong("d_on_hand"),
            rs.getLong("d_reserved"),
            rs.getLong("d_inbound"),
            rs.getLong("d_in_transit"),
            rs.getLong("d_defective")),
        rs.getString("ref"),
        rs.getString("note"),
        JdbcSession.instant(rs, "recorded_at"));
  }

  @Override
  public Page<Movement> movements(SkuCode sku, WarehouseId warehouse, PageRequest page) {
    requireNonNull(sku, "sku == null");
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(page, "page == null");
    long after = page.after() == null ? Long.MIN_VALUE : Keyset.decodeLong(LIST, page.after());
    List<SeqMovement> rows =
        s.query(
            "stock movement",
            "SELECT seq, "
                + MOVEMENT_COLUMNS
                + " FROM erp_stock_movement"
                + " WHERE tenant_id = ? AND sku = ? AND warehouse_id = ? AND seq > ?"
                + " ORDER BY seq LIMIT ?",
            rs -> new SeqMovement(rs.getLong("seq"), movement(rs, sku, warehouse)),
            s.tenantId(),
            sku.value(),
            warehouse.value(),
            after,
            page.limit() + 1);
    return Keyset.page(
        rows, page, SeqMovement::movement, row -> Keyset.encodeLong(LIST, row.seq()));
  }

  @Override
  public Optional<Reservation> reservation(String key) {
    requireNonNull(key, "key == null");
    return s.queryOne(
        "reservation",
        "SELECT res_key, sku, warehouse_id, quantity, state FROM erp_reservation"
            + " WHERE tenant_id = ? AND res_key = ?",
        rs ->
            new Reservation(
                rs.getString("res_key"),
                SkuCode.of(rs.getString("sku")),
                WarehouseId.of(rs.getString("warehouse_id")),
                Quantity.of(rs.getLong("quantity")),
                Reservation.State.valueOf(rs.getString("state"))),
        s.tenantId(),
        key);
  }

  @Override
  public void insertReservation(Reservation reservation) {
    requireNonNull(reservation, "reservation == null");
    boolean inserted =
        s.insertIfAbsent(
            "reservation",
            "INSERT INTO erp_reservation (tenant_id, res_key, sku, warehouse_id, quantity, state)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            reservation.key(),
            reservation.sku().value(),
            reservation.warehouse().value(),
            reservation.quantity().value(),
            reservation.state().name());
    if (!inserted) {
      throw new DuplicateKeyException("key", reservation.key());
    }
  }

  @Override
  public boolean closeReservation(String key, Reservation.State next) {
    requireNonNull(key, "key == null");
    requireNonNull(next, "next == null");
    return s.update(
            "reservation",
            "UPDATE erp_reservation SET state = ? WHERE tenant_id = ? AND res_key = ? AND state ="
                + " ?",
            next.name(),
            s.tenantId(),
            key,
            Reservation.State.ACTIVE.name())
        > 0;
  }

  private record SeqMovement(long seq, Movement movement) {}
}
