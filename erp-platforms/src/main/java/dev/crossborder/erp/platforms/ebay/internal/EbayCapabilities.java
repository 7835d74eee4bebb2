package dev.crossborder.erp.platforms.ebay.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.HttpLogger;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.platforms.http.Sleeper;
import dev.crossborder.erp.platforms.http.WireJson;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Assembles the eBay connector's capabilities: two HTTP layers on the same host client (one for
 * the Sell APIs with the shop's user access token as {@code Authorization: Bearer}, a refresh on
 * 401, eBay's error parser, the {@link ErrorCapture} interceptor and the call limits of {@link
 * EbayRateLimits}; one for the OAuth token endpoint), Retrofit with {@link WireJson}'s mapper, and
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
   * @param credentials the per-shop credentials
   * @param hostClient the client to derive from, or {@code null} for a new one
   * @param clock the time source, or {@code null} for the system's
   * @param sleeper the sleeper, or {@code null} for the system's
   * @param logger the HTTP logger, or {@code null} for SLF4J
   * @param endpoint a base URL replacing {@code https://api.ebay.com/} for the Sell APIs, or {@code null}
   * @param identityEndpoint a base URL replacing it for the token endpoint, or {@code null}
   * @param rateLimiting whether to rate-limit requests
   * @param rateLimitOverrides the host's limits per operation, replacing the documented ones
   * @throws ConfigurationException if an endpoint is not an http(s) URL
   */
  public static EbayCapabilities create(
      CredentialsProvider credentials,
      @Nullable OkHttpClient hostClient,
      @Nullable InstantSource clock,
      @Nullable Sleeper sleeper,
      @Nullable HttpLogger logger,
      @Nullable String endpoint,
      @Nullable String identityEndpoint,
      boolean rateLimiting,
      Map<String, RateLimit> rateLimitOverrides) {
    requireNonNull(credentials, "credentials == null");
    InstantSource time = clock == null ? InstantSource.system() : clock;
    ConcurrentHashMap<ShopKey, Shop> shops = new ConcurrentHashMap<>();

    ConnectorHttp identityHttp = limits(base(hostClient, time, sleeper, logger), rateLimiting, rateLimitOverrides, true).build();
    IdentityApi identity = retrofit(identityEndpoint == null ? IdentityApi.BASE_URL : identityEndpoint, identityHttp.client())
        .create(IdentityApi.class);
    EbayTokenSource tokens = new EbayTokenSource(identityHttp, identity, key -> {
      Shop shop = shops.get(key);
      if (shop == null) {
        throw new PlatformUnavailableException(PlatformId.EBAY, EbayRateLimits.TOKEN, "shop not seen by this connector", 0, null);
      }
      return credentials.credentials(shop);
    }, time);

    ConnectorHttp sellHttp = limits(base(hostClient, time, sleeper, logger).accessTokens(tokens).refreshTokenOn(401), rateLimiting,
        rateLimitOverrides, false).build();
    OkHttpClient sellClient = sellHttp.client().newBuilder().addInterceptor(ErrorCapture.interceptor()).build();
    Retrofit sell = retrofit(endpoint == null ? SellApis.BASE_URL : endpoint, sellClient);
    SellContext api = new SellContext(sellHttp, sell.create(SellApis.Fulfillment.class), sell.create(SellApis.Inventory.class),
        credentials, shops);

    Map<Class<?>, Capability> byType = new HashMap<>();
    EbayListings listings = new EbayListings(api);
    byType.put(OrderSource.class, new EbayOrderSource(api));
    byType.put(ListingSource.class, listings);
    byType.put(ListingPublisher.class, listings);
    byType.put(InventoryPublisher.class, listings);
    byType.put(ShipmentConfirmer.class, new EbayShipments(api));
    return new EbayCapabilities(byType);
  }

  /** The capability of {@code type}, or empty if the connector has none of that type. */
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    requireNonNull(type, "type == null");
    Capability capability = byType.get(type);
    return capability == null ? Optional.empty() : Optional.of(type.cast(capability));
  }

  private static ConnectorHttp.Builder base(
      @Nullable OkHttpClient hostClient, InstantSource clock, @Nullable Sleeper sleeper, @Nullable HttpLogger logger) {
    ConnectorHttp.Builder builder = ConnectorHttp.builder(PlatformId.EBAY)
        .clock(clock)
        .sleeper(sleeper == null ? Sleeper.system() : sleeper)
        .logger(logger == null ? HttpLogger.slf4j() : logger)
        .errorParser(EbayErrors.parser());
    if (hostClient != null) {
      builder.hostClient(hostClient);
    }
    return builder;
  }

  private static ConnectorHttp.Builder limits(
      ConnectorHttp.Builder builder, boolean rateLimiting, Map<String, RateLimit> overrides, boolean token) {
    if (!rateLimiting) {
      return builder.withoutRateLimiting();
    }
    EbayRateLimits.all().forEach((operation, limit) -> {
      if (operation.equals(EbayRateLimits.TOKEN) == token) {
        builder.rateLimit(operation, overrides.getOrDefault(operation, limit));
      }
    });
    return builder;
  }

  private static Retrofit retrofit(String baseUrl, OkHttpClient client) {
    HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (url == null) {
      throw new ConfigurationException("endpoint is not an http(s) URL: " + baseUrl);
    }
    return new Retrofit.Builder()
        .baseUrl(url)
        .client(client)
        .addConverterFactory(JacksonConverterFactory.create(JSON.mapper()))
        .build();
  }

  @Override
  public String toString() {
    return "EbayCapabilities" + byType.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
