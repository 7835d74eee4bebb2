package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a {@link Shipment} within a tenant; made by the SDK's {@code IdGenerator}.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ShipmentId(String value) implements TypedId {

  /** Validates the value. */
  public ShipmentId {
    Checks.token("shipmentId", value, 64);
  }

  /** Returns the id {@code value}. */
  public static ShipmentId of(String value) {
    return new ShipmentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
