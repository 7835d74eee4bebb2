package dev.crossborder.erp.platforms.walmart.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.Call;

/**
 * What every capability of the Walmart connector shares: the HTTP layer, the Retrofit interface,
 * the credentials provider and the shops seen (the token source needs the whole {@link Shop} to
 * ask the provider). Thread-safe.
 */
final class WalmartContext {
  static final PlatformId WALMART = PlatformId.WALMART;

  final ConnectorHttp http;
  final WalmartApi api;
  private final CredentialsProvider credentials;
  private final ConcurrentHashMap<ShopKey, Shop> shops;

  WalmartContext(ConnectorHttp http, WalmartApi api, CredentialsProvider credentials, ConcurrentHashMap<ShopKey, Shop> shops) {
    this.http = http;
    this.api = api;
    this.credentials = credentials;
    this.shops = shops;
  }

  /**
   * Checks that {@code shop} is a Walmart shop whose credentials name what the Token API needs, and
   * remembers it for the token source.
   *
   * @throws InvalidInputException on field {@code shop} for another platform's shop
   * @throws dev.crossborder.erp.kernel.ConfigurationException if a credential is missing
   */
  void check(Shop shop) {
    requireNonNull(shop, "shop == null");
    if (!shop.platform().equals(WALMART)) {
      throw new InvalidInputException("shop", shop.id(), "is a shop of " + shop.platform() + ", not of WALMART");
    }
    Credentials c = credentials.credentials(shop);
    for (String name : WalmartTokenSource.NAMES) {
      c.require(name);
    }
    shops.put(ShopKey.of(WALMART, shop.id().value()), shop);
  }

  /** The context of an idempotent request of {@code shop}. */
  static CallContext read(Shop shop, String operation) {
    return CallContext.idempotent(WALMART, shop.id().value(), operation);
  }

  /** The context of a request that must not be re-sent blindly. */
  static CallContext write(Shop shop, String operation) {
    return CallContext.nonIdempotent(WALMART, shop.id().value(), operation);
  }

  /** Runs {@code call}; see {@link ConnectorHttp#execute}. */
  <T> T call(Call<T> call) {
    return http.execute(call);
  }

  /** Whether {@code e} answered HTTP {@code status}. */
  static boolean status(ConnectorException e, int status) {
    return e.httpStatus().isPresent() && e.httpStatus().getAsInt() == status;
  }
}
