package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platforms.http.AccessToken;
import dev.crossborder.erp.platforms.http.AccessTokenSource;
import dev.crossborder.erp.platforms.http.ShopKey;
import java.time.Duration;
import java.time.InstantSource;
import java.util.function.Function;

/**
 * The shop's Admin API access token, as the host stores it in credential {@value #ACCESS_TOKEN}
 * (an app's offline token, which Shopify does not expire). It is re-read from the credentials
 * provider every {@link #LIFETIME} and after every 401, so a token the host rotated is used at the
 * next request that fails with the old one. Thread-safe.
 */
final class ShopifyTokenSource implements AccessTokenSource {
  static final String ACCESS_TOKEN = "access_token";
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private final Function<ShopKey, Credentials> credentials;
  private final InstantSource clock;

  ShopifyTokenSource(Function<ShopKey, Credentials> credentials, InstantSource clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public AccessToken fetch(ShopKey shop) {
    return AccessToken.of(credentials.apply(shop).require(ACCESS_TOKEN), clock.instant().plus(LIFETIME).plus(Duration.ofMinutes(1)));
  }

  /** The failure for a shop no capability call has named yet (cannot happen in use). */
  static PlatformUnavailableException unknownShop(ShopKey shop) {
    return new PlatformUnavailableException(GraphQl.SHOPIFY, "accessToken", "shop not seen by this connector", 0, null);
  }
}
