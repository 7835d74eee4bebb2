package dev.crossborder.erp.finance;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Units of one SKU that a charge is spread over: the units of a shipment that arrived (or will
 * arrive) at {@code warehouse}, with the line's total weight and volume when the basis needs them.
 * Immutable.
 *
 * @param sku the SKU
 * @param warehouse the warehouse whose cost layer of the shipment holds the units
 * @param quantity units, at least 1
 * @param weightKg the line's gross weight in kilograms, required for {@link AllocationBasis#WEIGHT}
 * @param volumeM3 the line's volume in cubic metres, required for {@link AllocationBasis#VOLUME}
 */
public record ChargeUnits(
    SkuCode sku,
    WarehouseId warehouse,
    long quantity,
    @Nullable BigDecimal weightKg,
    @Nullable BigDecimal volumeM3) {

  /** Validates every field; weight and volume must not be negative. */
  public ChargeUnits {
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    Checks.positive("quantity", quantity);
    if (weightKg != null && weightKg.signum() < 0) {
      throw new InvalidInputException("weightKg", weightKg, "must not be negative");
    }
    if (volumeM3 != null && volumeM3.signum() < 0) {
      throw new InvalidInputException("volumeM3", volumeM3, "must not be negative");
    }
  }

  /** {@code quantity} units of {@code sku} at {@code warehouse}, without weight or volume. */
  public static ChargeUnits of(SkuCode sku, WarehouseId warehouse, long quantity) {
    return new ChargeUnits(sku, warehouse, quantity, null, null);
  }
}
