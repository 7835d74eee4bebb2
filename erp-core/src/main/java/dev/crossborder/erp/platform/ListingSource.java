package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;
import org.jspecify.annotations.Nullable;

/** Reads a shop's listings with their price, quantity and state. */
public interface ListingSource extends Capability {

  /**
   * One page of the listings of {@code shop}: the first page when {@code cursor} is {@code null}.
   *
   * @throws ConnectorException if the platform call fails after the connector's retries
   */
  PlatformPage<PlatformListing> listings(Shop shop, @Nullable String cursor);
}
