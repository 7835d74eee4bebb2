package dev.crossborder.erp.platforms.shopify.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.platforms.http.Sleeper;
import dev.crossborder.erp.platforms.http.WireJson;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Runs the connector's GraphQL operations for a shop: checks the shop, posts the operation to the
 * shop's endpoint through the HTTP layer, and reads the envelope. Top-level {@code errors} become
 * typed exceptions ({@code ACCESS_DENIED} an {@link AuthenticationException}, {@code THROTTLED} a
 * {@link RateLimitedException} should one ever get past {@link ThrottleInterceptor}, any other a
 * {@link PlatformRequestException} with Shopify's code); a missing {@code data} or a value that
 * cannot be read a {@link MalformedResponseException} naming the field.
 *
 * <p>Cost-aware pacing: when an answer's {@code extensions.cost.throttleStatus} shows fewer points
 * available than the query requested, the shop's next request first waits, through the sleeper,
 * until the restore rate has refilled the difference, instead of being throttled. Thread-safe.
 */
final class GraphQl {
  static final PlatformId SHOPIFY = PlatformId.SHOPIFY;
  static final WireJson WIRE = WireJson.of(SHOPIFY);

  private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.myshopify\\.com");
  private static final Pattern HANDLE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private final ConnectorHttp http;
  private final GraphQlApi api;
  private final CredentialsProvider credentials;
  private final @Nullable String endpoint;
  private final ConcurrentHashMap<ShopKey, Shop> shops;
  private final InstantSource clock;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<ShopKey, Instant> readyAt = new ConcurrentHashMap<>();

  GraphQl(
      ConnectorHttp http,
      GraphQlApi api,
      CredentialsProvider credentials,
      @Nullable String endpoint,
      ConcurrentHashMap<ShopKey, Shop> shops,
      InstantSource clock,
      Sleeper sleeper) {
    this.http = http;
    this.api = api;
    this.credentials = credentials;
    this.endpoint = endpoint;
    this.shops = shops;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * The GraphQL endpoint of {@code shop}, after checking it is a Shopify shop whose marketplace is
   * its {@code myshopify.com} domain (or the handle before it) and whose credentials hold an
   * {@code access_token}.
   *
   * @throws InvalidInputException on field {@code shop} or {@code marketplace}
   * @throws dev.crossborder.erp.kernel.ConfigurationException if {@code access_token} is missing
   */
  String endpoint(Shop shop) {
    requireNonNull(shop, "shop == null");
    if (!shop.platform().equals(SHOPIFY)) {
      throw new InvalidInputException("shop", shop.id(), "is a shop of " + shop.platform() + ", not of SHOPIFY");
    }
    String domain = domain(shop.marketplace());
    credentials.credentials(shop).require(ShopifyTokenSource.ACCESS_TOKEN);
    shops.put(ShopKey.of(SHOPIFY, shop.id().value()), shop);
    String base = endpoint != null ? endpoint : "https://" + domain + "/";
    return base + "admin/api/" + Operation.API_VERSION + "/graphql.json";
  }

  /** The shop's {@code myshopify.com} domain from its marketplace text. */
  static String domain(String marketplace) {
    String text = marketplace.strip().toLowerCase(Locale.ROOT);
    if (HANDLE.matcher(text).matches()) {
      return text + ".myshopify.com";
    }
    if (!DOMAIN.matcher(text).matches()) {
      throw new InvalidInputException("marketplace", marketplace, "is not a myshopify.com domain such as acme.myshopify.com");
    }
    return text;
  }

  /** The optional, non-secret setting {@code name} of the shop's credentials. */
  Optional<String> setting(Shop shop, String name) {
    return credentials.credentials(shop).find(name).map(s -> s.reveal().strip());
  }

  /**
   * Runs {@code operation} for {@code shop} with {@code variables} and reads its {@code data} as
   * {@code type}.
   *
   * @throws dev.crossborder.erp.platform.ConnectorException as described in the class
   *     documentation, or as the HTTP layer throws
   */
  <T> T run(Shop shop, Operation operation, Map<String, Object> variables, Class<T> type) {
    String url = endpoint(shop);
    CallContext context = new CallContext(SHOPIFY, shop.id().value(), operation.operationName(), operation.idempotent());
    GraphQlApi.Request request = new GraphQlApi.Request(operation.document(), operation.operationName(), variables);
    ShopKey key = context.shopKey();
    pace(key, operation);
    byte[] body;
    try (ResponseBody response = http.execute(api.post(url, request, context))) {
      body = response.bytes();
    } catch (IOException e) {
      throw WIRE.malformed(operation.operationName(), 200, e);
    }
    GraphQlWire.Envelope envelope = WIRE.read(operation.operationName(), 200, body, GraphQlWire.Envelope.class);
    checkErrors(operation, envelope.errors());
    record(key, envelope);
    JsonNode data = envelope.data();
    if (data == null || data.isNull()) {
      throw new MalformedResponseException(SHOPIFY, operation.operationName(), "data", "is missing", 200, null);
    }
    try {
      T value = WIRE.mapper().treeToValue(data, type);
      if (value == null) {
        throw new MalformedResponseException(SHOPIFY, operation.operationName(), "data", "is null", 200, null);
      }
      return value;
    } catch (IOException | IllegalArgumentException e) {
      throw WIRE.malformed(operation.operationName(), 200, e);
    }
  }

  /** Waits until the shop's bucket held enough for its last query again, if the last answer said it did not. */
  private void pace(ShopKey key, Operation operation) {
    Instant ready = readyAt.get(key);
    if (ready == null) {
      return;
    }
    Duration wait = Duration.between(clock.instant(), ready);
    if (wait.isNegative() || wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PlatformUnavailableException(SHOPIFY, operation.operationName(), "interrupted", 0, e);
    }
  }

  /**
   * Remembers when the shop's bucket holds the cost of the query just answered again, from the
   * answer's {@code extensions.cost}, so the next request waits instead of being throttled.
   */
  private void record(ShopKey key, GraphQlWire.Envelope envelope) {
    long seconds = ThrottleInterceptor.deficitSeconds(envelope.extensions() == null ? null : envelope.extensions().cost());
    if (seconds > 0) {
      readyAt.put(key, clock.instant().plusSeconds(seconds));
    } else {
      readyAt.remove(key);
    }
  }

  private void checkErrors(Operation operation, @Nullable List<GraphQlWire.Error> errors) {
    if (errors == null || errors.isEmpty()) {
      return;
    }
    GraphQlWire.Error first = errors.get(0);
    String code = first != null && first.extensions() != null && first.extensions().code() != null
        ? first.extensions().code().strip()
        : "GRAPHQL_ERROR";
    String message = first != null && first.message() != null && !first.message().isBlank() ? first.message() : "no message";
    switch (code) {
      case ThrottleInterceptor.THROTTLED ->
          throw new RateLimitedException(SHOPIFY, operation.operationName(), null, 200, null);
      case "ACCESS_DENIED" ->
          throw new AuthenticationException(SHOPIFY, operation.operationName(), AuthenticationException.Reason.FORBIDDEN, 200, null);
      default -> throw new PlatformRequestException(SHOPIFY, operation.operationName(), code, message, 200, null);
    }
  }

  /** The Shopify global id of {@code type} and numeric or text {@code id}. */
  static String gid(String type, String id) {
    return id.startsWith("gid://") ? id : "gid://shopify/" + type + "/" + id;
  }

  /** The last segment of a global id ({@code gid://shopify/Order/123} → {@code 123}). */
  static String tail(String gid) {
    int slash = gid.lastIndexOf('/');
    return slash < 0 ? gid : gid.substring(slash + 1);
  }
}
