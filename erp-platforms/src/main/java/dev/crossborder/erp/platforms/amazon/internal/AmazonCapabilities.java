package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.CustomerServiceSource;
import dev.crossborder.erp.platform.InboundPlans;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platform.SettlementSource;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ConnectorSettings;
import dev.crossborder.erp.platforms.http.PlatformErrorParser;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

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
   * @param settings the connector's settings; its endpoint replaces every regional endpoint
   *     (sandbox, tests)
   * @param lwaEndpoint a base URL replacing the LWA endpoint, or {@code null}
   * @throws ConfigurationException if an endpoint is not an http(s) URL
   */
  public static AmazonCapabilities create(ConnectorSettings settings, @Nullable String lwaEndpoint) {
    requireNonNull(settings, "settings == null");
    CredentialsProvider credentials = settings.credentials();
    ConcurrentHashMap<ShopKey, Shop> shops = new ConcurrentHashMap<>();
    Map<String, RateLimit> lwaLimits = new HashMap<>();
    Map<String, RateLimit> spLimits = new HashMap<>();
    RateLimits.all().forEach((operation, limit) -> (operation.equals(LwaTokenSource.OPERATION) ? lwaLimits : spLimits)
        .put(operation, RateLimit.of(limit.rate(), limit.burst())));

    ConnectorHttp lwaHttp = settings.limit(settings.http(PlatformId.AMAZON).errorParser(parser(true)), lwaLimits).build();
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
        settings.clock());

    ConnectorHttp.Builder spBuilder = settings.http(PlatformId.AMAZON)
        .accessTokens(tokens)
        .tokenHeader("x-amz-access-token", "")
        .refreshTokenOn(401, 403)
        .errorParser(parser(false));
    ConnectorHttp spHttp = settings.limit(spBuilder, spLimits).build();
    String endpoint = settings.endpoint();
    Map<Marketplaces.Region, Retrofit> retrofits = new EnumMap<>(Marketplaces.Region.class);
    Retrofit override = endpoint == null ? null : retrofit(endpoint, spHttp);
    for (Marketplaces.Region region : Marketplaces.Region.values()) {
      retrofits.put(region, override != null ? override : retrofit(region.endpoint(), spHttp));
    }
    SpApi api = new SpApi(spHttp, settings.clock(), settings.sleeper(), credentials, retrofits, shops);

    Map<Class<?>, Capability> byType = new HashMap<>();
    AmazonListings listings = new AmazonListings(api);
    byType.put(OrderSource.class, new AmazonOrderSource(api));
    byType.put(ListingSource.class, listings);
    byType.put(ListingPublisher.class, listings);
    byType.put(InventoryPublisher.class, listings);
    byType.put(ShipmentConfirmer.class, new AmazonShipments(api));
    byType.put(PlatformStockSource.class, new AmazonStockSource(api));
    byType.put(InboundPlans.class, new AmazonInboundPlans(api));
    byType.put(CustomerServiceSource.class, new AmazonMessaging(api));
    byType.put(SettlementSource.class, new AmazonSettlementSource(api));
    return new AmazonCapabilities(byType);
  }

  /** The capability of {@code type}, or empty if the connector has none of that type. */
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    requireNonNull(type, "type == null");
    Capability capability = byType.get(type);
    return capability == null ? Optional.empty() : Optional.of(type.cast(capability));
  }

  private static PlatformErrorParser parser(boolean lwa) {
    return (status, body) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      SpApiErrors.PlatformError error = lwa ? SpApiErrors.readLwa(bytes, status) : SpApiErrors.read(bytes, status);
      return Optional.of(new PlatformErrorParser.PlatformError(error.code(), error.message()));
    };
  }

  private static Retrofit retrofit(String baseUrl, ConnectorHttp http) {
    return ConnectorSettings.retrofit(ConnectorSettings.baseUrl(baseUrl), http.client(), AmazonJson.mapper());
  }

  @Override
  public String toString() {
    return "AmazonCapabilities" + byType.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
