package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;

/** Sets the sellable quantity of a shop's merchant-fulfilled listings. */
public interface InventoryPublisher extends Capability {

  /**
   * Sets the sellable quantity of the listing {@code sellerSku} to {@code quantity} (absolute, so
   * repeating it is harmless). A refusal by the platform is a {@code REJECTED} verdict.
   *
   * @throws ConnectorException if the call itself fails after the connector's retries
   */
  ListingVerdict setQuantity(Shop shop, String sellerSku, long quantity);
}
