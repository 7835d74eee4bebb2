package dev.crossborder.erp.platform;

import dev.crossborder.erp.kernel.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Stock a platform holds for the seller (FBA, WFS) of one seller SKU, as the platform reports it.
 *
 * @param sellerSku the seller SKU
 * @param platformSku the platform's own code for the unit (FNSKU), if any
 * @param fulfillable units the platform can ship now
 * @param inbound units on their way into the platform's warehouses
 * @param reserved units the platform holds back (customer orders, transfers, processing)
 * @param unfulfillable damaged or otherwise unsellable units
 */
public record PlatformStock(
    String sellerSku, @Nullable String platformSku, long fulfillable, long inbound, long reserved, long unfulfillable) {

  /** Validates. */
  public PlatformStock {
    sellerSku = Checks.text("sellerSku", sellerSku, 200);
    Checks.nonNegative("fulfillable", fulfillable);
    Checks.nonNegative("inbound", inbound);
    Checks.nonNegative("reserved", reserved);
    Checks.nonNegative("unfulfillable", unfulfillable);
  }
}
