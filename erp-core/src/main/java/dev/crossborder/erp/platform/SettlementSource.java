package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;
import org.jspecify.annotations.Nullable;

/**
 * Reads a shop's settlement (financial) events from its platform, page by page, by the time the
 * platform posted them. Implementations are thread-safe.
 */
public interface SettlementSource extends Capability {

  /**
   * One page of the events of {@code shop} posted in {@code window}: the first page when {@code
   * cursor} is {@code null}, else the page after the one that returned {@code cursor}. Event ids are
   * stable, so a window read twice yields the same ids, which the finance service stores once.
   *
   * @throws ConnectorException if the platform call fails after the connector's retries
   */
  PlatformPage<SettlementEvent> settlements(Shop shop, OrderWindow window, @Nullable String cursor);
}
