package dev.crossborder.erp.platforms.walmart.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ConnectorSettings;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.platforms.http.WireJson;
import dev.crossborder.erp.shop.Shop;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * Assembles the Walmart connector: the client derived from the host's with the {@code WM_*} header
 * interceptors ({@link WalmartHeaders}), two HTTP layers on it (one for the marketplace endpoints
 * with the access token in {@code WM_SEC.ACCESS_TOKEN}, a refresh on 401 and the rate limits of
 * {@link #RATE_LIMITS}; one for the Token API), Retrofit with {@link WireJson}'s mapper, and the
 * capabilities: {@code OrderSource}, {@code InventoryPublisher}, {@code ShipmentConfirmer}. Item
 * publishing goes through Walmart's item feeds, which are out of scope: there is no {@code
 * ListingSource} or {@code ListingPublisher}. Immutable once built; thread-safe.
 */
public final class WalmartCapabilities {
  /**
   * The connector's default rate per operation, in requests per second with a burst. Walmart's
   * marketplace limits vary by API and seller and are reported in its {@code x-current-token-count}
   * headers; these are modest defaults of the connector, not published figures, and a host replaces
   * them per operation ({@code WalmartConnector.Builder.rateLimit}). A 429 is waited out either way.
   */
  public static final Map<String, RateLimit> RATE_LIMITS = rateLimits();

  private final Map<Class<?>, Capability> byType;
  private final WalmartShipments shipments;

  private WalmartCapabilities(Map<Class<?>, Capability> byType, WalmartShipments shipments) {
    this.byType = Map.copyOf(byType);
    this.shipments = shipments;
  }

  /**
   * Builds the capabilities.
   *
   * @param settings the connector's settings; its endpoint replaces {@code
   *     https://marketplace.walmartapis.com/}
   * @param serviceName the {@code WM_SVC.NAME} header value
   * @param correlationIds the source of {@code WM_QOS.CORRELATION_ID} values, or {@code null} for
   *     random UUIDs
   * @throws ConfigurationException if the endpoint is not an http(s) URL
   */
  public static WalmartCapabilities create(
      ConnectorSettings settings, String serviceName, @Nullable Supplier<String> correlationIds) {
    requireNonNull(settings, "settings == null");
    requireNonNull(serviceName, "serviceName == null");
    CredentialsProvider credentials = settings.credentials();
    Supplier<String> ids = correlationIds == null ? () -> UUID.randomUUID().toString() : correlationIds;
    OkHttpClient walmartClient = WalmartHeaders.install(settings.hostClientOrNew(), serviceName, ids, settings.clock());
    HttpUrl base = settings.endpointOr(WalmartApi.BASE_URL);
    ConcurrentHashMap<ShopKey, Shop> shops = new ConcurrentHashMap<>();
    Map<String, RateLimit> apiLimits = new LinkedHashMap<>(RATE_LIMITS);
    RateLimit tokenLimit = apiLimits.remove(WalmartTokenSource.OPERATION);

    ConnectorHttp tokenHttp = settings.limit(base(settings, walmartClient), Map.of(WalmartTokenSource.OPERATION, tokenLimit)).build();
    WalmartTokenSource tokens = new WalmartTokenSource(
        tokenHttp,
        retrofit(base, tokenHttp).create(WalmartApi.class),
        key -> {
          Shop shop = shops.get(key);
          if (shop == null) {
            throw new ConfigurationException("shop " + key.shop() + " was not seen by this connector");
          }
          return credentials.credentials(shop);
        },
        settings.clock());

    ConnectorHttp.Builder apiBuilder = base(settings, walmartClient)
        .accessTokens(tokens)
        .tokenHeader("WM_SEC.ACCESS_TOKEN", "")
        .refreshTokenOn(401);
    ConnectorHttp apiHttp = settings.limit(apiBuilder, apiLimits).build();
    WalmartContext walmart =
        new WalmartContext(apiHttp, retrofit(base, apiHttp).create(WalmartApi.class), credentials, shops);

    Map<Class<?>, Capability> byType = new LinkedHashMap<>();
    WalmartShipments shipments = new WalmartShipments(walmart);
    byType.put(OrderSource.class, new WalmartOrderSource(walmart));
    byType.put(InventoryPublisher.class, new WalmartInventory(walmart));
    byType.put(ShipmentConfirmer.class, shipments);
    return new WalmartCapabilities(byType, shipments);
  }

  /** The capability of {@code type}, or empty if the connector has none of that type. */
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    requireNonNull(type, "type == null");
    Capability capability = byType.get(type);
    return capability == null ? Optional.empty() : Optional.of(type.cast(capability));
  }

  /**
   * Acknowledges purchase order {@code purchaseOrderId} of {@code shop} ({@code POST
   * /v3/orders/{id}/acknowledge}; repeating it is harmless).
   *
   * @throws dev.crossborder.erp.platform.ConnectorException if Walmart refuses it or cannot be
   *     reached after the layer's retries
   */
  public void acknowledge(Shop shop, String purchaseOrderId) {
    requireNonNull(purchaseOrderId, "purchaseOrderId == null");
    shipments.acknowledge(shop, purchaseOrderId);
  }

  private static ConnectorHttp.Builder base(ConnectorSettings settings, OkHttpClient client) {
    return settings.http(WalmartContext.WALMART, client).errorParser(new WalmartErrors());
  }

  private static Map<String, RateLimit> rateLimits() {
    Map<String, RateLimit> limits = new LinkedHashMap<>();
    limits.put(WalmartTokenSource.OPERATION, RateLimit.of(1, 5));
    limits.put(WalmartOrderSource.OPERATION, RateLimit.of(5, 10));
    limits.put(WalmartShipments.READ, RateLimit.of(5, 10));
    limits.put(WalmartShipments.ACKNOWLEDGE, RateLimit.of(5, 10));
    limits.put(WalmartShipments.OPERATION, RateLimit.of(5, 10));
    limits.put(WalmartInventory.OPERATION, RateLimit.of(5, 10));
    return Map.copyOf(limits);
  }

  private static Retrofit retrofit(HttpUrl baseUrl, ConnectorHttp http) {
    return ConnectorSettings.retrofit(baseUrl, http.client(), WireJson.of(WalmartContext.WALMART).mapper());
  }

  @Override
  public String toString() {
    return "WalmartCapabilities" + byType.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
