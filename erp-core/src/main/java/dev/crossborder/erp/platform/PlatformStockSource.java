package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;
import org.jspecify.annotations.Nullable;

/** Reads the stock a platform holds for a shop (FBA-style platform inventory). */
public interface PlatformStockSource extends Capability {

  /**
   * One page of the platform stock of {@code shop}: the first page when {@code cursor} is {@code
   * null}.
   *
   * @throws ConnectorException if the platform call fails after the connector's retries
   */
  PlatformPage<PlatformStock> stock(Shop shop, @Nullable String cursor);
}
