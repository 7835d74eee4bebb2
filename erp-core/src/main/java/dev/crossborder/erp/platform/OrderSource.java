package dev.crossborder.erp.platform;

import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.shop.Shop;
import org.jspecify.annotations.Nullable;

/** Reads a shop's orders from its platform, page by page. */
public interface OrderSource extends Capability {

  /**
   * One page of the orders of {@code shop} created or updated in {@code window}: the first page
   * when {@code cursor} is {@code null}, else the page after the one that returned {@code cursor}.
   * A page may repeat orders of earlier pages (platforms do); the import stores each once.
   *
   * @throws ConnectorException if the platform call fails after the connector's retries
   */
  PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor);
}
