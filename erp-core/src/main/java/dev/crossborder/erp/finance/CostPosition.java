package dev.crossborder.erp.finance;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import java.math.RoundingMode;

/**
 * The costed units of one SKU at one warehouse and their total value in the base currency: the
 * sum of what came in minus what was issued. Every minor unit that entered is either still here or
 * was issued to an order or a transfer. Immutable.
 *
 * @param sku the SKU
 * @param warehouse the warehouse
 * @param quantity costed units on hand
 * @param value their value, in the base currency
 * @param version the stored version (0 before the first store)
 */
public record CostPosition(SkuCode sku, WarehouseId warehouse, long quantity, Money value, long version) {

  /** Validates every field. */
  public CostPosition {
    Checks.present("sku", sku);
    Checks.present("warehouse", warehouse);
    Checks.nonNegative("quantity", quantity);
    Checks.present("value", value);
    Checks.nonNegative("version", version);
  }

  /** The average unit cost (value / quantity, six decimals, half-even); zero without units. */
  public UnitAmount averageUnitCost() {
    if (quantity == 0) {
      return UnitAmount.of(java.math.BigDecimal.ZERO, value.currency());
    }
    return UnitAmount.rounded(
        value.amount().divide(java.math.BigDecimal.valueOf(quantity), UnitAmount.SCALE, RoundingMode.HALF_EVEN),
        value.currency(),
        RoundingMode.HALF_EVEN);
  }
}
