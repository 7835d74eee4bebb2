package dev.crossborder.erp.platforms.ebay.internal;

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
 * What every capability of the eBay connector shares: the HTTP layer, the Retrofit interfaces,
 * the credentials provider and the shops seen (the token source needs the whole {@link Shop} to
 * ask the provider). Thread-safe.
 */
final class SellContext {
  static final PlatformId EBAY = PlatformId.EBAY;

  final SellApis.Fulfillment fulfillment;
  final SellApis.Inventory inventory;
  private final ConnectorHttp http;
  private final CredentialsProvider credentials;
  private final ConcurrentHashMap<ShopKey, Shop> shops;

  SellContext(
      ConnectorHttp http,
      SellApis.Fulfillment fulfillment,
      SellApis.Inventory inventory,
      CredentialsProvider credentials,
      ConcurrentHashMap<ShopKey, Shop> shops) {
    this.http = http;
    this.fulfillment = fulfillment;
    this.inventory = inventory;
    this.credentials = credentials;
    this.shops = shops;
  }

  /**
   * The marketplace id of {@code shop} (such as {@code EBAY_US}), after checking the shop is an
   * eBay shop of a marketplace the connector serves and that its credentials name what OAuth needs.
   *
   * @throws InvalidInputException on field {@code shop} or {@code marketplace}
   * @throws dev.crossborder.erp.kernel.ConfigurationException if a credential is missing
   */
  String marketplace(Shop shop) {
    requireNonNull(shop, "shop == null");
    if (!shop.platform().equals(EBAY)) {
      throw new InvalidInputException("shop", shop.id(), "is a shop of " + shop.platform() + ", not of EBAY");
    }
    String marketplace = shop.marketplace().strip();
    if (EbayMarketplaces.language(marketplace).isEmpty()) {
      throw new InvalidInputException("marketplace", shop.marketplace(), "is not an eBay marketplace id such as EBAY_US");
    }
    Credentials c = credentials.credentials(shop);
    for (String name : EbayTokenSource.NAMES) {
      c.require(name);
    }
    shops.put(ShopKey.of(EBAY, shop.id().value()), shop);
    return marketplace;
  }

  /** The {@code Content-Language} of {@code marketplace}. */
  static String language(String marketplace) {
    return EbayMarketplaces.language(marketplace).orElseThrow();
  }

  /** The context of an idempotent request of {@code shop}. */
  static CallContext read(Shop shop, String operation) {
    return CallContext.idempotent(EBAY, shop.id().value(), operation);
  }

  /** The context of a request that must not be re-sent blindly. */
  static CallContext write(Shop shop, String operation) {
    return CallContext.nonIdempotent(EBAY, shop.id().value(), operation);
  }

  /** Runs {@code call}; see {@link ConnectorHttp#execute}. */
  <T> T call(Call<T> call) {
    return http.execute(call);
  }

  /** Runs {@code call}, ignoring its body (201 or 204 without one). */
  void callDiscarding(Call<?> call) {
    http.executeDiscardingBody(call);
  }

  /** Whether {@code e} answered HTTP {@code status}. */
  static boolean status(ConnectorException e, int status) {
    return e.httpStatus().isPresent() && e.httpStatus().getAsInt() == status;
  }
}
