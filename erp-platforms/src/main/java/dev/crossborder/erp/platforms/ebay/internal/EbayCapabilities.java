package dev.crossborder.erp.platforms.ebay.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ConnectorSettings;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.platforms.http.WireJson;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Assembles the eBay connector's capabilities: three HTTP layers on the same host client (one for
 * the Sell APIs with the shop's user access token as {@code Authorization: Bearer}, a refresh on
 * 401, eBay's error parser, the {@link ErrorCapture} interceptor and the call limits of {@link
 * EbayRateLimits}; one like it for the Post-Order API, which takes the same token as {@code
 * Authorization: IAF <token>}; one for the OAuth token endpoint), Retrofit with {@link WireJson}'s mapper, and
 * the capability implementations. Immutable once built; the capabilities are thread-safe.
 */
public final class EbayCapabilities {
  private static final WireJson JSON = WireJson.of(PlatformId.EBAY);

  private final Map<Class<?>, Capability> byType;

  private EbayCapabilities(Map<Class<?>, Capability> byType) {
    this.byType = Map.copyOf(byType);
  }

  /**
   * Builds the capabilities.
   *
   * @param settings the connector's settings; its endpoint replaces {@code https://api.ebay.com/}
   *     for the Sell APIs
   * @param identityEndpoint a base URL replacing it for the token endpoint, or {@code null}
   * @throws ConfigurationException if an endpoint is not an http(s) URL
   */
  public static EbayCapabilities create(ConnectorSettings settings, @Nullable String identityEndpoint) {
    requireNonNull(settings, "settings == null");
    CredentialsProvider credentials = settings.credentials();
    ConcurrentHashMap<ShopKey, Shop> shops = new ConcurrentHashMap<>();
    Map<String, RateLimit> tokenLimits = new HashMap<>();
    Map<String, RateLimit> sellLimits = new HashMap<>();
    EbayRateLimits.all().forEach((operation, limit) ->
        (operation.equals(EbayRateLimits.TOKEN) ? tokenLimits : sellLimits).put(operation, limit));

    ConnectorHttp identityHttp = settings.limit(base(settings), tokenLimits).build();
    IdentityApi identity = retrofit(ConnectorSettings.baseUrl(identityEndpoint == null ? IdentityApi.BASE_URL : identityEndpoint),
        identityHttp.client()).create(IdentityApi.class);
    EbayTokenSource tokens = new EbayTokenSource(identityHttp, identity, key -> {
      Shop shop = shops.get(key);
      if (shop == null) {
        throw new PlatformUnavailableException(PlatformId.EBAY, EbayRateLimits.TOKEN, "shop not seen by this connector", 0, null);
      }
      return credentials.credentials(shop);
    }, settings.clock());

    ConnectorHttp sellHttp = settings.limit(base(settings).accessTokens(tokens).refreshTokenOn(401), sellLimits).build();
    OkHttpClient sellClient = sellHttp.client().newBuilder().addInterceptor(ErrorCapture.interceptor()).build();
    Retrofit sell = retrofit(settings.endpointOr(SellApis.BASE_URL), sellClient);
    SellContext api = new SellContext(sellHttp, sell.create(SellApis.Fulfillment.class), sell.create(SellApis.Inventory.class),
        credentials, shops);

    ConnectorHttp postOrderHttp = settings.limit(
        base(settings).accessTokens(tokens).refreshTokenOn(401).tokenHeader("Authorization", "IAF "), sellLimits).build();
    PostOrderApi postOrder = retrofit(settings.endpointOr(SellApis.BASE_URL), postOrderHttp.client()).create(PostOrderApi.class);
    SellContext postOrderContext = new SellContext(postOrderHttp, api.fulfillment, api.inventory, credentials, shops);

    Map<Class<?>, Capability> byType = new HashMap<>();
    EbayListings listings = new EbayListings(api);
    byType.put(OrderSource.class, new EbayOrderSource(api));
    byType.put(ListingSource.class, listings);
    byType.put(ListingPublisher.class, listings);
    byType.put(InventoryPublisher.class, listings);
    byType.put(ShipmentConfirmer.class, new EbayShipments(api));
    byType.put(CustomerServiceSource.class, new EbayCustomerService(postOrderContext, postOrder));
    return new EbayCapabilities(byType);
  }

  /** The capability of {@code type}, or empty if the connector has none of that type. */
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    requireNonNull(type, "type == null");
    Capability capability = byType.get(type);
    return capability == null ? Optional.empty() : Optional.of(type.cast(capability));
  }

  private static ConnectorHttp.Builder base(ConnectorSettings settings) {
    return settings.http(PlatformId.EBAY).errorParser(EbayErrors.parser());
  }

  private static Retrofit retrofit(HttpUrl baseUrl, OkHttpClient client) {
    return ConnectorSettings.retrofit(baseUrl, client, JSON.mapper());
  }

  @Override
  public String toString() {
    return "EbayCapabilities" + byType.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
