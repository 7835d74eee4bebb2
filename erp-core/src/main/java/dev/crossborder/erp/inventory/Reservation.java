package dev.crossborder.erp.inventory;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Stock promised to one shipment line, keyed by that line so that reserving it again changes
 * nothing. Immutable.
 *
 * @param key the shipment line's key, unique per tenant
 * @param sku the SKU reserved
 * @param warehouse where it is reserved
 * @param quantity how many units
 * @param state whether the reservation still holds stock
 */
public record Reservation(
    String key, SkuCode sku, WarehouseId warehouse, Quantity quantity, State state) {

  /** Validates every field. */
  public Reservation {
    key = Checks.text("key", key, 200);
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    Checks.present("quantity", quantity);
    Checks.present("state", state);
  }

  /** This reservation in another state. */
  public Reservation withState(State state) {
    return new Reservation(key, sku, warehouse, quantity, state);
  }

  /** The life of a reservation. A key is used once: a released key cannot be reserved again. */
  public enum State {
    /** Holds stock. */
    ACTIVE,
    /** Given back; holds nothing. */
    RELEASED,
    /** Picked: the units left on hand and reserved together. */
    PICKED
  }
}
