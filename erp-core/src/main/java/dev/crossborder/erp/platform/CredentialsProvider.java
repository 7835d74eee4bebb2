package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.Shop;

/**
 * Hands connectors the credentials of a shop at call time, so a host keeps secrets in its own
 * vault and can rotate them (Amazon requires a new LWA client secret every 180 days) without
 * rebuilding anything: the next call reads the new value.
 *
 * <p>Implementations must be thread-safe, fast (connectors call it on every token refresh; cache
 * in the provider if the vault is slow), and must never log what they return.
 */
@FunctionalInterface
public interface CredentialsProvider {

  /**
   * The credentials of {@code shop}.
   *
   * @throws dev.crossborder.erp.kernel.ConfigurationException if the shop has none
   */
  Credentials credentials(Shop shop);
}
