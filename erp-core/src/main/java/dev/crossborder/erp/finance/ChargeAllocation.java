package dev.crossborder.erp.finance;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.Money;
import java.util.List;

/**
 * What {@link Finance#addCharges} did: the charges converted to the base currency with the rates
 * used, and each line's share. The shares add up to {@link #total()} exactly. Immutable.
 *
 * @param shipmentRef the shipment the charges belong to
 * @param basis what they were split by
 * @param total the charges applied by this call, in the base currency (zero if all were applied
 *     before)
 * @param rates the rate used for each applied charge, in the order of the charges
 * @param shares one share per line of units, in the order given
 */
public record ChargeAllocation(
    String shipmentRef, AllocationBasis basis, Money total, List<ExchangeRate> rates, List<Share> shares) {

  /** Copies the lists. */
  public ChargeAllocation {
    Checks.present("shipmentRef", shipmentRef);
    Checks.present("basis", basis);
    Checks.present("total", total);
    rates = List.copyOf(rates);
    shares = List.copyOf(shares);
  }

  /**
   * One line's share.
   *
   * @param sku the SKU
   * @param warehouse the warehouse
   * @param quantity the line's units
   * @param amount its share, in the base currency
   */
  public record Share(SkuCode sku, WarehouseId warehouse, long quantity, Money amount) {}
}
