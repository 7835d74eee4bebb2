package dev.crossborder.erp.warehouse.putaway;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.warehouse.layout.BinCode;
import java.util.List;
import java.util.Optional;

/**
 * Put-away: suggestions by a {@link PutAwayPolicy}, tasks, and their confirmation by scan. Reached
 * by {@code Warehouses.of(erp).putAway()}. Thread-safe; every method runs in its own transaction
 * (or joins the caller's). Commands take an idempotency key like every warehouse command.
 */
public interface PutAway {

  /**
   * What {@code policy} suggests for {@code quantity} units of {@code sku} (and lot) in bin {@code
   * from}; writes nothing.
   */
  List<Suggestion> suggest(WarehouseId warehouse, BinCode from, SkuCode sku, String lot, long quantity, PutAwayPolicy policy);

  /**
   * Creates one task per suggestion of {@code policy}. When the policy finds room for fewer units
   * than asked, the tasks cover what it found and the rest stays in {@code from}. Repeating the
   * command with the same key returns the same tasks.
   */
  List<PutAwayTask> plan(String key, WarehouseId warehouse, BinCode from, SkuCode sku, String lot, long quantity, PutAwayPolicy policy);

  /**
   * Creates a task into a bin the worker chose. A bin that is not a PICK or BULK bin (a defective bin
   * above all) is refused on {@code bin}, as is a quantity beyond its free capacity on {@code
   * quantity}.
   */
  PutAwayTask planInto(String key, WarehouseId warehouse, BinCode from, SkuCode sku, String lot, long quantity, BinCode bin);

  /**
   * Confirms a task: {@code scannedBin} must be the task's bin (else an {@code
   * InvalidInputException} on {@code bin}) and {@code scannedSku} the task's SKU's barcode or code
   * (else one on {@code sku}); the units move from the dock bin to that bin.
   */
  PutAwayTask confirm(String key, PutAwayTaskId task, String scannedBin, String scannedSku);

  /** The task {@code id}. */
  Optional<PutAwayTask> task(PutAwayTaskId id);
}
