package dev.crossborder.erp.store;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.WarehouseId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The stock ledger of the transaction's tenant: bucket levels per (SKU, warehouse), their
 * movements, and reservations by shipment line.
 */
public interface InventoryRepository {

  /** The buckets of {@code sku} at {@code warehouse}; empty if nothing ever moved there. */
  Optional<StockLevel> level(SkuCode sku, WarehouseId warehouse);

  /** The buckets of {@code sku} at every warehouse where it ever moved, ordered by warehouse id. */
  List<StockLevel> levels(SkuCode sku);

  /**
   * The buckets of each of {@code skus} at every warehouse where it ever moved: what {@link
   * #levels(SkuCode)} returns for each, read at once (one statement on a SQL store instead of one
   * per SKU), in no guaranteed order. The default calls {@link #levels(SkuCode)} per distinct SKU.
   */
  default List<StockLevel> levels(Collection<SkuCode> skus) {
    List<StockLevel> out = new ArrayList<>();
    for (SkuCode sku : new LinkedHashSet<>(skus)) {
      out.addAll(levels(sku));
    }
    return out;
  }

  /**
   * Applies {@code movement} as one conditional statement: its deltas are added to the buckets of
   * its (SKU, warehouse) only if afterwards no bucket is below zero and reserved does not exceed on
   * hand; if so the movement is appended to the ledger in the same transaction. A level row is
   * created on the first movement. There is no read-then-write: concurrent callers on any number
   * of store instances sharing the database can never overdraw a bucket.
   *
   * @return {@code true} if applied, {@code false} if the condition failed (nothing written)
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code movementId} if a movement
   *     with its id exists
   */
  boolean apply(Movement movement);

  /** The movement with {@code id}, if the ledger holds it. */
  Optional<Movement> movement(String id);

  /**
   * Movements of {@code sku} at {@code warehouse} in the order they were applied.
   */
  Page<Movement> movements(SkuCode sku, WarehouseId warehouse, PageRequest page);

  /** The reservation with {@code key}, in any state. */
  Optional<Reservation> reservation(String key);

  /**
   * Records a new reservation.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code key} if it exists
   */
  void insertReservation(Reservation reservation);

  /**
   * Moves the reservation with {@code key} from {@code ACTIVE} to {@code next}, conditionally.
   *
   * @return {@code true} if it was active and is now {@code next}
   */
  boolean closeReservation(String key, Reservation.State next);
}
