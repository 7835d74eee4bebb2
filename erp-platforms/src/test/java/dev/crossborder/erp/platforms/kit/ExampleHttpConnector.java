package dev.crossborder.erp.platforms.kit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.ErpException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.ConfirmationResult;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.Secret;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.AccessToken;
import dev.crossborder.erp.platforms.http.AccessTokenSource;
import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.HttpLogger;
import dev.crossborder.erp.platforms.http.PlatformErrorParser;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.platforms.http.Sleeper;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * A minimal HTTP connector on the shared layer ({@link ConnectorHttp}), test-only: it shows how a
 * connector is put together and proves that {@code HttpConnectorContract} tells a good one from a
 * broken one. Its platform, {@code EXAMPLE}, has an OAuth-style token endpoint ({@code POST
 * /token}, refresh-token grant), an order list ({@code GET /orders}) and a non-idempotent shipment
 * upload ({@code POST /shipments}, one package per call) with a read-back ({@code GET
 * /shipments/{orderId}}).
 *
 * <p>Credentials per shop: {@code client_id}, {@code client_secret}, {@code refresh_token}.
 * Thread-safe.
 */
final class ExampleHttpConnector implements PlatformConnector, OrderSource, ShipmentConfirmer {
  static final PlatformId EXAMPLE = PlatformId.of("EXAMPLE");

  private final String baseUrl;
  private final CredentialsProvider credentials;
  private final InstantSource clock;
  private final ConnectorHttp http;
  private final ConnectorHttp tokenHttp;
  private final ExampleApi api;
  private final TokenApi tokenApi;
  private final Map<ShopKey, Shop> shops = new ConcurrentHashMap<>();

  ExampleHttpConnector(
      String baseUrl, CredentialsProvider credentials, InstantSource clock, Sleeper sleeper, HttpLogger logger) {
    this.baseUrl = requireNonNull(baseUrl, "baseUrl == null");
    this.credentials = requireNonNull(credentials, "credentials == null");
    this.clock = requireNonNull(clock, "clock == null");
    ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.tokenHttp = ConnectorHttp.builder(EXAMPLE).clock(clock).sleeper(sleeper).logger(logger).build();
    this.http =
        ConnectorHttp.builder(EXAMPLE)
            .clock(clock)
            .sleeper(sleeper)
            .logger(logger)
            .accessTokens(new Tokens())
            .errorParser(ExampleHttpConnector::parseError)
            .build();
    this.tokenApi = retrofit(tokenHttp, json).create(TokenApi.class);
    this.api = retrofit(http, json).create(ExampleApi.class);
  }

  private Retrofit retrofit(ConnectorHttp layer, ObjectMapper json) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl + "/")
        .client(layer.client())
        .addConverterFactory(JacksonConverterFactory.create(json))
        .build();
  }

  @Override
  public PlatformId platform() {
    return EXAMPLE;
  }

  @Override
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    return type == OrderSource.class || type == ShipmentConfirmer.class ? Optional.of(type.cast(this)) : Optional.empty();
  }

  @Override
  public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
    CallContext context = CallContext.idempotent(EXAMPLE, key(shop).shop(), "listOrders");
    OrdersWire page =
        http.execute(api.orders(context, shop.marketplace(), window.from().toString(), window.to().toString(), cursor));
    if (page.orders() == null) {
      throw malformed("listOrders", "orders", "missing");
    }
    List<PlatformOrder> orders = new ArrayList<>();
    for (int i = 0; i < page.orders().size(); i++) {
      orders.add(map(shop, page.orders().get(i), "orders[" + i + "]"));
    }
    return new PlatformPage<>(orders, page.nextToken());
  }

  @Override
  public ConfirmationResult confirm(Shop shop, ShipmentConfirmation confirmation) {
    String shopId = key(shop).shop();
    ShipmentWire body =
        new ShipmentWire(
            confirmation.platformOrderId(),
            confirmation.carrierCode(),
            confirmation.trackingNumber(),
            confirmation.shippedAt().toString());
    try {
      http.execute(api.createShipment(CallContext.nonIdempotent(EXAMPLE, shopId, "createShipment"), body));
      return new ConfirmationResult.Confirmed();
    } catch (PlatformUnavailableException uncertain) {
      // The package may have been added: read back instead of sending it again.
      try {
        if (holds(shopId, confirmation)) {
          return new ConfirmationResult.Confirmed();
        }
      } catch (ConnectorException readBackFailed) {
        uncertain.addSuppressed(readBackFailed);
      }
      throw uncertain;
    } catch (PlatformRequestException refused) {
      if ("DuplicateTracking".equals(refused.platformCode())) {
        return new ConfirmationResult.AlreadyConfirmed();
      }
      return new ConfirmationResult.Rejected(
          List.of(new PlatformIssue(refused.platformCode(), refused.platformMessage(), PlatformIssue.Severity.ERROR, List.of())));
    }
  }

  /** Whether the platform already holds the confirmation's tracking number for its order. */
  private boolean holds(String shopId, ShipmentConfirmation confirmation) {
    CallContext context = CallContext.idempotent(EXAMPLE, shopId, "getShipments");
    ShipmentsWire shipments;
    try {
      shipments = http.execute(api.shipments(context, confirmation.platformOrderId()));
    } catch (PlatformRequestException e) {
      if (e.httpStatus().orElse(0) == 404) {
        return false;
      }
      throw e;
    }
    return shipments.shipments() != null
        && shipments.shipments().stream().anyMatch(s -> confirmation.trackingNumber().equals(s.trackingNumber()));
  }

  private PlatformOrder map(Shop shop, OrderWire order, String at) {
    try {
      Currency currency = Currency.getInstance(required(order.currency(), at + ".currency"));
      List<OrderLine> lines = new ArrayList<>();
      List<LineWire> wireLines = order.lines() == null ? List.of() : order.lines();
      for (int i = 0; i < wireLines.size(); i++) {
        LineWire line = wireLines.get(i);
        String field = at + ".lines[" + i + "]";
        lines.add(
            OrderLine.of(
                required(line.lineId(), field + ".lineId"),
                SkuCode.of(required(line.sku(), field + ".sku")),
                Quantity.of(line.quantity()),
                Money.of(required(line.unitPrice(), field + ".unitPrice"), currency.getCurrencyCode())));
      }
      return new PlatformOrder(
          shop.id(),
          required(order.orderId(), at + ".orderId"),
          status(order.status()),
          FulfillmentChannel.MERCHANT,
          Instant.parse(required(order.purchasedAt(), at + ".purchasedAt")),
          Instant.parse(required(order.updatedAt(), at + ".updatedAt")),
          currency,
          lines,
          Money.zero(currency),
          Destination.of(required(order.country(), at + ".country")),
          null);
    } catch (MissingField e) {
      throw malformed("listOrders", e.field, "missing");
    } catch (ErpException | DateTimeParseException | IllegalArgumentException e) {
      throw malformed("listOrders", at, "unreadable (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static PlatformOrderStatus status(@Nullable String status) {
    if ("Unshipped".equals(status)) {
      return PlatformOrderStatus.UNSHIPPED;
    }
    if ("Shipped".equals(status)) {
      return PlatformOrderStatus.SHIPPED;
    }
    if ("Canceled".equals(status)) {
      return PlatformOrderStatus.CANCELLED;
    }
    return PlatformOrderStatus.OTHER;
  }

  private static String required(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new MissingField(field);
    }
    return value;
  }

  private static MalformedResponseException malformed(String operation, String field, String problem) {
    return new MalformedResponseException(EXAMPLE, operation, field, problem, 200, null);
  }

  private ShopKey key(Shop shop) {
    if (!EXAMPLE.equals(shop.platform())) {
      throw new InvalidInputException("shop", shop.id(), "is not a shop of " + EXAMPLE);
    }
    ShopKey key = ShopKey.of(EXAMPLE, shop.id().value());
    shops.put(key, shop);
    return key;
  }

  /** Reads {@code {"errors":[{"code","message"}]}}; anything else is no readable error. */
  private static Optional<PlatformErrorParser.PlatformError> parseError(int status, String body) {
    try {
      JsonNode first = new ObjectMapper().readTree(body).path("errors").path(0);
      if (first.hasNonNull("code")) {
        return Optional.of(new PlatformErrorParser.PlatformError(first.get("code").asText(), first.path("message").asText("")));
      }
    } catch (IOException | RuntimeException e) {
      // not JSON
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ExampleHttpConnector[" + baseUrl + "]";
  }

  /** The refresh-token grant against {@code POST /token}, with the shop's credentials read at call time. */
  private final class Tokens implements AccessTokenSource {
    @Override
    public AccessToken fetch(ShopKey key) {
      Shop shop = shops.get(key);
      if (shop == null) {
        throw new AuthenticationException(EXAMPLE, "refreshToken", AuthenticationException.Reason.INVALID_CLIENT, 0, null);
      }
      Credentials secrets = credentials.credentials(shop);
      CallContext context = CallContext.idempotent(EXAMPLE, key.shop(), "refreshToken");
      TokenWire token;
      try {
        token =
            tokenHttp.execute(
                tokenApi.token(
                    context,
                    "refresh_token",
                    secrets.require("refresh_token").reveal(),
                    secrets.require("client_id").reveal(),
                    secrets.require("client_secret").reveal()));
      } catch (PlatformRequestException refused) {
        throw new AuthenticationException(
            EXAMPLE, "refreshToken", AuthenticationException.Reason.REVOKED, refused.httpStatus().orElse(400), null);
      }
      if (token.accessToken() == null || token.accessToken().isBlank()) {
        throw malformed("refreshToken", "access_token", "missing");
      }
      if (token.expiresIn() <= 0) {
        throw malformed("refreshToken", "expires_in", "not positive");
      }
      return AccessToken.of(Secret.of(token.accessToken()), clock.instant().plusSeconds(token.expiresIn()));
    }
  }

  /** A required field of the answer is absent. */
  private static final class MissingField extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    MissingField(String field) {
      super(field, null, false, false);
      this.field = field;
    }
  }

  interface TokenApi {
    @FormUrlEncoded
    @POST("token")
    Call<TokenWire> token(
        @Tag CallContext context,
        @Field("grant_type") String grantType,
        @Field("refresh_token") String refreshToken,
        @Field("client_id") String clientId,
        @Field("client_secret") String clientSecret);
  }

  interface ExampleApi {
    @GET("orders")
    Call<OrdersWire> orders(
        @Tag CallContext context,
        @Query("marketplace") String marketplace,
        @Query("updatedAfter") String from,
        @Query("updatedBefore") String to,
        @Query("nextToken") @Nullable String nextToken);

    @POST("shipments")
    Call<ShipmentWire> createShipment(@Tag CallContext context, @Body ShipmentWire shipment);

    @GET("shipments/{orderId}")
    Call<ShipmentsWire> shipments(@Tag CallContext context, @Path("orderId") String orderId);
  }

  record TokenWire(
      @JsonProperty("access_token") @Nullable String accessToken,
      @JsonProperty("token_type") @Nullable String tokenType,
      @JsonProperty("expires_in") long expiresIn) {}

  record OrdersWire(@Nullable List<OrderWire> orders, @Nullable String nextToken) {}

  record OrderWire(
      @Nullable String orderId,
      @Nullable String status,
      @Nullable String purchasedAt,
      @Nullable String updatedAt,
      @Nullable String currency,
      @Nullable String country,
      @Nullable List<LineWire> lines) {}

  record LineWire(@Nullable String lineId, @Nullable String sku, long quantity, @Nullable String unitPrice) {}

  record ShipmentWire(
      @Nullable String orderId, @Nullable String carrierCode, @Nullable String trackingNumber, @Nullable String shippedAt) {}

  record ShipmentsWire(@Nullable List<ShipmentWire> shipments) {}
}
