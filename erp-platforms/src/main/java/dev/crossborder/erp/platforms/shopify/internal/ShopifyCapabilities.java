package dev.crossborder.erp.platforms.shopify.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ConnectorSettings;
import dev.crossborder.erp.platforms.http.PlatformErrorParser;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.shop.Shop;
import java.io.IOException;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Assembles the Shopify connector's capabilities: the shared HTTP layer on a client derived from
 * the host's with {@link ThrottleInterceptor} as a network interceptor (so a {@code THROTTLED} 200
 * is a 429 to the layer's retry), the shop's access token in {@code X-Shopify-Access-Token}, the
 * rate limits of {@link Operation}, Retrofit on the shared lenient mapper, and the capability
 * implementations. Shopify has no platform stock or inbound plans, so those capabilities are
 * absent. Immutable once built; the capabilities are thread-safe.
 */
public final class ShopifyCapabilities {
  private final Map<Class<?>, Capability> byType;

  private ShopifyCapabilities(Map<Class<?>, Capability> byType) {
    this.byType = Map.copyOf(byType);
  }

  /**
   * Builds the capabilities.
   *
   * @param settings the connector's settings; its endpoint replaces every shop's {@code
   *     https://<domain>/} (tests)
   * @throws ConfigurationException if the endpoint is not an http(s) URL
   */
  public static ShopifyCapabilities create(ConnectorSettings settings) {
    requireNonNull(settings, "settings == null");
    CredentialsProvider credentials = settings.credentials();
    InstantSource time = settings.clock();
    ConcurrentHashMap<ShopKey, Shop> shops = new ConcurrentHashMap<>();
    ShopifyTokenSource tokens = new ShopifyTokenSource(
        key -> {
          Shop shop = shops.get(key);
          if (shop == null) {
            throw ShopifyTokenSource.unknownShop(key);
          }
          return credentials.credentials(shop);
        },
        time);
    OkHttpClient base = settings.hostClientOrNew().newBuilder()
        .addNetworkInterceptor(new ThrottleInterceptor())
        .build();
    ConnectorHttp.Builder builder = settings.http(GraphQl.SHOPIFY, base)
        .accessTokens(tokens)
        .tokenHeader("X-Shopify-Access-Token", "")
        .errorParser(ShopifyCapabilities::parseError);
    ConnectorHttp http = settings.limit(builder, Operation.rateLimits()).build();
    String override = settings.endpoint() == null ? null : ConnectorSettings.baseUrl(settings.endpoint()).toString();
    Retrofit retrofit = ConnectorSettings.retrofit(
        ConnectorSettings.baseUrl(override == null ? "https://shopify.invalid/" : override), http.client(), GraphQl.WIRE.mapper());
    GraphQl graphQl = new GraphQl(http, retrofit.create(GraphQlApi.class), credentials, override, shops, time, settings.sleeper());

    Map<Class<?>, Capability> byType = new HashMap<>();
    ShopifyListings listings = new ShopifyListings(graphQl);
    byType.put(OrderSource.class, new ShopifyOrderSource(graphQl));
    byType.put(ListingSource.class, listings);
    byType.put(ListingPublisher.class, listings);
    byType.put(InventoryPublisher.class, listings);
    byType.put(ShipmentConfirmer.class, new ShopifyShipments(graphQl));
    return new ShopifyCapabilities(byType);
  }

  /** The capability of {@code type}, or empty if the connector has none of that type. */
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    requireNonNull(type, "type == null");
    Capability capability = byType.get(type);
    return capability == null ? Optional.empty() : Optional.of(type.cast(capability));
  }

  /**
   * Reads Shopify's 4xx bodies: {@code {"errors": "[API] Invalid API key or access token …"}} or
   * {@code {"errors": [{"message": …, "extensions": {"code": …}}]}}; the code is {@code
   * extensions.code}, or {@code HTTP_<status>} for a plain message.
   */
  static Optional<PlatformErrorParser.PlatformError> parseError(int status, String body) {
    JsonNode errors;
    try {
      errors = GraphQl.WIRE.mapper().readTree(body).path("errors");
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (errors.isTextual()) {
      return Optional.of(new PlatformErrorParser.PlatformError("HTTP_" + status, errors.asText()));
    }
    JsonNode first = errors.path(0);
    if (!first.path("message").isTextual()) {
      return Optional.empty();
    }
    String code = first.path("extensions").path("code").asText("HTTP_" + status);
    return Optional.of(new PlatformErrorParser.PlatformError(code.isBlank() ? "HTTP_" + status : code, first.path("message").asText()));
  }

  @Override
  public String toString() {
    return "ShopifyCapabilities" + byType.keySet().stream().map(Class::getSimpleName).sorted().toList();
  }
}
