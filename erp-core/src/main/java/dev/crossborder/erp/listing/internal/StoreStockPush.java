package dev.crossborder.erp.listing.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.internal.ShopLeases;
import dev.crossborder.erp.internal.ShopWriter;
import dev.crossborder.erp.inventory.Inventory;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.ErpException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.listing.QuantityQuote;
import dev.crossborder.erp.listing.StockPush;
import dev.crossborder.erp.listing.StockPushOutcome;
import dev.crossborder.erp.listing.StockPushOutcome.Result;
import dev.crossborder.erp.listing.StockPushReport;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.FencingException;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.QueuedPush;
import dev.crossborder.erp.store.StockPushQueueRepository;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.ListingRepository;
import dev.crossborder.erp.store.QuantityPolicyRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.WarehouseRepository;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StockPush} over the store's listings, the inventory ledger and the connectors' {@link
 * InventoryPublisher} and {@link ListingSource}. Thread-safe.
 *
 * <p>The pushes of one shop are serialised by a lock held by this instance: the ledger is read
 * after the lock is taken, so of two pushes racing for the same listing the later one sends the
 * later ledger value. Platform calls happen outside store transactions; the accepted quantities of a
 * batch are recorded in one transaction after the batch.
 */
public final class StoreStockPush implements StockPush, ShopWriter {
  private static final Logger log = LoggerFactory.getLogger(StoreStockPush.class);
  private static final int BATCH = 100;
  private static final int PAGE = 500;
  private static final int RECORD_ATTEMPTS = 3;
  private static final Set<ListingStatus> PUSHED = EnumSet.of(ListingStatus.LIVE, ListingStatus.SUBMITTED);

  private final ErpContext ctx;
  private final Map<PlatformId, PlatformConnector> connectors;
  private final Inventory inventory;
  private final Map<Key, Boolean> failed = new ConcurrentHashMap<>();
  private final Map<ShopId, Object> locks = new ConcurrentHashMap<>();
  private final ShopLeases leases;

  /** A listing's key. */
  private record Key(ShopId shop, String sellerSku) {
    @Override
    public String toString() {
      return shop.value() + "/" + sellerSku;
    }
  }

  /**
   * Creates the service.
   *
   * @param ctx the tenant, store, clock and ids
   * @param connectors the connectors by platform
   * @param inventory the ledger the quantities are computed from
   * @param leases the shops' sync leases: a shop's pushes are sent only under its lease
   */
  public StoreStockPush(
      ErpContext ctx, Map<PlatformId, PlatformConnector> connectors, Inventory inventory, ShopLeases leases) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.connectors = Map.copyOf(connectors);
    this.inventory = requireNonNull(inventory, "inventory == null");
    this.leases = requireNonNull(leases, "leases == null");
  }

  // ---------------------------------------------------------------- policies

  @Override
  public void setPolicy(ShopId shop, QuantityPolicy policy) {
    requireNonNull(shop, "shop == null");
    requireNonNull(policy, "policy == null");
    // Checked and saved in one transaction: every instance on the store reads the same policy.
    ctx.tx(
        tx -> {
          if (tx.repository(ShopRepository.class).find(shop).isEmpty()) {
            throw new NotFoundException("shopId", shop.value());
          }
          WarehouseRepository warehouses = tx.repository(WarehouseRepository.class);
          for (WarehouseId warehouse : policy.warehouses()) {
            if (warehouses.find(warehouse).isEmpty()) {
              throw new NotFoundException("warehouses", warehouse.value());
            }
          }
          tx.repository(QuantityPolicyRepository.class).save(shop, policy);
          return null;
        });
  }

  @Override
  public QuantityPolicy policy(ShopId shop) {
    requireNonNull(shop, "shop == null");
    return ctx.tx(tx -> tx.repository(QuantityPolicyRepository.class).find(shop)).orElse(QuantityPolicy.all());
  }

  @Override
  public QuantityQuote quote(ShopId shop, SkuCode sku) {
    requireNonNull(sku, "sku == null");
    shop(shop);
    return policy(shop).quote(available(sku));
  }

  private Map<WarehouseId, Long> available(SkuCode sku) {
    Map<WarehouseId, Long> available = new HashMap<>();
    for (StockLevel level : inventory.levels(sku)) {
      available.put(level.warehouse(), level.available());
    }
    return available;
  }

  // ---------------------------------------------------------------- push

  @Override
  public StockPushReport push(Collection<SkuCode> skus) {
    requireNonNull(skus, "skus == null");
    Set<SkuCode> distinct = new LinkedHashSet<>(skus);
    List<Key> keys = ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      List<Key> found = new ArrayList<>();
      for (SkuCode sku : distinct) {
        repo.bySku(sku).stream().filter(StoreStockPush::pushable).forEach(l -> found.add(key(l)));
      }
      return found;
    });
    return run(keys, Map.of());
  }

  @Override
  public StockPushReport pushAll() {
    return run(pushableKeys(null), Map.of());
  }

  @Override
  public StockPushReport retryFailed() {
    return run(new ArrayList<>(failed.keySet()), Map.of());
  }

  @Override
  public Set<String> failed() {
    return failed.keySet().stream().map(Key::toString).collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Delivers a domain event: a {@code stock.moved} event pushes its SKU, every other event is
   * ignored. Registered as an outbox listener by {@code Erp.Builder.stockPushOnMovement()}.
   *
   * @throws IOException if a {@code stock.moved} payload is not JSON
   */
  public void onEvent(DomainEvent event) throws IOException {
    if (!EventTypes.STOCK_MOVED.equals(event.type())) {
      return;
    }
    JsonNode sku = ctx.json().readTree(event.payload()).path("sku");
    if (sku.isTextual()) {
      push(List.of(SkuCode.of(sku.asText())));
    }
  }

  // ---------------------------------------------------------------- reconcile

  @Override
  public StockPushReport reconcile(ShopId shopId) {
    Shop shop = shop(shopId);
    ListingSource source = capability(shop, ListingSource.class).orElseThrow(() -> new ConfigurationException(
        "no connector with ListingSource for platform " + shop.platform().value()));
    Optional<StockPushReport> held = leases.whileHeld(shopId, lease -> {
      Map<String, PlatformListing> shown = new HashMap<>();
      String cursor = null;
      do {
        PlatformPage<PlatformListing> page = source.listings(shop, cursor);
        page.items().forEach(l -> shown.put(l.sellerSku(), l));
        cursor = page.nextCursor().orElse(null);
      } while (cursor != null);
      List<Key> keys = pushableKeys(shopId).stream().filter(k -> shown.containsKey(k.sellerSku())).toList();
      enqueue(keys);
      return new StockPushReport(only(drain(shopId, lease, shown), keys));
    });
    return held.orElseGet(() -> new StockPushReport(List.of()));
  }

  // ---------------------------------------------------------------- work

  private List<Key> pushableKeys(@Nullable ShopId shop) {
    ListingQuery query = ListingQuery.all().withShop(shop).withStatuses(PUSHED);
    List<Key> keys = new ArrayList<>();
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      PageRequest current = request;
      Page<Listing> page = ctx.tx(tx -> tx.repository(ListingRepository.class).list(query, current));
      page.items().stream().filter(StoreStockPush::pushable).forEach(l -> keys.add(key(l)));
      if (page.nextCursor().isEmpty()) {
        return keys;
      }
      request = request.next(page);
    }
  }

  /**
   * Queues {@code keys} durably, then drains the queue of each of their shops whose lease this
   * instance holds or can take; the keys of other shops are reported {@code QUEUED} for the holder.
   */
  private StockPushReport run(Collection<Key> keys, Map<ShopId, Map<String, PlatformListing>> shown) {
    enqueue(keys);
    Map<ShopId, List<Key>> byShop = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    for (Key key : keys) {
      byShop.computeIfAbsent(key.shop(), s -> new ArrayList<>()).add(key);
    }
    List<StockPushOutcome> outcomes = new ArrayList<>();
    byShop.forEach((shop, shopKeys) -> {
      Optional<List<StockPushOutcome>> done =
          leases.whileHeld(shop, lease -> drain(shop, lease, shown.getOrDefault(shop, Map.of())));
      outcomes.addAll(done.map(o -> only(o, shopKeys)).orElseGet(() -> queued(shop, shopKeys)));
    });
    if (!outcomes.isEmpty()) {
      log.debug("stock push: {}", new StockPushReport(outcomes).counts());
    }
    return new StockPushReport(outcomes);
  }

  /**
   * Pushes the queued listings of {@code shop} while this instance holds the shop's sync lease:
   * what the sync engine's lease holder runs after each pull.
   */
  @Override
  public void runHeld(Shop shop, Lease lease) {
    drain(shop.id(), lease, Map.of());
  }

  /** Records {@code keys} in the durable queue, one transaction per chunk. */
  private void enqueue(Collection<Key> keys) {
    if (keys.isEmpty()) {
      return;
    }
    Instant now = ctx.clock().instant();
    List<Key> all = new ArrayList<>(keys);
    for (int from = 0; from < all.size(); from += PAGE) {
      List<Key> chunk = all.subList(from, Math.min(all.size(), from + PAGE));
      ctx.tx(tx -> {
        StockPushQueueRepository queue = tx.repository(StockPushQueueRepository.class);
        chunk.forEach(k -> queue.mark(k.shop(), k.sellerSku(), now));
        return null;
      });
    }
  }

  /**
   * Pushes every queued listing of {@code shop} once, in batches, under {@code lease}; a listing
   * that failed stays queued for the next cycle. Stops when the lease changed hands.
   */
  private List<StockPushOutcome> drain(ShopId shop, Lease lease, Map<String, PlatformListing> shown) {
    List<StockPushOutcome> outcomes = new ArrayList<>();
    synchronized (locks.computeIfAbsent(shop, s -> new Object())) {
      String after = null;
      while (true) {
        String from = after;
        List<QueuedPush> batch =
            ctx.tx(tx -> tx.repository(StockPushQueueRepository.class).pending(shop, from, BATCH));
        if (batch.isEmpty()) {
          return outcomes;
        }
        try {
          outcomes.addAll(pushBatch(shop, batch, shown, lease));
        } catch (FencingException e) {
          log.info("stock push of shop {} stopped: the shop's lease changed hands", shop);
          return outcomes;
        }
        after = batch.get(batch.size() - 1).sellerSku();
      }
    }
  }

  /** The outcomes of {@code keys} among {@code outcomes}. */
  private static List<StockPushOutcome> only(List<StockPushOutcome> outcomes, Collection<Key> keys) {
    Set<Key> wanted = new HashSet<>(keys);
    return outcomes.stream().filter(o -> wanted.contains(new Key(o.shop(), o.sellerSku()))).toList();
  }

  /** {@code QUEUED} outcomes of the pushable listings among {@code keys}, with their quotes now. */
  private List<StockPushOutcome> queued(ShopId shop, List<Key> keys) {
    QuantityPolicy policy = policy(shop);
    List<Listing> listings = ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      List<Listing> found = new ArrayList<>();
      keys.forEach(k -> repo.find(shop, k.sellerSku()).filter(StoreStockPush::pushable).ifPresent(found::add));
      return found;
    });
    List<StockPushOutcome> outcomes = new ArrayList<>();
    for (Listing listing : listings) {
      SkuCode sku = requireNonNull(listing.sku());
      outcomes.add(new StockPushOutcome(shop, listing.sellerSku(), sku, policy.quote(available(sku)),
          listing.quantity(), null, Result.QUEUED, null));
    }
    return outcomes;
  }

  private List<StockPushOutcome> pushBatch(
      ShopId shopId, List<QueuedPush> batch, Map<String, PlatformListing> shown, Lease lease) {
    Shop shop = shop(shopId);
    QuantityPolicy policy = policy(shopId);
    Optional<InventoryPublisher> publisher = capability(shop, InventoryPublisher.class);
    List<QueuedPush> done = new ArrayList<>();
    Map<String, QueuedPush> entries = new HashMap<>();
    List<Listing> listings = ctx.tx(tx -> {
      ListingRepository repo = tx.repository(ListingRepository.class);
      List<Listing> found = new ArrayList<>();
      for (QueuedPush entry : batch) {
        entries.put(entry.sellerSku(), entry);
        Optional<Listing> listing = repo.find(shopId, entry.sellerSku()).filter(StoreStockPush::pushable);
        if (listing.isPresent()) {
          found.add(listing.get());
        } else {
          failed.remove(new Key(shopId, entry.sellerSku()));
          done.add(entry);
        }
      }
      return found;
    });
    Map<SkuCode, Map<WarehouseId, Long>> available = new HashMap<>();
    List<StockPushOutcome> outcomes = new ArrayList<>();
    Map<String, Long> accepted = new LinkedHashMap<>();
    for (Listing listing : listings) {
      SkuCode sku = requireNonNull(listing.sku());
      QuantityQuote quote = policy.quote(available.computeIfAbsent(sku, this::available));
      Long pushed = listing.quantity();
      PlatformListing platform = shown.get(listing.sellerSku());
      Long showed = platform == null ? null : platform.quantity();
      boolean drift = showed != null && pushed != null && showed.longValue() != pushed.longValue();
      Key key = key(listing);
      QueuedPush entry = requireNonNull(entries.get(listing.sellerSku()));
      if (!drift && pushed != null && pushed == quote.quantity() && !failed.containsKey(key)) {
        outcomes.add(new StockPushOutcome(shopId, listing.sellerSku(), sku, quote, pushed, showed, Result.UNCHANGED, null));
        done.add(entry);
        continue;
      }
      Result result;
      String error = null;
      if (publisher.isEmpty()) {
        result = Result.RETRY_LATER;
        error = "no connector with InventoryPublisher for platform " + shop.platform().value();
      } else {
        try {
          ListingVerdict verdict = publisher.get().setQuantity(shop, listing.sellerSku(), quote.quantity());
          if (verdict.status() == ListingVerdict.Status.ACCEPTED) {
            result = drift ? Result.CORRECTED : Result.PUSHED;
            accepted.put(listing.sellerSku(), quote.quantity());
          } else {
            result = Result.REJECTED;
            error = verdict.issues().stream().map(PlatformIssue::message).collect(Collectors.joining("; "));
            if (error.isEmpty()) {
              error = "refused without an issue";
            }
          }
        } catch (ErpException e) {
          result = Result.RETRY_LATER;
          error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
      }
      if (result != Result.RETRY_LATER) {
        done.add(entry);
      }
      if (error == null) {
        failed.remove(key);
      } else {
        failed.put(key, Boolean.TRUE);
        log.debug("stock push of {} failed, kept for retry: {}", key, error);
      }
      outcomes.add(new StockPushOutcome(shopId, listing.sellerSku(), sku, quote, pushed, showed, result, error));
    }
    record(shopId, accepted, done, lease);
    return outcomes;
  }

  /**
   * Records the accepted quantities on the listings and removes the finished queue entries, in one
   * transaction fenced with the shop's lease, retrying a lost optimistic race.
   *
   * @throws FencingException if the lease changed hands: nothing is recorded, the new holder pushes
   *     the entries again (an absolute quantity, so a repeat is harmless)
   */
  private void record(ShopId shopId, Map<String, Long> accepted, List<QueuedPush> done, Lease lease) {
    if (accepted.isEmpty() && done.isEmpty()) {
      return;
    }
    Instant now = ctx.clock().instant();
    for (int attempt = 1; ; attempt++) {
      try {
        ctx.tx(tx -> {
          tx.repository(LeaseRepository.class).fence(lease);
          StockPushQueueRepository queue = tx.repository(StockPushQueueRepository.class);
          done.forEach(queue::remove);
          ListingRepository repo = tx.repository(ListingRepository.class);
          accepted.forEach((sellerSku, quantity) -> repo.find(shopId, sellerSku).ifPresent(l ->
              repo.update(l.toBuilder().quantity(quantity).updatedAt(now).build())));
          return null;
        });
        return;
      } catch (ConcurrentUpdateException e) {
        if (attempt == RECORD_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static boolean pushable(Listing listing) {
    return listing.sku() != null && PUSHED.contains(listing.status());
  }

  private static Key key(Listing listing) {
    return new Key(listing.shop(), listing.sellerSku());
  }

  private Shop shop(ShopId id) {
    requireNonNull(id, "shop == null");
    return ctx.tx(tx -> tx.repository(ShopRepository.class).find(id))
        .orElseThrow(() -> new NotFoundException("shopId", id.value()));
  }

  private <T extends Capability> Optional<T> capability(Shop shop, Class<T> type) {
    PlatformConnector connector = connectors.get(shop.platform());
    return connector == null ? Optional.empty() : connector.capability(type);
  }
}
