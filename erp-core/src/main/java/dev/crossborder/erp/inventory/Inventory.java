package dev.crossborder.erp.inventory;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's warehouses and stock ledger. Reached by {@code erp.inventory()}. Thread-safe; every
 * method runs in its own transaction (or joins the caller's).
 *
 * <p>Every stock command takes an idempotency {@code key} (1 to 120 characters): the movement it
 * records is identified by the command and the key, and repeating the command with the same key
 * changes nothing more and returns the current level, while the same key with another SKU,
 * warehouse, quantity or reference is refused ({@code InvalidInputException} on "key"). Commands refuse an unknown SKU or warehouse
 * ({@code NotFoundException}) and a change that would take a bucket below zero or reserved above
 * on hand ({@code InsufficientStockException}); a refused command writes nothing. Each movement
 * emits {@code stock.moved}.
 */
public interface Inventory {

  /** Stores a warehouse summary, or replaces the one with the same id, and emits {@code warehouse.saved}. */
  void saveWarehouse(Warehouse warehouse);

  /** The warehouse with {@code id}. */
  Optional<Warehouse> warehouse(WarehouseId id);

  /** Warehouses ordered by id, one page at a time. */
  Page<Warehouse> warehouses(PageRequest page);

  /** Records goods expected on a purchase order: + inbound. */
  StockLevel expectInbound(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reference);

  /** Records expected goods that will not come: − inbound. */
  StockLevel cancelInbound(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reference);

  /**
   * Records goods received into stock: + on hand; with {@code wasExpected} also − inbound (a receipt
   * against a purchase order).
   */
  StockLevel receive(
      String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reference, boolean wasExpected);

  /** Records goods received that were not expected: + on hand. */
  default StockLevel receive(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reference) {
    return receive(key, sku, warehouse, quantity, reference, false);
  }

  /**
   * Corrects on hand by {@code delta} (a count result, a write-off), with the reason recorded. A
   * decrease below reserved is refused.
   */
  StockLevel adjust(String key, SkuCode sku, WarehouseId warehouse, long delta, String reason);

  /** Moves sellable units to defective: − on hand, + defective. */
  StockLevel markDefective(String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, String reason);

  /** Ships units to another warehouse (first leg): − on hand, + in transit at {@code from}. */
  StockLevel transferOut(String key, SkuCode sku, WarehouseId from, Quantity quantity, String reference);

  /**
   * Receives transferred units: − in transit at {@code from}, + on hand at {@code to}, in one
   * transaction.
   *
   * @return the level at {@code to}
   */
  StockLevel transferIn(
      String key, SkuCode sku, WarehouseId from, WarehouseId to, Quantity quantity, String reference);

  /**
   * Reserves every line or none: each line adds to reserved only if enough is available, in one
   * conditional statement per line, and the lines commit together. A line whose key is already
   * reserved (in any state) is skipped, so retrying a reservation reserves nothing twice; a known
   * key with different SKU, warehouse or quantity is refused.
   *
   * @throws dev.crossborder.erp.kernel.InsufficientStockException for the first line that lacks
   *     stock; nothing was reserved
   */
  void reserve(List<ReservationLine> lines);

  /**
   * How many times a {@link #reserve} of this instance lost an optimistic race (a {@code
   * ConcurrentUpdateException}: another transaction reserved or moved the same stock first) and was
   * retried or gave up, since the instance started. What the Micrometer binder exports as
   * reservation conflicts; a host watching contention reads it too.
   */
  default long reservationConflicts() {
    return 0;
  }

  /** Gives back the active reservation {@code key}: − reserved. Returns whether it was active. */
  boolean release(String key);

  /** Consumes the active reservation {@code key} as picked: − on hand, − reserved. Returns whether it was active. */
  boolean pick(String key);

  /** The reservation {@code key}, in any state. */
  Optional<Reservation> reservation(String key);

  /** The buckets of {@code sku} at {@code warehouse} (all zero if nothing moved there). */
  StockLevel level(SkuCode sku, WarehouseId warehouse);

  /** The buckets of {@code sku} at every warehouse where it moved, ordered by warehouse id. */
  List<StockLevel> levels(SkuCode sku);

  /** Units of {@code sku} available (on hand − reserved) summed over all warehouses. */
  long available(SkuCode sku);

  /** The ledger of {@code sku} at {@code warehouse}, oldest first, one page at a time. */
  Page<Movement> movements(SkuCode sku, WarehouseId warehouse, PageRequest page);
}
