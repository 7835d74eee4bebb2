package dev.crossborder.erp.inventory.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.Inventory;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.ReservationLine;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.StockGuard;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InsufficientStockException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.WarehouseRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/** {@link Inventory} over the store's {@link InventoryRepository}. Thread-safe. */
public final class StoreInventory implements Inventory {
  private static final int MAX_KEY = 120;
  /** The movements a {@link StockGuard} of the store may refuse. */
  private static final Set<MovementType> GUARDED =
      Set.of(MovementType.RECEIPT, MovementType.ADJUSTMENT, MovementType.DEFECTIVE, MovementType.PICK, MovementType.TRANSFER_OUT);

  private final ErpContext ctx;
  private final LongAdder reservationConflicts = new LongAdder();

  /** Creates the service for {@code ctx}'s tenant. */
  public StoreInventory(ErpContext ctx) {
    this.ctx = requireNonNull(ctx, "ctx == null");
  }

  @Override
  public void saveWarehouse(Warehouse warehouse) {
    requireNonNull(warehouse, "warehouse == null");
    ctx.tx(
        tx -> {
          tx.repository(WarehouseRepository.class).save(warehouse);
          ctx.emit(
              tx,
              "warehouse",
              warehouse.id().value(),
              EventTypes.WAREHOUSE_SAVED,
              Map.of("warehouse", warehouse.id(), "kind", warehouse.kind(), "country", warehouse.country()));
          return null;
        });
  }

  @Override
  public Optional<Warehouse> warehouse(WarehouseId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(WarehouseRepository.class).find(id));
  }

  @Override
  public Page<Warehouse> warehouses(PageRequest page) {
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(WarehouseRepository.class).list(page));
  }

  @Override
  public StockLevel expectInbound(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reference) {
    return move(key, MovementType.INBOUND_EXPECTED, sku, warehouse, new StockDelta(0, 0, qty(quantity), 0, 0), reference, "");
  }

  @Override
  public StockLevel cancelInbound(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reference) {
    return move(key, MovementType.INBOUND_CANCELLED, sku, warehouse, new StockDelta(0, 0, -qty(quantity), 0, 0), reference, "");
  }

  @Override
  public StockLevel receive(
      String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reference, boolean wasExpected) {
    long q = qty(quantity);
    return move(key, MovementType.RECEIPT, sku, warehouse, new StockDelta(q, 0, wasExpected ? -q : 0, 0, 0), reference, "");
  }

  @Override
  public StockLevel adjust(String key, SkuCode sku, WarehouseId warehouse, long delta, String reason) {
    if (delta == 0) {
      throw new InvalidInputException("delta", delta, "must not be zero");
    }
    String note = Checks.text("reason", reason, 500);
    return move(key, MovementType.ADJUSTMENT, sku, warehouse, new StockDelta(delta, 0, 0, 0, 0), "adjustment", note);
  }

  @Override
  public StockLevel markDefective(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reason) {
    long q = qty(quantity);
    String note = Checks.text("reason", reason, 500);
    return move(key, MovementType.DEFECTIVE, sku, warehouse, new StockDelta(-q, 0, 0, 0, q), "defective", note);
  }

  @Override
  public StockLevel transferOut(String key, SkuCode sku, WarehouseId from, Quantity quantity, String reference) {
    long q = qty(quantity);
    return move(key, MovementType.TRANSFER_OUT, sku, from, new StockDelta(-q, 0, 0, q, 0), reference, "");
  }

  @Override
  public StockLevel transferIn(
      String key, SkuCode sku, WarehouseId from, WarehouseId to, Quantity quantity, String reference) {
    long q = qty(quantity);
    return ctx.tx(
        tx -> {
          String id = movementId(MovementType.TRANSFER_IN, key);
          applyOnce(tx, movement(id + ":from", MovementType.TRANSFER_IN, sku, from, new StockDelta(0, 0, 0, -q, 0), reference, ""));
          applyOnce(tx, movement(id + ":to", MovementType.TRANSFER_IN, sku, to, new StockDelta(q, 0, 0, 0, 0), reference, ""));
          return level(tx, sku, to);
        });
  }

  @Override
  public void reserve(List<ReservationLine> lines) {
    Checks.notEmpty("lines", lines);
    int[] attempts = {0};
    try {
      ctx.tx(
          tx -> {
            if (attempts[0]++ > 0) {
              reservationConflicts.increment(); // the store retries after a ConcurrentUpdateException
            }
            for (int i = 0; i < lines.size(); i++) {
              reserveLine(tx, i, lines.get(i));
            }
            return null;
          });
    } catch (ConcurrentUpdateException e) {
      reservationConflicts.increment(); // out of attempts, or surfacing to an outer transaction's retry
      throw e;
    }
  }

  @Override
  public long reservationConflicts() {
    return reservationConflicts.sum();
  }

  private void reserveLine(StoreTransaction tx, int index, ReservationLine line) {
    InventoryRepository repo = tx.repository(InventoryRepository.class);
    String key = Checks.text("lines[" + index + "].key", line.key(), MAX_KEY);
    Optional<Reservation> existing = repo.reservation(key);
    if (existing.isPresent()) {
      Reservation r = existing.get();
      if (!r.sku().equals(line.sku()) || !r.warehouse().equals(line.warehouse()) || !r.quantity().equals(line.quantity())) {
        throw new InvalidInputException("lines[" + index + "].key", key, "already reserves other stock");
      }
      return;
    }
    requireKnown(tx, line.sku(), line.warehouse());
    insertAndReserve(tx, repo, key, line);
  }

  /** Records the active reservation {@code key} of {@code line} and moves its units to reserved. */
  private void insertAndReserve(StoreTransaction tx, InventoryRepository repo, String key, ReservationLine line) {
    try {
      repo.insertReservation(new Reservation(key, line.sku(), line.warehouse(), line.quantity(), Reservation.State.ACTIVE));
    } catch (DuplicateKeyException raced) {
      throw new ConcurrentUpdateException("reservation " + key, raced);
    }
    long q = line.quantity().value();
    record(tx, movement(movementId(MovementType.RESERVATION, key), MovementType.RESERVATION, line.sku(), line.warehouse(), new StockDelta(0, q, 0, 0, 0), key, ""));
  }

  /**
   * Reserves {@code lines} within {@code tx} under keys that are new by construction (routing's
   * {@code shipmentId/orderLineId} with a freshly generated shipment id), for a caller that read
   * the levels of these SKUs and warehouses in {@code tx}: no look-up of an existing reservation
   * and no catalog or warehouse look-up, since a level with stock exists only for a known SKU and
   * warehouse, and a reservation against a missing level is refused by the ledger's condition
   * ({@link InsufficientStockException}). A key that exists after all (a repeated id) is a {@link
   * ConcurrentUpdateException}, and the store retries the transaction.
   */
  public void reserveNew(StoreTransaction tx, List<ReservationLine> lines) {
    Checks.notEmpty("lines", lines);
    InventoryRepository repo = tx.repository(InventoryRepository.class);
    for (int i = 0; i < lines.size(); i++) {
      ReservationLine line = lines.get(i);
      insertAndReserve(tx, repo, Checks.text("lines[" + i + "].key", line.key(), MAX_KEY), line);
    }
  }

  @Override
  public boolean release(String key) {
    return close(key, Reservation.State.RELEASED);
  }

  @Override
  public boolean pick(String key) {
    return close(key, Reservation.State.PICKED);
  }

  private boolean close(String key, Reservation.State next) {
    String k = Checks.text("key", key, MAX_KEY);
    return ctx.tx(tx -> closeIn(tx, k, next));
  }

  /**
   * Releases or picks the active reservation {@code key} within {@code tx}; used by other services
   * (order cancellation) so that the change commits with theirs.
   */
  public boolean closeIn(StoreTransaction tx, String key, Reservation.State next) {
    InventoryRepository repo = tx.repository(InventoryRepository.class);
    Optional<Reservation> found = repo.reservation(key);
    if (found.isEmpty() || !repo.closeReservation(key, next)) {
      return false;
    }
    Reservation r = found.get();
    long q = r.quantity().value();
    boolean picked = next == Reservation.State.PICKED;
    StockDelta delta = picked ? new StockDelta(-q, -q, 0, 0, 0) : new StockDelta(0, -q, 0, 0, 0);
    MovementType type = picked ? MovementType.PICK : MovementType.RELEASE;
    if (GUARDED.contains(type)) {
      tx.optionalRepository(StockGuard.class).ifPresent(g -> g.check(type, r.sku(), r.warehouse()));
    }
    record(tx, movement(movementId(type, key), type, r.sku(), r.warehouse(), delta, key, ""));
    return true;
  }

  @Override
  public Optional<Reservation> reservation(String key) {
    String k = Checks.text("key", key, MAX_KEY);
    return ctx.tx(tx -> tx.repository(InventoryRepository.class).reservation(k));
  }

  @Override
  public StockLevel level(SkuCode sku, WarehouseId warehouse) {
    requireNonNull(sku, "sku == null");
    requireNonNull(warehouse, "warehouse == null");
    return ctx.tx(tx -> level(tx, sku, warehouse));
  }

  private static StockLevel level(StoreTransaction tx, SkuCode sku, WarehouseId warehouse) {
    return tx.repository(InventoryRepository.class).level(sku, warehouse).orElse(StockLevel.empty(sku, warehouse));
  }

  @Override
  public List<StockLevel> levels(SkuCode sku) {
    requireNonNull(sku, "sku == null");
    return ctx.tx(tx -> tx.repository(InventoryRepository.class).levels(sku));
  }

  @Override
  public long available(SkuCode sku) {
    return levels(sku).stream().mapToLong(StockLevel::available).sum();
  }

  @Override
  public Page<Movement> movements(SkuCode sku, WarehouseId warehouse, PageRequest page) {
    requireNonNull(sku, "sku == null");
    requireNonNull(warehouse, "warehouse == null");
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(InventoryRepository.class).movements(sku, warehouse, page));
  }

  // ---- the one way stock moves

  private StockLevel move(
      String key, MovementType type, SkuCode sku, WarehouseId warehouse, StockDelta delta, String reference, String note) {
    return ctx.tx(
        tx -> {
          applyOnce(tx, movement(movementId(type, key), type, sku, warehouse, delta, reference, note));
          return level(tx, sku, warehouse);
        });
  }

  /**
   * Applies the movement unless the ledger already holds it (a repeated command); refuses a key
   * already used for a different movement, unknown references and overdrafts.
   */
  private void applyOnce(StoreTransaction tx, Movement movement) {
    Optional<Movement> recorded = tx.repository(InventoryRepository.class).movement(movement.id());
    if (recorded.isPresent()) {
      if (!sameChange(recorded.get(), movement)) {
        throw new InvalidInputException("key", keyOf(movement.id()), "was already used for another change");
      }
      return;
    }
    requireKnown(tx, movement.sku(), movement.warehouse());
    if (GUARDED.contains(movement.type())) {
      tx.optionalRepository(StockGuard.class).ifPresent(g -> g.check(movement.type(), movement.sku(), movement.warehouse()));
    }
    record(tx, movement);
  }

  private static boolean sameChange(Movement a, Movement b) {
    return a.type() == b.type() && a.sku().equals(b.sku()) && a.warehouse().equals(b.warehouse())
        && a.delta().equals(b.delta()) && a.reference().equals(b.reference());
  }

  private static String keyOf(String movementId) {
    return movementId.substring(movementId.indexOf(':') + 1);
  }

  private Movement movement(
      String id, MovementType type, SkuCode sku, WarehouseId warehouse, StockDelta delta, String reference, String note) {
    return new Movement(id, sku, warehouse, type, delta, reference, note, ctx.clock().instant());
  }

  /** Applies one movement as the store's conditional statement, and emits its event. */
  private void record(StoreTransaction tx, Movement movement) {
    String id = movement.id();
    SkuCode sku = movement.sku();
    WarehouseId warehouse = movement.warehouse();
    StockDelta delta = movement.delta();
    boolean applied;
    try {
      applied = tx.repository(InventoryRepository.class).apply(movement);
    } catch (DuplicateKeyException raced) {
      throw new ConcurrentUpdateException("movement " + id, raced);
    }
    if (!applied) {
      throw new InsufficientStockException(sku.value(), warehouse.value(), largest(delta));
    }
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("movementId", id);
    payload.put("sku", sku);
    payload.put("warehouse", warehouse);
    payload.put("type", movement.type());
    Map<String, Long> buckets = new LinkedHashMap<>();
    buckets.put("onHand", delta.onHand());
    buckets.put("reserved", delta.reserved());
    buckets.put("inbound", delta.inbound());
    buckets.put("inTransit", delta.inTransit());
    buckets.put("defective", delta.defective());
    payload.put("delta", buckets);
    payload.put("reference", movement.reference());
    ctx.emit(tx, "stock", sku.value() + "@" + warehouse.value(), EventTypes.STOCK_MOVED, payload);
  }

  /** The size of the largest bucket change: the quantity a refused movement asked for. */
  private static long largest(StockDelta d) {
    return Math.max(
        Math.max(Math.abs(d.onHand()), Math.abs(d.reserved())),
        Math.max(Math.abs(d.inbound()), Math.max(Math.abs(d.inTransit()), Math.abs(d.defective()))));
  }

  private static String movementId(MovementType type, String key) {
    return type.name().toLowerCase(Locale.ROOT) + ":" + Checks.text("key", key, MAX_KEY);
  }

  private static void requireKnown(StoreTransaction tx, SkuCode sku, WarehouseId warehouse) {
    if (tx.repository(CatalogRepository.class).findSku(sku).isEmpty()) {
      throw new NotFoundException("sku", sku);
    }
    if (tx.repository(WarehouseRepository.class).find(warehouse).isEmpty()) {
      throw new NotFoundException("warehouse", warehouse);
    }
  }

  /**
   * Records within {@code tx} the inspected units of a return: one {@link MovementType#RETURN}
   * movement of + {@code sellable} on hand and + {@code defective} defective, idempotent by {@code
   * key}, with {@code reference} (the RMA) as its cause.
   */
  public void recordReturn(
      StoreTransaction tx, String key, SkuCode sku, WarehouseId warehouse, long sellable, long defective, String reference) {
    Checks.nonNegative("sellable", sellable);
    Checks.nonNegative("defective", defective);
    applyOnce(
        tx,
        movement(movementId(MovementType.RETURN, key), MovementType.RETURN, sku, warehouse,
            new StockDelta(sellable, 0, 0, 0, defective), reference, ""));
  }

  private static long qty(Quantity quantity) {
    return Checks.present("quantity", quantity).value();
  }
}
