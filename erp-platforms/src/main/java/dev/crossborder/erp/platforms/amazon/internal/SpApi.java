package dev.crossborder.erp.platforms.amazon.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platforms.http.CallContext;
import dev.crossborder.erp.platforms.http.ConnectorHttp;
import dev.crossborder.erp.platforms.http.ShopKey;
import dev.crossborder.erp.platforms.http.Sleeper;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * What every capability of the Amazon connector shares: the HTTP layer, the Retrofit interfaces per
 * region, the credentials provider, the shops seen (the token source needs the whole {@link Shop}
 * to ask the provider), the clock and the sleeper. Thread-safe.
 */
final class SpApi {
  static final PlatformId AMAZON = PlatformId.AMAZON;

  final ConnectorHttp http;
  final InstantSource clock;
  final Sleeper sleeper;
  private final CredentialsProvider credentials;
  private final Map<Marketplaces.Region, Apis> byRegion;
  private final ConcurrentHashMap<ShopKey, Shop> shops;

  /** The Retrofit interfaces of one region's endpoint. */
  record Apis(
      OrdersApi orders,
      ListingsApi listings,
      FbaInventoryApi inventory,
      InboundApi inbound,
      MessagingApi messaging,
      FinancesApi finances) {
    static Apis of(Retrofit retrofit) {
      return new Apis(
          retrofit.create(OrdersApi.class),
          retrofit.create(ListingsApi.class),
          retrofit.create(FbaInventoryApi.class),
          retrofit.create(InboundApi.class),
          retrofit.create(MessagingApi.class),
          retrofit.create(FinancesApi.class));
    }
  }

  SpApi(
      ConnectorHttp http,
      InstantSource clock,
      Sleeper sleeper,
      CredentialsProvider credentials,
      Map<Marketplaces.Region, Retrofit> retrofits,
      ConcurrentHashMap<ShopKey, Shop> shops) {
    this.http = http;
    this.clock = clock;
    this.sleeper = sleeper;
    this.credentials = credentials;
    EnumMap<Marketplaces.Region, Apis> apis = new EnumMap<>(Marketplaces.Region.class);
    retrofits.forEach((region, retrofit) -> apis.put(region, Apis.of(retrofit)));
    this.byRegion = apis;
    this.shops = shops;
  }

  /**
   * The marketplace of {@code shop}, after checking the shop is an Amazon shop of a known
   * marketplace and that its credentials name what Login with Amazon needs.
   *
   * @throws InvalidInputException on field {@code shop} or {@code marketplace}
   * @throws dev.crossborder.erp.kernel.ConfigurationException if a credential is missing
   */
  Marketplaces.Marketplace marketplace(Shop shop) {
    requireNonNull(shop, "shop == null");
    if (!AMAZON.equals(shop.platform())) {
      throw new InvalidInputException("shop", shop.id(), "is a shop of " + shop.platform() + ", not of AMAZON");
    }
    Optional<Marketplaces.Marketplace> marketplace = Marketplaces.byId(shop.marketplace().strip());
    if (marketplace.isEmpty()) {
      throw new InvalidInputException("marketplace", shop.marketplace(), "is not a known Amazon marketplace id");
    }
    Credentials c = credentials.credentials(shop);
    for (String name : LwaTokenSource.NAMES) {
      c.require(name);
    }
    shops.put(ShopKey.of(AMAZON, shop.id().value()), shop);
    return marketplace.get();
  }

  /** The seller id of {@code shop} (credential {@code seller_id}), which Listings paths need. */
  String sellerId(Shop shop) {
    return credentials.credentials(shop).require("seller_id").reveal().strip();
  }

  /** The optional, non-secret setting {@code name} of the shop's credentials. */
  Optional<String> setting(Shop shop, String name) {
    return credentials.credentials(shop).find(name).map(s -> s.reveal().strip());
  }

  /** The Retrofit interfaces of the region serving {@code marketplace}. */
  Apis apis(Marketplaces.Marketplace marketplace) {
    return byRegion.get(marketplace.region());
  }

  /** The context of an idempotent request of {@code shop}. */
  static CallContext read(Shop shop, String operation) {
    return CallContext.idempotent(AMAZON, shop.id().value(), operation);
  }

  /** The context of a request that must not be re-sent blindly. */
  static CallContext write(Shop shop, String operation) {
    return CallContext.nonIdempotent(AMAZON, shop.id().value(), operation);
  }

  /** Runs {@code call}; see {@link ConnectorHttp#execute}. */
  <T> T call(Call<T> call) {
    return http.execute(call);
  }

  /** Runs {@code call}, ignoring its body (a 204). */
  void callDiscarding(Call<?> call) {
    http.executeDiscardingBody(call);
  }

  /** Whether {@code e} answered HTTP {@code status}. */
  static boolean status(ConnectorException e, int status) {
    return e.httpStatus().isPresent() && e.httpStatus().getAsInt() == status;
  }
}
