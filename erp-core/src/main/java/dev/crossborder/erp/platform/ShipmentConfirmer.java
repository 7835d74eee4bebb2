package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;

/**
 * Uploads tracking to the platform (标记发货 / 回传). Some platforms add a package per call (eBay's
 * shipping fulfillment is not idempotent), so implementations must read back before re-sending a
 * confirmation whose first attempt may have arrived, and answer {@link
 * ConfirmationResult.AlreadyConfirmed} for a tracking number the platform already holds.
 */
public interface ShipmentConfirmer extends Capability {

  /**
   * Confirms the shipment on the platform.
   *
   * @throws ConnectorException if the call itself fails after the connector's retries
   */
  ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation);
}
