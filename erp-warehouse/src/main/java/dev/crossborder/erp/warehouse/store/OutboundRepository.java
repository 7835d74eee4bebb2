package dev.crossborder.erp.warehouse.store;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.warehouse.layout.BinCode;
import dev.crossborder.erp.warehouse.outbound.Wave;
import dev.crossborder.erp.warehouse.outbound.WaveId;
import java.util.Optional;

/**
 * Released waves and the bin stock they hold for picking, bound to one transaction of one tenant.
 * A wave is inserted at version 0 (a taken id is a {@code DuplicateKeyException}); an update
 * expects the stored version (else a {@code ConcurrentUpdateException}) and returns the next. Not
 * thread-safe.
 */
public interface OutboundRepository {

  /** Stores a new wave at version 0. */
  void insertWave(Wave wave);

  /** Replaces the wave read at {@code wave.version()}. */
  Wave updateWave(Wave wave);

  /** The wave with {@code id}. */
  Optional<Wave> findWave(WaveId id);

  /** Units of {@code sku} in {@code bin} that released waves will pick (0 if none). */
  long binReserved(WarehouseId warehouse, BinCode bin, SkuCode sku);

  /**
   * Adds {@code delta} (negative to give back) to the units of {@code sku} held in {@code bin}, only
   * if the result stays zero or more; returns whether it did.
   */
  boolean reserveBin(WarehouseId warehouse, BinCode bin, SkuCode sku, long delta);
}
