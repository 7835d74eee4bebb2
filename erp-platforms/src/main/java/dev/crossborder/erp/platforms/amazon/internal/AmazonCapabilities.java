package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.InboundPlans;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.HttpLogger;
import dev.crossborder.erp.platforms.http.PlatformErrorParser;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.platforms.http.Sleeper;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Assembles the Amazon connector's capabilities: two HTTP layers on the same host client (one for
 * the SP-API endpoints with the LWA token, the SP-API token header {@code x-amz-access-token}, a
 * refresh on 401 and 403, and the documented rate limits of {@link RateLimits}; one for the LWA
 * token endpoint), Retrofit per region with {@link AmazonJson}'s mapper (its converter turns bodies
 * only; query parameters stay plain text), and the capability implementations. Immutable once
 * built; the capabilities are thread-safe.
 */
public final class AmazonCapabilities {
  private final Map<Class<?>, Capability> byType;

  private AmazonCapabilities(Map<Class<?>, Capability> byType) {
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
   * @param endpoint a base URL replacing every regional endpoint (sandbox, tests), or {@code null}
   * @param lwaEndpoint a base URL replacing the LWA endpoint, or {@code null}
   * @param rateLimiting whether to rate-limit requests
   * @param rateLimitOverrides the host's limits per SP-API operation, replacing the documented ones
   * @throws ConfigurationException if an endpoint is not an http(s) URL
   */
  public static AmazonCapabilities create(
      CredentialsProvider credentials,
      @Nullable OkHttpClient hostClient,
      @Nullable InstantSource clock,
      @Nullable Sleeper sleeper,
      @Nullable HttpLogger logger,
      @Nullable String endpoint,
      @Nullable String lwaEndpoint,
      boolean rateLimiting,
      Map<String, RateLimit> rateLimitOverrides) {
    requireNonNull(credentials, "credentials == null");
    InstantSource time = clock == null ? InstantSource.system() : clock;
    Sleeper waits = sleeper == null ? Sleeper.system() : sleeper;
    HttpLogger log = logger == null ? HttpLogger.slf4j() : logger;
    ConcurrentHashMap<ShopKey, Shop> shops = new ConcurrentHashMap<>();

    ConnectorHttp.Builder lwaBuilder = base(hostClient, time, waits, log)
        .errorParser(parser(true));
    if (rateLimiting) {
      RateLimits.of(LwaTokenSource.OPERATION).ifPresent(l -> lwaBuilder.rateLimit(LwaTokenSource.OPERATION, RateLimit.of(l.rate(), l.burst())));
    } else {
      lwaBuilder.withoutRateLimiting();
    }
    ConnectorHttp lwaHttp = lwaBuilder.build();
    LwaApi lwaApi = retrofit(lwaEndpoint == null ? LwaApi.BASE_URL : lwaEndpoint, lwaHttp).create(LwaApi.class);
    LwaTokenSource tokens = new LwaTokenSource(
        lwaHttp,
        lwaApi,
        key -> {
          Shop shop = shops.get(key);
          if (shop == null) {
            throw LwaTokenSource.unknownShop(key);
          }
          return credentials.credentials(shop);
        },
        time);

    ConnectorHttp.Builder spBuilder = base(hostClient, time, waits, log)
        .accessTokens(tokens)
        .tokenHeader("x-amz-access-token", "")
        .refreshTokenOn(401, 403)
        .errorParser(parser(false));
    if (rateLimiting) {
      RateLimits.all().forEach((operation, limit) -> {
        if (!operation.equals(LwaTokenSource.OPERATION)) {
          spBuilder.rateLimit(
              operation, rateLimitOverrides.getOrDefault(operation, RateLimit.of(limit.rate(), limit.burst())));
        }
      });
    } else {
      spBuilder.withoutRateLimiting();
    }
    ConnectorHttp spHttp = spBuilder.build();
    Map<Marketplaces.Region, Retrofit> retrofits = new EnumMap<>(Marketplaces.Region.class);
    Retrofit override = endpoint == null ? null : retrofit(endpoint, spHttp);
    for (Marketplaces.Region region : Marketplaces.Region.values()) {
      retrofits.put(region, override != null ? override : retrofit(region.endpoint(), spHttp));
    }
    SpApi api = new SpApi(spHttp, time, waits, credentials, retrofits, shops);

    Map<Class<?>, Capability> byType = new java.util.HashMap<>();
    AmazonListings listings = new AmazonListings(api);
    byType.put(OrderSource.class, new AmazonOrderSource(api));
    byType.put(ListingSource.class, listings);
    byType.put(ListingPublisher.class, listings);
    byType.put(InventoryPublisher.class, listings);
    byType.put(ShipmentConfirmer.class, new AmazonShipments(api));
    byType.put(PlatformStockSource.class, new AmazonStockSource(api));
    byType.put(InboundPlans.class, new AmazonInboundPlans(api));
    return new AmazonCapabilities(byType);
  }

  /** The capability of {@code type}, or empty if the connector has none of that type. */
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    requireNonNull(type, "type == null");
    Capability capability = byType.get(type);
    return capability == null ? Optional.empty() : Optional.of(type.cast(capability));
  }

  private static ConnectorHttp.Builder base(
      @Nullable OkHttpClient hostClient, InstantSource clock, Sleeper sleeper, HttpLogger logger) {
    ConnectorHttp.Builder builder = ConnectorHttp.builder(PlatformId.AMAZON).clock(clock).sleeper(sleeper).logger(logger);
    if (hostClient != null) {
      builder.hostClient(hostClient);
    }
    return builder;
  }

  private static PlatformErrorParser parser(boolean lwa) {
    return (status, body) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      SpApiErrors.PlatformError error = lwa ? SpApiErrors.readLwa(bytes, status) : SpApiErrors.read(bytes, status);
      return Optional.of(new PlatformErrorParser.PlatformError(error.code(), error.message()));
    };
  }

  private static Retrofit retrofit(String baseUrl, ConnectorHttp http) {
    HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    if (url == null) {
      throw new ConfigurationException("endpoint is not an http(s) URL: " + baseUrl);
    }
    return new Retrofit.Builder()
        .baseUrl(url)
        .client(http.client())
        .addConverterFactory(JacksonConverterFactory.create(AmazonJson.mapper()))
        .build();
  }

  @Override
  public String toString() {
    return "AmazonCapabilities" + byType.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
