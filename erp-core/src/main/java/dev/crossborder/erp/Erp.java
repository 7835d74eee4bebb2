package dev.crossborder.erp;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.cases.Cases;
import dev.crossborder.erp.cases.ResponseTimeRules;
import dev.crossborder.erp.cases.internal.StoreCases;
import dev.crossborder.erp.catalog.Catalog;
import dev.crossborder.erp.catalog.internal.StoreCatalog;
import dev.crossborder.erp.event.EventListener;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.event.OutboxRelay;
import dev.crossborder.erp.event.RelayPolicy;
import dev.crossborder.erp.event.internal.StoreOutboxRelay;
import dev.crossborder.erp.finance.Finance;
import dev.crossborder.erp.finance.internal.StoreFinance;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.inventory.Inventory;
import dev.crossborder.erp.inventory.internal.StoreInventory;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.IdGenerator;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.listing.Listings;
import dev.crossborder.erp.listing.StockPush;
import dev.crossborder.erp.listing.internal.StoreListings;
import dev.crossborder.erp.listing.internal.StoreStockPush;
import dev.crossborder.erp.money.ExchangeRateProvider;
import dev.crossborder.erp.money.FixedExchangeRates;
import dev.crossborder.erp.order.Orders;
import dev.crossborder.erp.order.Routing;
import dev.crossborder.erp.order.internal.OrderSalesHistory;
import dev.crossborder.erp.order.internal.StoreOrders;
import dev.crossborder.erp.order.internal.StoreRouting;
import dev.crossborder.erp.order.rules.BuyerHasher;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.shop.ShopId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.purchasing.Purchasing;
import dev.crossborder.erp.purchasing.internal.StorePurchasing;
import dev.crossborder.erp.shipping.upload.TrackingUploads;
import dev.crossborder.erp.shipping.upload.UploadSettings;
import dev.crossborder.erp.shipping.upload.internal.StoreTrackingUploads;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shops;
import dev.crossborder.erp.shop.internal.StoreShops;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.memory.InMemoryStore;
import dev.crossborder.erp.sync.SyncEngine;
import dev.crossborder.erp.sync.SyncListener;
import dev.crossborder.erp.sync.SyncSettings;
import dev.crossborder.erp.sync.internal.StoreSyncEngine;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The SDK for one tenant (seller account): build one with {@link #builder()} and reach every
 * service from it.
 *
 * <pre>{@code
 * Erp erp = Erp.builder()
 *     .tenant(TenantId.of("acme"))
 *     .store(JdbcStore.postgres(dataSource))   // default: a new InMemoryStore
 *     .listener("billing", event -> ...)       // optional, delivered after commit
 *     .build();
 * erp.catalog().create(product);
 * erp.orders().importOrder(platformOrder);
 * }</pre>
 *
 * <p>Thread-safe: one instance serves any number of threads. Several {@code Erp} instances (one
 * per tenant, or one per host instance) may share one {@link Store}.
 */
public final class Erp {
  /** The outbox listener name {@link Builder#stockPushOnMovement()} registers. */
  public static final String STOCK_PUSH_LISTENER = "stock-push";
  /** The most {@code NEW} orders of a shop routing on import routes after one stored page. */
  public static final int IMPORT_ROUTING_LIMIT = 1000;

  /**
   * The outbox listener that, with {@link Builder#routingOnImport}, routes the {@code AWAITING_STOCK}
   * backlog again whenever a {@code stock.moved} event made stock available.
   */
  public static final String BACKLOG_LISTENER = "routing-backlog";

  private final ErpContext ctx;
  private final Catalog catalog;
  private final Shops shops;
  private final StoreInventory inventory;
  private final Orders orders;
  private final Routing routing;
  private final Purchasing purchasing;
  private final OutboxRelay events;
  private final Map<PlatformId, PlatformConnector> connectors;
  private final ExchangeRateProvider rates;
  private final Listings listings;
  private final StoreStockPush stockPush;
  private final SyncEngine sync;
  private final TrackingUploads trackingUploads;
  private final Cases cases;
  private final StoreFinance finance;

  private Erp(Builder b, TenantId tenant) {
    Store store = b.store != null ? b.store : new InMemoryStore();
    InstantSource clock = b.clock != null ? b.clock : InstantSource.system();
    IdGenerator ids = b.ids != null ? b.ids : IdGenerator.uuids();
    this.ctx = new ErpContext(tenant, store, clock, ids, ErpJson.newMapper());
    this.catalog = new StoreCatalog(ctx);
    this.shops = new StoreShops(ctx);
    this.inventory = new StoreInventory(ctx);
    // The order side's hooks are handed in here, so neither purchasing nor shipping depends on the
    // order package (which depends on both): no package cycle (ArchitectureTest).
    this.orders = new StoreOrders(ctx, inventory, StoreTrackingUploads::record);
    this.finance = new StoreFinance(ctx, b.connectors, b.rates != null ? b.rates : FixedExchangeRates.empty(),
        b.baseCurrency);
    this.purchasing = new StorePurchasing(ctx, inventory, OrderSalesHistory::load, finance);
    String instanceId = b.instanceId != null ? b.instanceId : ids.nextId();
    RelayPolicy policy = b.relayPolicy != null ? b.relayPolicy : RelayPolicy.ofDefaults();
    this.connectors = Map.copyOf(b.connectors);
    this.rates = b.rates != null ? b.rates : FixedExchangeRates.empty();
    this.routing = new StoreRouting(ctx, inventory, purchasing, b.buyerHasher, rates);
    this.listings = new StoreListings(ctx, connectors, rates);
    SyncSettings syncSettings = b.syncSettings != null ? b.syncSettings : SyncSettings.ofDefaults();
    @Nullable Consumer<ShopId> routeImported = null;
    ImportRouting onImport = b.routingOnImport;
    Routing router = routing;
    if (onImport != null) {
      routeImported = shop -> router.routeNew(shop, onImport.rules(), onImport.context().get(), IMPORT_ROUTING_LIMIT);
    }
    StoreSyncEngine engine =
        new StoreSyncEngine(
            ctx, orders, connectors, syncSettings, b.syncListeners, instanceId, b.syncExecutor, routeImported);
    this.sync = engine;
    this.stockPush = new StoreStockPush(ctx, connectors, inventory, engine);
    engine.addWriter(stockPush);
    Map<String, EventListener> listeners = new LinkedHashMap<>(b.listeners);
    if (b.stockPushOnMovement) {
      listeners.put(STOCK_PUSH_LISTENER, stockPush::onEvent);
    }
    if (onImport != null) {
      ObjectMapper json = ctx.json();
      listeners.put(BACKLOG_LISTENER, event -> {
        if (EventTypes.STOCK_MOVED.equals(event.type()) && freesStock(json.readTree(event.payload()).path("delta"))) {
          router.releaseBacklog(onImport.rules(), onImport.context().get(), IMPORT_ROUTING_LIMIT);
        }
      });
    }
    this.events = new StoreOutboxRelay(ctx, listeners, policy, instanceId);
    UploadSettings uploadSettings = b.uploadSettings != null ? b.uploadSettings : UploadSettings.ofDefaults();
    StoreTrackingUploads uploads = new StoreTrackingUploads(ctx, orders, connectors, uploadSettings, engine);
    engine.addWriter(uploads);
    this.trackingUploads = uploads;
    StoreCases storeCases =
        new StoreCases(
            ctx, orders, inventory, connectors, syncSettings, instanceId,
            b.responseTimeRules != null ? b.responseTimeRules : ResponseTimeRules.ofDefaults());
    // The cases stream is pulled on the lease holder after the orders stream (and the writes above).
    engine.addWriter(storeCases);
    this.cases = storeCases;
  }

  /** Returns a builder; only the tenant is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The tenant this instance serves. */
  public TenantId tenant() {
    return ctx.tenant();
  }

  /** The store it keeps its data in. */
  public Store store() {
    return ctx.store();
  }

  /** The clock it reads time from. */
  public InstantSource clock() {
    return ctx.clock();
  }

  /** Products, SKUs and bundles. */
  public Catalog catalog() {
    return catalog;
  }

  /** Shops. */
  public Shops shops() {
    return shops;
  }

  /** Warehouses and the stock ledger. */
  public Inventory inventory() {
    return inventory;
  }

  /** Orders. */
  public Orders orders() {
    return orders;
  }

  /**
   * Routing: runs an order rule set over an order, reserves its shipments' stock and stores the
   * decision; re-routes the orders waiting for stock on request.
   */
  public Routing routing() {
    return routing;
  }

  /** Listings: templates, publishing to shops, pairing and monitoring. */
  public Listings listings() {
    return listings;
  }

  /**
   * The stock push (anti-oversell): per-shop quantity policies, pushes of the computed quantities
   * through each platform's {@code InventoryPublisher}, and reconciliation with what the platform
   * shows. Pushes on every stock movement when built with {@link Builder#stockPushOnMovement()}.
   */
  public StockPush stockPush() {
    return stockPush;
  }

  /**
   * The sync engine that pulls every active shop's orders from its platform: on demand, on hints,
   * or in the background once {@link SyncEngine#start() started}.
   */
  public SyncEngine sync() {
    return sync;
  }

  /**
   * Tracking upload (标记发货): the jobs that confirm shipped orders' tracking to their platforms,
   * recorded when an order ships; call {@link TrackingUploads#runDue()} on a schedule.
   */
  public TrackingUploads trackingUploads() {
    return trackingUploads;
  }

  /**
   * Customer service and returns: every shop's cases linked to their orders, due times, replies,
   * cancellation requests and returns (RMA) with refunds.
   */
  public Cases cases() {
    return cases;
  }

  /** The exchange rates price rules and reports convert with. */
  public ExchangeRateProvider exchangeRates() {
    return rates;
  }

  /**
   * Landed cost and order profit, in the base currency set with {@link Builder#baseCurrency}:
   * cost layers from purchase receipts and first-leg charges, profit estimated at shipment and
   * corrected from platform settlements.
   */
  public Finance finance() {
    return finance;
  }

  /** Suppliers, offers and purchase orders. */
  public Purchasing purchasing() {
    return purchasing;
  }

  /** The outbox relay that delivers domain events to the registered listeners. */
  public OutboxRelay events() {
    return events;
  }

  /** The connector registered for {@code platform}, if any. */
  public Optional<PlatformConnector> connector(PlatformId platform) {
    return Optional.ofNullable(connectors.get(requireNonNull(platform, "platform == null")));
  }

  /**
   * Delivers every due outbox event to the registered listeners now, on the calling thread, and
   * returns how many deliveries succeeded; for tests and simple hosts.
   */
  public int drainOutbox() {
    return events.drain();
  }

  @Override
  public String toString() {
    return "Erp[" + ctx.tenant() + "]";
  }

  /** The rules and context routing on import uses. */
  private record ImportRouting(OrderRules rules, Supplier<RuleContext> context) {}

  /** Whether a movement's bucket deltas made stock available: more on hand, or less reserved. */
  private static boolean freesStock(JsonNode delta) {
    return delta.path("onHand").asLong() > 0 || delta.path("reserved").asLong() < 0;
  }

  /**
   * Builds an {@link Erp}. Not thread-safe. Each setting may be given once; giving one twice is a
   * {@link ConfigurationException}, as is building without a tenant.
   */
  public static final class Builder {
    private @Nullable TenantId tenant;
    private @Nullable Store store;
    private @Nullable InstantSource clock;
    private @Nullable IdGenerator ids;
    private @Nullable RelayPolicy relayPolicy;
    private @Nullable String instanceId;
    private @Nullable ExchangeRateProvider rates;
    private @Nullable SyncSettings syncSettings;
    private @Nullable Executor syncExecutor;
    private @Nullable UploadSettings uploadSettings;
    private @Nullable ResponseTimeRules responseTimeRules;
    private @Nullable Currency baseCurrency;
    private final List<SyncListener> syncListeners = new ArrayList<>();
    private final Map<String, EventListener> listeners = new LinkedHashMap<>();
    private boolean stockPushOnMovement;
    private final Map<PlatformId, PlatformConnector> connectors = new LinkedHashMap<>();
    private @Nullable ImportRouting routingOnImport;
    private @Nullable BuyerHasher buyerHasher;

    private Builder() {}

    /**
     * Routes newly imported orders automatically: after every page the sync engine stored, every
     * {@code NEW} order of that shop (up to {@value Erp#IMPORT_ROUTING_LIMIT}) is routed with {@code
     * rules} over a context from {@code context} (called once per page, so a host can hand back
     * fresh warehouses, distances and costs), as {@link Routing#routeNew} does. A routing failure
     * never fails the sync: the order stays {@code NEW}, {@code order.routing_failed} is emitted, and
     * it is routed again after the next page or round. The {@code AWAITING_STOCK} backlog is routed
     * again the same way whenever a {@code stock.moved} event that made stock available is delivered
     * ({@link Erp#BACKLOG_LISTENER}). Off by default.
     */
    public Builder routingOnImport(OrderRules rules, Supplier<RuleContext> context) {
      requireNonNull(rules, "rules == null");
      requireNonNull(context, "context == null");
      this.routingOnImport =
          once("routingOnImport", this.routingOnImport, new ImportRouting(rules, context));
      return this;
    }

    /**
     * Hashes buyers and addresses for routing (default: none), so that the rules' {@code buyer}
     * condition and merges of one buyer's orders work on routed orders. Keep its secret per tenant.
     */
    public Builder buyerHasher(BuyerHasher hasher) {
      this.buyerHasher = once("buyerHasher", this.buyerHasher, requireNonNull(hasher, "hasher == null"));
      return this;
    }

    /**
     * Registers the connector of its platform; a shop finds its connector by its platform. A
     * second connector for the same platform is a {@link ConfigurationException}. Connectors get
     * their credentials from the {@code CredentialsProvider} they were built with.
     */
    public Builder connector(PlatformConnector connector) {
      requireNonNull(connector, "connector == null");
      PlatformId platform = requireNonNull(connector.platform(), "connector.platform() == null");
      if (connectors.putIfAbsent(platform, connector) != null) {
        throw new ConfigurationException("a connector for " + platform + " was already registered");
      }
      return this;
    }

    /** The tenant this instance serves (required). */
    public Builder tenant(TenantId tenant) {
      this.tenant = once("tenant", this.tenant, requireNonNull(tenant, "tenant == null"));
      return this;
    }

    /** The store (default: a new {@link InMemoryStore}). */
    public Builder store(Store store) {
      this.store = once("store", this.store, requireNonNull(store, "store == null"));
      return this;
    }

    /** The clock (default: the system clock); a {@code MutableClock} in tests and simulations. */
    public Builder clock(InstantSource clock) {
      this.clock = once("clock", this.clock, requireNonNull(clock, "clock == null"));
      return this;
    }

    /** The id generator (default: random UUIDs). */
    public Builder ids(IdGenerator ids) {
      this.ids = once("ids", this.ids, requireNonNull(ids, "ids == null"));
      return this;
    }

    /**
     * Where exchange rates come from (default: no rates, so only same-currency prices can be
     * computed).
     */
    public Builder exchangeRates(ExchangeRateProvider rates) {
      this.rates = once("exchangeRates", this.rates, requireNonNull(rates, "rates == null"));
      return this;
    }

    /**
     * The tenant's base currency, in which finance keeps cost and reports profit beside each shop's
     * currency (default: none, and then receipts record no cost and {@link Erp#finance()} refuses
     * with a {@link ConfigurationException}).
     */
    public Builder baseCurrency(Currency currency) {
      this.baseCurrency = once("baseCurrency", this.baseCurrency, requireNonNull(currency, "currency == null"));
      return this;
    }

    /** The outbox relay's policy (default: {@link RelayPolicy#ofDefaults()}). */
    public Builder relayPolicy(RelayPolicy policy) {
      this.relayPolicy = once("relayPolicy", this.relayPolicy, requireNonNull(policy, "policy == null"));
      return this;
    }

    /**
     * The name of this host instance, used as the owner of leases (default: a new random id).
     * Give a stable name (host name, pod name) to make lease ownership readable.
     */
    public Builder instanceId(String instanceId) {
      this.instanceId = once("instanceId", this.instanceId, Checks.token("instanceId", instanceId, 64));
      return this;
    }

    /**
     * Registers a listener for domain events under a stable {@code name} (delivery progress is kept
     * per name, so renaming a listener makes it receive everything again).
     */
    public Builder listener(String name, EventListener listener) {
      String n = Checks.token("listener", name, 64);
      requireNonNull(listener, "listener == null");
      if ((stockPushOnMovement && n.equals(STOCK_PUSH_LISTENER)) || listeners.putIfAbsent(n, listener) != null) {
        throw new ConfigurationException("listener " + n + " was already registered");
      }
      return this;
    }

    /**
     * Pushes the listings of a SKU whenever its stock moves: registers the outbox listener {@value
     * Erp#STOCK_PUSH_LISTENER} that hands every {@code stock.moved} event to {@link
     * StockPush#push}, after the movement committed. Off by default.
     */
    public Builder stockPushOnMovement() {
      if (listeners.containsKey(STOCK_PUSH_LISTENER)) {
        throw new ConfigurationException("listener " + STOCK_PUSH_LISTENER + " was already registered");
      }
      this.stockPushOnMovement = true;
      return this;
    }

    /** How the sync engine polls and leases (default: {@link SyncSettings#ofDefaults()}). */
    public Builder syncSettings(SyncSettings settings) {
      this.syncSettings =
          once("syncSettings", this.syncSettings, requireNonNull(settings, "settings == null"));
      return this;
    }

    /**
     * Where the sync engine runs background pulls (default: a pool of two daemon threads the engine
     * owns). At most one pull per shop is queued or running at a time.
     */
    public Builder syncExecutor(Executor executor) {
      this.syncExecutor =
          once("syncExecutor", this.syncExecutor, requireNonNull(executor, "executor == null"));
      return this;
    }

    /** How tracking uploads retry and claim (default: {@link UploadSettings#ofDefaults()}). */
    public Builder uploadSettings(UploadSettings settings) {
      this.uploadSettings =
          once("uploadSettings", this.uploadSettings, requireNonNull(settings, "settings == null"));
      return this;
    }

    /**
     * How long sellers have to answer cases, per platform and kind (default: {@link
     * ResponseTimeRules#ofDefaults()}, the platforms' published rules).
     */
    public Builder responseTimeRules(ResponseTimeRules rules) {
      this.responseTimeRules =
          once("responseTimeRules", this.responseTimeRules, requireNonNull(rules, "rules == null"));
      return this;
    }

    /** Registers a listener of the sync engine's progress; any number may be registered. */
    public Builder syncListener(SyncListener listener) {
      syncListeners.add(requireNonNull(listener, "listener == null"));
      return this;
    }

    /** Builds the instance. */
    public Erp build() {
      if (tenant == null) {
        throw new ConfigurationException("tenant is required");
      }
      return new Erp(this, tenant);
    }

    private static <T> T once(String setting, @Nullable T current, T value) {
      if (current != null) {
        throw new ConfigurationException(setting + " was already set");
      }
      return value;
    }
  }
}
