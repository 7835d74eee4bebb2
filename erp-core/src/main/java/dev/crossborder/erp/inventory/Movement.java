package dev.crossborder.erp.inventory;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;

/**
 * One entry of the append-only stock ledger: signed bucket changes of one (SKU, warehouse), with
 * the cause ({@link #type()}), the business reference (a PO number, a shipment line, a count
 * sheet) and when it was recorded. Each bucket equals the sum of its movements. Immutable.
 *
 * <p>{@link #id()} is unique per tenant and doubles as the command's idempotency key: applying a
 * movement whose id is already in the ledger changes nothing.
 *
 * @param id unique per tenant; the idempotency key of the command that made it
 * @param sku the SKU
 * @param warehouse the warehouse
 * @param type the cause
 * @param delta the bucket changes, not all zero
 * @param reference the business document it belongs to, 1 to 200 characters
 * @param note free text (a reason for an adjustment), or empty
 * @param at when it was recorded, by the injected clock
 */
public record Movement(
    String id,
    SkuCode sku,
    WarehouseId warehouse,
    MovementType type,
    StockDelta delta,
    String reference,
    String note,
    Instant at) {

  /** Validates every field. */
  public Movement {
    id = Checks.text("movementId", id, 200);
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    Checks.present("type", type);
    Checks.present("delta", delta);
    if (delta.isZero()) {
      throw new InvalidInputException("delta", delta, "must change at least one bucket");
    }
    reference = Checks.text("reference", reference, 200);
    Checks.present("note", note);
    if (note.length() > 500) {
      throw new InvalidInputException("note", note, "is longer than 500 characters");
    }
    Checks.present("at", at);
  }
}
