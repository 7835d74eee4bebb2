package dev.crossborder.erp.order;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.internal.Checks;

/**
 * Part of an order line assigned to a {@link Shipment}.
 *
 * @param orderLineId the order line it fulfils
 * @param sku the SKU shipped
 * @param quantity units shipped from this shipment
 */
public record ShipmentLine(String orderLineId, SkuCode sku, Quantity quantity) {

  /** Validates every field. */
  public ShipmentLine {
    orderLineId = Checks.text("orderLineId", orderLineId, 100);
    Checks.present("sku", sku);
    Checks.present("quantity", quantity);
  }
}
