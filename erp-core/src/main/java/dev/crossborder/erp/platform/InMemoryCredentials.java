package dev.crossborder.erp.platform;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link CredentialsProvider}: credentials kept in memory per shop, replaceable at any
 * time (rotation takes effect on the next call). Thread-safe.
 */
public final class InMemoryCredentials implements CredentialsProvider {
  private final ConcurrentHashMap<ShopId, Credentials> byShop = new ConcurrentHashMap<>();

  /** Sets or replaces the credentials of {@code shop}; returns this provider. */
  public InMemoryCredentials put(ShopId shop, Credentials credentials) {
    byShop.put(requireNonNull(shop, "shop == null"), requireNonNull(credentials, "credentials == null"));
    return this;
  }

  /** Forgets the credentials of {@code shop}. */
  public void remove(ShopId shop) {
    byShop.remove(requireNonNull(shop, "shop == null"));
  }

  @Override
  public Credentials credentials(Shop shop) {
    Credentials credentials = byShop.get(shop.id());
    if (credentials == null) {
      throw new ConfigurationException("no credentials for shop " + shop.id());
    }
    return credentials;
  }

  @Override
  public String toString() {
    return "InMemoryCredentials[" + byShop.size() + " shops]";
  }
}
