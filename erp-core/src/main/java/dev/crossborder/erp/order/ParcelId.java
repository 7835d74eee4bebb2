package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Identifies a {@link Parcel} within a tenant; made by the SDK's {@code IdGenerator}.
 *
 * @param value 1 to 64 letters, digits or {@code . _ : -}
 */
public record ParcelId(String value) implements TypedId {

  /** Validates the value. */
  public ParcelId {
    Checks.token("parcelId", value, 64);
  }

  /** Returns the id {@code value}. */
  public static ParcelId of(String value) {
    return new ParcelId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
