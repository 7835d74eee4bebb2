package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads a shop's listings with their price, quantity and state. */
public interface ListingSource extends Capability {

  /**
   * One page of the listings of {@code shop}: the first page when {@code cursor} is {@code null}.
   *
   * @throws ConnectorException if the platform call fails after the connector's retries
   */
  PlatformPage<PlatformListing> listings(Shop shop, @Nullable String cursor);

  /**
   * The listing {@code sellerSku} of {@code shop}, or empty if the platform has none: reads one
   * listing back (after a put, to check its state) without paging through all of them.
   *
   * @throws ConnectorException if the platform call fails after the connector's retries
   */
  Optional<PlatformListing> listing(Shop shop, String sellerSku);
}
