package dev.crossborder.erp.testkit.store;

import static dev.crossborder.erp.testkit.store.Fixtures.T0;
import static dev.crossborder.erp.testkit.store.Fixtures.buyer;
import static dev.crossborder.erp.testkit.store.Fixtures.event;
import static dev.crossborder.erp.testkit.store.Fixtures.listing;
import static dev.crossborder.erp.testkit.store.Fixtures.movement;
import static dev.crossborder.erp.testkit.store.Fixtures.order;
import static dev.crossborder.erp.testkit.store.Fixtures.product;
import static dev.crossborder.erp.testkit.store.Fixtures.shop;
import static dev.crossborder.erp.testkit.store.Fixtures.sku;
import static dev.crossborder.erp.testkit.store.Fixtures.template;
import static dev.crossborder.erp.testkit.store.Fixtures.warehouse;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.ReservationLine;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.json.ErpJson;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.ErpException;
import dev.crossborder.erp.kernel.InsufficientStockException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.kernel.TenantMismatchException;
import dev.crossborder.erp.listing.AttributeMapping;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.PairingMethod;
import dev.crossborder.erp.listing.PendingSubmission;
import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.listing.QuantityPolicy;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.ImportResult;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Parcel;
import dev.crossborder.erp.order.ParcelId;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.store.RoutingRepository;
import dev.crossborder.erp.order.rules.RuleSet;
import dev.crossborder.erp.order.rules.RuleContext;
import dev.crossborder.erp.order.rules.Rule;
import dev.crossborder.erp.order.rules.OrderRules;
import dev.crossborder.erp.order.rules.Conditions;
import dev.crossborder.erp.order.rules.Actions;
import dev.crossborder.erp.order.RoutingResult;
import dev.crossborder.erp.order.RoutingRecord;
import dev.crossborder.erp.shipping.upload.UploadJob;
import dev.crossborder.erp.shipping.upload.UploadProblem;
import dev.crossborder.erp.shipping.upload.UploadState;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.shop.ShopStatus;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.TrackingUploadRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.DeadLetter;
import dev.crossborder.erp.store.FencingException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.ListingQuery;
import dev.crossborder.erp.store.ListingRepository;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.OutboxEntry;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.QuantityPolicyRepository;
import dev.crossborder.erp.store.QuarantinedItem;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.QueuedPush;
import dev.crossborder.erp.store.StockPushQueueRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.SyncCheckpoint;
import dev.crossborder.erp.store.SyncRepository;
import dev.crossborder.erp.store.WarehouseRepository;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of the storage SPI: every clause of {@link Store}, its repositories and the
 * package description of {@code dev.crossborder.erp.store}, as JUnit 5 tests that a store
 * implementation passes by extending this class.
 *
 * <pre>{@code
 * class MyStoreTest extends StoreContract {
 *   private static final Store STORE = new MyStore(dataSource);
 *
 *   @Override
 *   protected Store store() {
 *     return STORE;
 *   }
 * }
 * }</pre>
 *
 * <p>Every test writes under its own new random {@link TenantId}, so one store (and one database)
 * can be shared by all tests and by the tests of other classes, needs no cleaning between tests,
 * and tests never see each other's data. Tenant isolation itself is checked by {@link
 * TenantIsolation}. The kit relies on JUnit's default test instance lifecycle (a new instance per
 * test method), which gives every test its tenant.
 *
 * <p>Nested classes group the tests by clause: {@code Transactions}, {@code Visibility} (READ
 * COMMITTED), {@code ConflictRetry}, one class per repository ({@code Catalog}, {@code Shops},
 * {@code Warehouses}, {@code Orders}, {@code BuyerData}, {@code Inventory}, {@code Reservations},
 * {@code Outbox}, {@code Leases}, {@code Listings}, {@code Purchases}, {@code Sync}, {@code Cases}, {@code Finances}), {@code TenantIsolation}, {@code Concurrency} (the repositories'
 * conditional writes under contention) and {@code ServiceInvariants} (the invariants of DESIGN.md
 * §7 driven through {@link Erp}: no oversell, orders imported exactly once, idempotent
 * reservations). Values round-trip exactly, with two allowances a database needs: the kit's
 * instants are whole milliseconds (a store keeps at least microseconds), and event payloads are
 * compared as JSON (a database may reformat the text).
 *
 * <p>Concurrency tests run their threads half on {@link #store()} and half on {@link
 * #secondInstance()}: a store that several host instances share through one database should return
 * a second, independent instance there (its own connection pool), so that the kit proves the
 * invariants hold across instances and not only inside one. Up to eight threads use each instance
 * at once, so give each one a pool of at least ten connections. Threads meet at latches and
 * barriers, never by sleeping; a store call that blocks for more than a minute fails its test
 * instead of hanging the build.
 *
 * <p>The whole kit takes a few seconds on the in-memory store and well under a minute on a small
 * PostgreSQL server.
 */
public abstract class StoreContract {
  private static final long WAIT_SECONDS = 60;
  private static final long CONCURRENT_WAIT_SECONDS = 300;

  /** Keys per round-based test, in which all threads contend for one key after another. */
  private static final int ROUNDS = 30;

  private static final List<Integer> PAGE_LIMITS = List.of(1, 2, 3, PageRequest.MAX_LIMIT);
  private static final ObjectMapper JSON = ErpJson.newMapper();
  private static final ThreadFactory DAEMONS =
      r -> {
        Thread t = new Thread(r, "store-contract");
        t.setDaemon(true);
        return t;
      };

  /** The tenant every test writes under: new and random for each test. */
  private final TenantId tenant = newTenant();

  private @Nullable ExecutorService background;

  /** Creates the kit; subclasses need no constructor of their own. */
  protected StoreContract() {}

  /**
   * The store under test. Called many times per test; may return the same instance for every test
   * of the class (and of other classes), since each test uses its own tenant.
   */
  protected abstract Store store();

  /**
   * Another instance of the store on the same database, as a second host instance would open it:
   * separate connection pool, separate caches, same data. The concurrency tests and the visibility
   * tests use it next to {@link #store()}. The default returns {@link #store()}, which is right for
   * a store that lives in one process only (such as the in-memory store).
   */
  protected Store secondInstance() {
    return store();
  }

  /** Stops the threads the test started; runs after each test. */
  @AfterEach
  protected final void stopBackgroundThreads() {
    if (background != null) {
      background.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Transactions
  // ---------------------------------------------------------------------------------------------

  /** {@link Store#inTransaction}: commit, rollback, nesting, tenants of nested calls. */
  @Nested
  class Transactions {

    @Test
    void commitsEveryWriteOfTheCallbackTogether() {
      store()
          .useTransaction(
              tenant,
              tx -> {
                tx.repository(ShopRepository.class).insert(shop("shop-1"));
                tx.repository(CatalogRepository.class).insertProduct(product("prod-1", "SKU-A"));
                tx.repository(WarehouseRepository.class).save(warehouse("wh-1"));
              });

      assertThat(shops().find(ShopId.of("shop-1"))).contains(shop("shop-1"));
      assertThat(catalog().findSku(SkuCode.of("SKU-A"))).isPresent();
      assertThat(warehouses().find(WarehouseId.of("wh-1"))).contains(warehouse("wh-1"));
    }

    @Test
    void returnsWhatTheCallbackReturnedAndScopesTheTransactionToItsTenant() {
      String result = store().inTransaction(tenant, tx -> "result");
      TenantId scope = store().inTransaction(tenant, StoreTransaction::tenant);

      assertThat(result).isEqualTo("result");
      assertThat(scope).isEqualTo(tenant);
    }

    @Test
    void rollsBackEveryNewRowWhenTheCallbackThrows() {
      RuntimeException failure = new IllegalStateException("callback failed");

      assertThatThrownBy(
              () ->
                  store()
                      .useTransaction(
                          tenant,
                          tx -> {
                            writeOneOfEverything(tx, "rolled-back");
                            throw failure;
                          }))
          .isSameAs(failure);

      assertNothingOfEverything("rolled-back");
    }

    @Test
    void rollsBackChangesToExistingRowsWhenTheCallbackThrows() {
      store().useTransaction(tenant, tx -> writeOneOfEverything(tx, "kept"));
      long position = pendingOf("relay").get(0).position();
      RuntimeException failure = new IllegalStateException("callback failed");

      assertThatThrownBy(
              () ->
                  store()
                      .useTransaction(
                          tenant,
                          tx -> {
                            changeOneOfEverything(tx, "kept", position);
                            throw failure;
                          }))
          .isSameAs(failure);

      assertThat(shops().find(ShopId.of("kept"))).contains(shop("kept"));
      assertThat(catalog().findProduct(ProductId.of("kept")))
          .hasValueSatisfying(p -> assertSameProduct(p, product("kept", "kept-SKU")));
      assertThat(warehouses().find(WarehouseId.of("kept"))).contains(warehouse("kept"));
      assertThat(orders().find(OrderId.of("kept")))
          .hasValueSatisfying(
              o -> assertSameOrder(o, order(OrderId.of("kept"), ShopId.of("kept"), "kept", T0)));
      assertThat(orders().findBuyer(OrderId.of("kept"))).contains(buyer("kept"));
      assertThat(inventory().level(SkuCode.of("kept-SKU"), WarehouseId.of("kept")))
          .contains(new StockLevel(SkuCode.of("kept-SKU"), WarehouseId.of("kept"), 5, 0, 0, 0, 0));
      assertThat(inventory().movement("kept-2")).isEmpty();
      assertThat(inventory().reservation("kept"))
          .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(Reservation.State.ACTIVE));
      assertThat(pendingOf("relay")).extracting(OutboxEntry::position).containsExactly(position);
      assertThat(leases().find("kept"))
          .hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo("host-a"));
    }

    @Test
    void nestedCallJoinsTheOuterTransactionAndSeesItsUncommittedWrites() {
      store()
          .useTransaction(
              tenant,
              outer -> {
                outer.repository(ShopRepository.class).insert(shop("outer"));
                store()
                    .useTransaction(
                        tenant,
                        inner -> {
                          assertThat(inner.tenant()).isEqualTo(tenant);
                          assertThat(
                                  inner.repository(ShopRepository.class).find(ShopId.of("outer")))
                              .as("the inner call sees the outer transaction's uncommitted write")
                              .isPresent();
                          inner.repository(ShopRepository.class).insert(shop("inner"));
                        });
                assertThat(outer.repository(ShopRepository.class).find(ShopId.of("inner")))
                    .as("the outer transaction sees the inner call's write")
                    .isPresent();
              });

      assertThat(shopIds()).containsExactly("inner", "outer");
    }

    @Test
    void nestedWritesRollBackWithTheOuterTransaction() {
      RuntimeException failure = new IllegalStateException("outer failed");

      assertThatThrownBy(
              () ->
                  store()
                      .useTransaction(
                          tenant,
                          outer -> {
                            outer.repository(ShopRepository.class).insert(shop("outer"));
                            store()
                                .useTransaction(
                                    tenant,
                                    inner ->
                                        inner
                                            .repository(ShopRepository.class)
                                            .insert(shop("inner")));
                            throw failure;
                          }))
          .isSameAs(failure);

      assertThat(shopIds()).isEmpty();
    }

    @Test
    void nestedCallOfAnotherTenantIsRefusedAndWritesNothingThere() {
      TenantId other = newTenant();

      store()
          .useTransaction(
              tenant,
              outer -> {
                outer.repository(ShopRepository.class).insert(shop("outer"));
                assertThatThrownBy(
                        () ->
                            store()
                                .useTransaction(
                                    other,
                                    inner ->
                                        inner
                                            .repository(ShopRepository.class)
                                            .insert(shop("inner"))))
                    .isInstanceOf(TenantMismatchException.class);
              });

      assertThat(shopIds()).containsExactly("outer");
      assertThat(shops(other).list(PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void repositoryOfATypeTheStoreDoesNotHaveIsAConfigurationException() {
      assertThatThrownBy(() -> store().inTransaction(tenant, tx -> tx.repository(Runnable.class)))
          .isInstanceOf(ConfigurationException.class);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Visibility
  // ---------------------------------------------------------------------------------------------

  /** READ COMMITTED: own writes, others' committed writes, never others' uncommitted writes. */
  @Nested
  class Visibility {

    @Test
    void transactionSeesItsOwnUncommittedWrites() {
      store()
          .useTransaction(
              tenant,
              tx -> {
                ShopRepository shops = tx.repository(ShopRepository.class);
                shops.insert(shop("shop-1"));
                assertThat(shops.find(ShopId.of("shop-1"))).contains(shop("shop-1"));
                Shop updated = shops.update(shop("shop-1").withStatus(ShopStatus.PAUSED));
                assertThat(shops.find(ShopId.of("shop-1"))).contains(updated);
                assertThat(shops.list(PageRequest.first(10)).items()).containsExactly(updated);
              });
    }

    @Test
    void otherThreadsAndInstancesSeeWritesOnlyAfterCommit() {
      CountDownLatch written = new CountDownLatch(1);
      CountDownLatch checked = new CountDownLatch(1);
      DomainEvent event = event(tenant, "evt-1", "order-1", T0);
      Future<Object> writer =
          inBackground(
              () -> {
                store()
                    .useTransaction(
                        tenant,
                        tx -> {
                          tx.repository(ShopRepository.class).insert(shop("shop-1"));
                          tx.repository(OutboxRepository.class).append(event);
                          written.countDown();
                          await(checked, null);
                        });
                return "committed";
              });
      await(written, writer);

      for (Store reader : List.of(store(), secondInstance())) {
        assertThat(
                onAnotherThread(
                    () -> repo(reader, tenant, ShopRepository.class).find(ShopId.of("shop-1"))))
            .as("another thread does not see an uncommitted insert")
            .isEmpty();
        assertThat(
                onAnotherThread(
                    () -> repo(reader, tenant, OutboxRepository.class).pending("relay", 10)))
            .as("the relay does not see an uncommitted event")
            .isEmpty();
      }
      checked.countDown();
      get(writer);

      for (Store reader : List.of(store(), secondInstance())) {
        assertThat(
                onAnotherThread(
                    () -> repo(reader, tenant, ShopRepository.class).find(ShopId.of("shop-1"))))
            .contains(shop("shop-1"));
        assertThat(
                onAnotherThread(
                    () -> repo(reader, tenant, OutboxRepository.class).pending("relay", 10)))
            .hasSize(1);
      }
    }

    @Test
    void transactionSeesWritesOthersCommitWhileItRuns() {
      CountDownLatch firstRead = new CountDownLatch(1);
      CountDownLatch otherCommitted = new CountDownLatch(1);
      Future<List<Boolean>> reader =
          inBackground(
              () ->
                  store()
                      .inTransaction(
                          tenant,
                          tx -> {
                            ShopRepository shops = tx.repository(ShopRepository.class);
                            boolean before = shops.find(ShopId.of("shop-1")).isPresent();
                            firstRead.countDown();
                            await(otherCommitted, null);
                            boolean after = shops.find(ShopId.of("shop-1")).isPresent();
                            return List.of(before, after);
                          }));
      await(firstRead, reader);

      repo(secondInstance(), tenant, ShopRepository.class).insert(shop("shop-1"));
      otherCommitted.countDown();

      assertThat(get(reader))
          .as("seen before and after the other commit")
          .containsExactly(false, true);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Conflicts and the bounded retry
  // ---------------------------------------------------------------------------------------------

  /** Optimistic versions and the bounded retry of the whole callback. */
  @Nested
  class ConflictRetry {

    @Test
    void retriesTheWholeCallbackWhenAnotherWriterCommitsBetweenItsReadAndWrite() {
      shops().insert(shop("shop-1"));
      AtomicInteger attempts = new AtomicInteger();

      Shop result =
          store()
              .inTransaction(
                  tenant,
                  tx -> {
                    int attempt = attempts.incrementAndGet();
                    // The same product on every attempt: a write left over from a failed attempt
                    // would make the next one a duplicate.
                    tx.repository(CatalogRepository.class)
                        .insertProduct(product("prod-1", "SKU-A"));
                    ShopRepository shops = tx.repository(ShopRepository.class);
                    Shop read = shops.find(ShopId.of("shop-1")).orElseThrow();
                    if (attempt == 1) {
                      onAnotherThread(
                          () ->
                              repo(secondInstance(), tenant, ShopRepository.class)
                                  .update(read.withStatus(ShopStatus.PAUSED)));
                    }
                    return shops.update(read.withStatus(ShopStatus.CLOSED));
                  });

      assertThat(attempts).hasValue(2);
      assertThat(result).isEqualTo(shop("shop-1").withStatus(ShopStatus.CLOSED).withVersion(2));
      assertThat(shops().find(ShopId.of("shop-1"))).contains(result);
      assertThat(catalog().products(PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void retriesACallbackThatThrowsConcurrentUpdateExceptionInAFreshTransaction() {
      AtomicInteger attempts = new AtomicInteger();

      String result =
          store()
              .inTransaction(
                  tenant,
                  tx -> {
                    tx.repository(ShopRepository.class).insert(shop("shop-1"));
                    if (attempts.incrementAndGet() == 1) {
                      throw new ConcurrentUpdateException("shop shop-1 (simulated)");
                    }
                    return "done";
                  });

      assertThat(result).isEqualTo("done");
      assertThat(attempts).hasValue(2);
      assertThat(shopIds()).containsExactly("shop-1");
    }

    @Test
    void givesUpWithConcurrentUpdateExceptionAfterABoundedNumberOfAttempts() {
      shops().insert(shop("shop-1"));
      Shop current = shops().update(shop("shop-1").withStatus(ShopStatus.PAUSED));
      AtomicInteger attempts = new AtomicInteger();

      assertThatThrownBy(
              () ->
                  store()
                      .useTransaction(
                          tenant,
                          tx -> {
                            attempts.incrementAndGet();
                            tx.repository(WarehouseRepository.class).save(warehouse("wh-1"));
                            tx.repository(ShopRepository.class)
                                .update(shop("shop-1").withStatus(ShopStatus.CLOSED));
                          }))
          .isInstanceOf(ConcurrentUpdateException.class);

      assertThat(attempts.get()).as("attempts").isGreaterThan(1).isLessThanOrEqualTo(100);
      assertThat(shops().find(ShopId.of("shop-1"))).contains(current);
      assertThat(warehouses().find(WarehouseId.of("wh-1"))).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Catalog
  // ---------------------------------------------------------------------------------------------

  /** {@link CatalogRepository}: products, the SKU index, bundles. */
  @Nested
  class Catalog {

    @Test
    void insertedProductReadsBackFieldForFieldAtVersionZero() {
      Product minimal =
          Product.builder()
              .id("prod-2")
              .title("Plain")
              .addSku(
                  Sku.builder()
                      .code("SKU-P")
                      .productId(ProductId.of("prod-2"))
                      .name("Plain")
                      .build())
              .build();
      catalog().insertProduct(product("prod-1", "SKU-A", "SKU-B", "SKU-C"));
      catalog().insertProduct(minimal);

      assertThat(catalog().findProduct(ProductId.of("prod-1")))
          .hasValueSatisfying(
              p -> assertSameProduct(p, product("prod-1", "SKU-A", "SKU-B", "SKU-C")));
      assertThat(catalog().findProduct(ProductId.of("prod-2")))
          .hasValueSatisfying(p -> assertSameProduct(p, minimal));
      assertThat(catalog().findProduct(ProductId.of("prod-3"))).isEmpty();
    }

    @Test
    void findsEachSkuByItsCodeWhicheverProductHoldsIt() {
      catalog().insertProduct(product("prod-1", "SKU-A", "SKU-B"));
      catalog().insertProduct(product("prod-2", "SKU-C"));

      for (String code : List.of("SKU-A", "SKU-B")) {
        assertThat(catalog().findSku(SkuCode.of(code))).contains(sku(ProductId.of("prod-1"), code));
      }
      assertThat(catalog().findSku(SkuCode.of("SKU-C")))
          .contains(sku(ProductId.of("prod-2"), "SKU-C"));
      assertThat(catalog().findSku(SkuCode.of("SKU-Z"))).isEmpty();
    }

    @Test
    void skuCodesThatDifferOnlyInCaseAreDifferentSkus() {
      catalog().insertProduct(product("prod-1", "mug-01"));
      catalog().insertProduct(product("prod-2", "MUG-01"));

      assertThat(catalog().findSku(SkuCode.of("mug-01")))
          .hasValueSatisfying(s -> assertThat(s.productId()).isEqualTo(ProductId.of("prod-1")));
      assertThat(catalog().findSku(SkuCode.of("MUG-01")))
          .hasValueSatisfying(s -> assertThat(s.productId()).isEqualTo(ProductId.of("prod-2")));
    }

    @Test
    void updateStoresTheProductAndReturnsItAtTheNextVersion() {
      Product original = product("prod-1", "SKU-A", "SKU-B");
      catalog().insertProduct(original);
      Sku renamed = original.skus().get(0).toBuilder().name("Renamed").weight(null).build();
      Product change =
          original.toBuilder()
              .title("New title")
              .brand(null)
              .skus(List.of(renamed, sku(ProductId.of("prod-1"), "SKU-D")))
              .build();

      Product updated = catalog().updateProduct(change);
      Product again = catalog().updateProduct(updated.toBuilder().category("Other").build());

      assertSameProduct(updated, change.toBuilder().version(1).build());
      assertSameProduct(again, change.toBuilder().category("Other").version(2).build());
      assertThat(catalog().findProduct(ProductId.of("prod-1")))
          .hasValueSatisfying(p -> assertSameProduct(p, again));
      assertThat(catalog().findSku(SkuCode.of("SKU-A"))).contains(renamed);
      assertThat(catalog().findSku(SkuCode.of("SKU-D"))).isPresent();
    }

    @Test
    void updateRemovesDroppedSkusFromTheIndexAndFreesTheirCodes() {
      Product original = product("prod-1", "SKU-A", "SKU-B");
      catalog().insertProduct(original);

      catalog().updateProduct(original.toBuilder().skus(List.of(original.skus().get(0))).build());

      assertThat(catalog().findSku(SkuCode.of("SKU-B"))).isEmpty();
      catalog().insertProduct(product("prod-2", "SKU-B"));
      assertThat(catalog().findSku(SkuCode.of("SKU-B")))
          .hasValueSatisfying(s -> assertThat(s.productId()).isEqualTo(ProductId.of("prod-2")));
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
      Product original = product("prod-1", "SKU-A");
      catalog().insertProduct(original);
      Product current = catalog().updateProduct(original.toBuilder().title("First").build());

      assertThatThrownBy(
              () ->
                  catalog()
                      .updateProduct(
                          original.toBuilder()
                              .title("Stale")
                              .skus(List.of(sku(ProductId.of("prod-1"), "SKU-S")))
                              .build()))
          .isInstanceOf(ConcurrentUpdateException.class);

      assertThat(catalog().findProduct(ProductId.of("prod-1")))
          .hasValueSatisfying(p -> assertSameProduct(p, current));
      assertThat(catalog().findSku(SkuCode.of("SKU-S"))).isEmpty();
    }

    @Test
    void updateOfAMissingProductIsNotFound() {
      assertThatThrownBy(() -> catalog().updateProduct(product("prod-1", "SKU-A")))
          .isInstanceOf(NotFoundException.class);

      assertThat(catalog().findSku(SkuCode.of("SKU-A"))).isEmpty();
    }

    @Test
    void refusesASecondProductWithTheSameIdAndWritesNothingOfIt() {
      catalog().insertProduct(product("prod-1", "SKU-A"));

      assertDuplicate("productId", () -> catalog().insertProduct(product("prod-1", "SKU-X")));

      assertThat(catalog().findProduct(ProductId.of("prod-1")))
          .hasValueSatisfying(p -> assertSameProduct(p, product("prod-1", "SKU-A")));
      assertThat(catalog().findSku(SkuCode.of("SKU-X"))).isEmpty();
    }

    @Test
    void refusesAProductWithASkuCodeAnotherProductUsesAndWritesNothingOfIt() {
      catalog().insertProduct(product("prod-1", "SKU-A"));

      assertDuplicate("sku", () -> catalog().insertProduct(product("prod-2", "SKU-X", "SKU-A")));

      assertThat(catalog().findProduct(ProductId.of("prod-2"))).isEmpty();
      assertThat(catalog().findSku(SkuCode.of("SKU-X"))).isEmpty();
      assertThat(catalog().findSku(SkuCode.of("SKU-A")))
          .hasValueSatisfying(s -> assertThat(s.productId()).isEqualTo(ProductId.of("prod-1")));
    }

    @Test
    void refusesAnUpdateThatAddsASkuCodeOfAnotherProductAndChangesNothing() {
      catalog().insertProduct(product("prod-1", "SKU-A"));
      Product second = product("prod-2", "SKU-B");
      catalog().insertProduct(second);

      assertDuplicate(
          "sku",
          () ->
              catalog()
                  .updateProduct(
                      second.toBuilder()
                          .title("Taken")
                          .addSku(sku(ProductId.of("prod-2"), "SKU-A"))
                          .build()));

      assertThat(catalog().findProduct(ProductId.of("prod-2")))
          .hasValueSatisfying(p -> assertSameProduct(p, second));
      assertThat(catalog().findSku(SkuCode.of("SKU-A")))
          .hasValueSatisfying(s -> assertThat(s.productId()).isEqualTo(ProductId.of("prod-1")));
    }

    @Test
    void pagesProductsByIdEachOnceInOrder() {
      List<String> ids =
          IntStream.rangeClosed(1, 7)
              .mapToObj(i -> String.format("prod-%02d", i))
              .collect(Collectors.toList());
      for (String id : shuffled(ids)) {
        catalog().insertProduct(product(id, "SKU-" + id));
      }

      assertPages(ids, p -> p.id().value(), request -> catalog().products(request));
    }

    @Test
    void savesFindsAndReplacesBundles() {
      catalog().insertProduct(product("prod-1", "SKU-A", "SKU-B"));
      Bundle bundle =
          new Bundle(
              SkuCode.of("BUNDLE-1"),
              "Two mugs",
              List.of(new Bundle.Component(SkuCode.of("SKU-A"), Quantity.of(2))));
      Bundle replaced =
          new Bundle(
              SkuCode.of("BUNDLE-1"),
              "Mug and saucer",
              List.of(
                  new Bundle.Component(SkuCode.of("SKU-A"), Quantity.of(1)),
                  new Bundle.Component(SkuCode.of("SKU-B"), Quantity.of(1))));

      catalog().saveBundle(bundle);
      assertThat(catalog().findBundle(SkuCode.of("BUNDLE-1"))).contains(bundle);
      catalog().saveBundle(replaced);

      assertThat(catalog().findBundle(SkuCode.of("BUNDLE-1"))).contains(replaced);
      assertThat(catalog().findBundle(SkuCode.of("BUNDLE-2"))).isEmpty();
      assertThat(catalog().findSku(SkuCode.of("BUNDLE-1"))).isEmpty();
    }

    @Test
    void refusesABundleWithTheCodeOfASkuAndASkuWithTheCodeOfABundle() {
      catalog().insertProduct(product("prod-1", "SKU-A"));
      catalog()
          .saveBundle(
              new Bundle(
                  SkuCode.of("BUNDLE-1"),
                  "Pair",
                  List.of(new Bundle.Component(SkuCode.of("SKU-A"), Quantity.of(2)))));

      assertDuplicate(
          "bundle",
          () ->
              catalog()
                  .saveBundle(
                      new Bundle(
                          SkuCode.of("SKU-A"),
                          "Clash",
                          List.of(new Bundle.Component(SkuCode.of("BUNDLE-1"), Quantity.of(1))))));
      assertDuplicate("sku", () -> catalog().insertProduct(product("prod-2", "BUNDLE-1")));
      Product first = catalog().findProduct(ProductId.of("prod-1")).orElseThrow();
      assertDuplicate(
          "sku",
          () ->
              catalog()
                  .updateProduct(
                      first.toBuilder().addSku(sku(ProductId.of("prod-1"), "BUNDLE-1")).build()));

      assertThat(catalog().findBundle(SkuCode.of("SKU-A"))).isEmpty();
      assertThat(catalog().findProduct(ProductId.of("prod-2"))).isEmpty();
      assertThat(catalog().findProduct(ProductId.of("prod-1")))
          .hasValueSatisfying(p -> assertSameProduct(p, product("prod-1", "SKU-A")));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shops and warehouses
  // ---------------------------------------------------------------------------------------------

  /** {@link ShopRepository}. */
  @Nested
  class Shops {

    @Test
    void insertedShopReadsBackEqualAtVersionZero() {
      Shop paused =
          new Shop(
              ShopId.of("shop-2"),
              PlatformId.of("my-store"),
              "EBAY_GB",
              "UK",
              Currency.getInstance("GBP"),
              ZoneId.of("Europe/London"),
              ShopStatus.PAUSED,
              0);
      shops().insert(shop("shop-1"));
      shops().insert(paused);

      assertThat(shops().find(ShopId.of("shop-1"))).contains(shop("shop-1"));
      assertThat(shops().find(ShopId.of("shop-2"))).contains(paused);
      assertThat(shops().find(ShopId.of("shop-3"))).isEmpty();
    }

    @Test
    void updateStoresTheShopAndReturnsItAtTheNextVersion() {
      shops().insert(shop("shop-1"));

      Shop updated = shops().update(shop("shop-1").withStatus(ShopStatus.AUTH_EXPIRED));
      Shop again = shops().update(updated.withStatus(ShopStatus.ACTIVE));

      assertThat(updated)
          .isEqualTo(shop("shop-1").withStatus(ShopStatus.AUTH_EXPIRED).withVersion(1));
      assertThat(again).isEqualTo(shop("shop-1").withVersion(2));
      assertThat(shops().find(ShopId.of("shop-1"))).contains(again);
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
      shops().insert(shop("shop-1"));
      Shop current = shops().update(shop("shop-1").withStatus(ShopStatus.PAUSED));

      assertThatThrownBy(() -> shops().update(shop("shop-1").withStatus(ShopStatus.CLOSED)))
          .isInstanceOf(ConcurrentUpdateException.class);

      assertThat(shops().find(ShopId.of("shop-1"))).contains(current);
    }

    @Test
    void updateOfAMissingShopIsNotFound() {
      assertThatThrownBy(() -> shops().update(shop("shop-1")))
          .isInstanceOf(NotFoundException.class);
      assertThat(shopIds()).isEmpty();
    }

    @Test
    void refusesASecondShopWithTheSameId() {
      shops().insert(shop("shop-1"));

      assertDuplicate("shopId", () -> shops().insert(shop("shop-1").withStatus(ShopStatus.CLOSED)));

      assertThat(shops().find(ShopId.of("shop-1"))).contains(shop("shop-1"));
    }

    @Test
    void pagesShopsByIdEachOnceInOrder() {
      List<String> ids =
          IntStream.rangeClosed(1, 7)
              .mapToObj(i -> String.format("shop-%02d", i))
              .collect(Collectors.toList());
      for (String id : shuffled(ids)) {
        shops().insert(shop(id));
      }

      assertPages(ids, s -> s.id().value(), request -> shops().list(request));
    }
  }

  /** {@link WarehouseRepository}. */
  @Nested
  class Warehouses {

    @Test
    void savedWarehouseReadsBackEqual() {
      warehouses().save(warehouse("wh-1"));

      assertThat(warehouses().find(WarehouseId.of("wh-1"))).contains(warehouse("wh-1"));
      assertThat(warehouses().find(WarehouseId.of("wh-2"))).isEmpty();
    }

    @Test
    void saveReplacesTheWarehouseWithTheSameId() {
      Warehouse fba =
          new Warehouse(
              WarehouseId.of("wh-1"),
              "FBA US",
              "US",
              WarehouseKind.FBA,
              ZoneId.of("America/New_York"));
      warehouses().save(warehouse("wh-1"));

      warehouses().save(fba);

      assertThat(warehouses().find(WarehouseId.of("wh-1"))).contains(fba);
      assertThat(warehouses().list(PageRequest.first(10)).items()).containsExactly(fba);
    }

    @Test
    void pagesWarehousesByIdEachOnceInOrder() {
      List<String> ids =
          IntStream.rangeClosed(1, 7)
              .mapToObj(i -> String.format("wh-%02d", i))
              .collect(Collectors.toList());
      for (String id : shuffled(ids)) {
        warehouses().save(warehouse(id));
      }

      assertPages(ids, w -> w.id().value(), request -> warehouses().list(request));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Orders and buyer data
  // ---------------------------------------------------------------------------------------------

  /** {@link OrderRepository}: orders, uniqueness per shop, queries. */
  @Nested
  class Orders {

    @Test
    void insertedOrderReadsBackFieldForFieldAtVersionZero() {
      givenShops("shop-1");
      warehouses().save(warehouse("wh-1"));
      Order plain = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      Order rich = richOrder(OrderId.of("ord-2"), ShopId.of("shop-1"), "111-0000002");

      orders().insert(plain);
      orders().insert(rich);

      assertThat(orders().find(OrderId.of("ord-1")))
          .hasValueSatisfying(o -> assertSameOrder(o, plain));
      assertThat(orders().find(OrderId.of("ord-2")))
          .hasValueSatisfying(o -> assertSameOrder(o, rich));
      assertThat(orders().find(OrderId.of("ord-3"))).isEmpty();
    }

    @Test
    void findsAnOrderByItsShopAndPlatformOrderId() {
      givenShops("shop-1", "shop-2");
      Order placed = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      orders().insert(placed);

      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-1"), "111-0000001"))
          .hasValueSatisfying(o -> assertSameOrder(o, placed));
      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-2"), "111-0000001")).isEmpty();
      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-1"), "111-0000002")).isEmpty();
    }

    @Test
    void updateStoresTheOrderAndReturnsItAtTheNextVersion() {
      givenShops("shop-1");
      warehouses().save(warehouse("wh-1"));
      Order placed = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      orders().insert(placed);
      Order change = richOrder(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001");

      Order updated = orders().update(change);
      Order again = orders().update(updated.toBuilder().holdReason("address check").build());

      assertSameOrder(updated, change.toBuilder().version(1).build());
      assertSameOrder(again, change.toBuilder().holdReason("address check").version(2).build());
      assertThat(orders().find(OrderId.of("ord-1")))
          .hasValueSatisfying(o -> assertSameOrder(o, again));
      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-1"), "111-0000001"))
          .hasValueSatisfying(o -> assertSameOrder(o, again));
    }

    @Test
    void anOrderUpdatedTwiceInOneTransactionCommitsAtTheSecondVersion() {
      givenShops("shop-1");
      Order placed = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      orders().insert(placed);

      Order twice =
          store()
              .inTransaction(
                  tenant,
                  tx -> {
                    OrderRepository repo = tx.repository(OrderRepository.class);
                    Order first = repo.update(placed.changeStatus(OrderStatus.ALLOCATED));
                    return repo.update(first.changeStatus(OrderStatus.IN_FULFILLMENT));
                  });

      assertThat(twice.version()).isEqualTo(2);
      assertThat(orders().find(OrderId.of("ord-1")))
          .hasValueSatisfying(o -> {
            assertThat(o.status()).isEqualTo(OrderStatus.IN_FULFILLMENT);
            assertThat(o.version()).isEqualTo(2);
          });
      // The first write's check still guards the row: a stale copy is refused afterwards.
      assertThatThrownBy(() -> orders().update(placed.changeStatus(OrderStatus.CANCELLED)))
          .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
      givenShops("shop-1");
      Order placed = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      orders().insert(placed);
      Order current = orders().update(placed.changeStatus(OrderStatus.ALLOCATED));

      assertThatThrownBy(() -> orders().update(placed.changeStatus(OrderStatus.CANCELLED)))
          .isInstanceOf(ConcurrentUpdateException.class);

      assertThat(orders().find(OrderId.of("ord-1")))
          .hasValueSatisfying(o -> assertSameOrder(o, current));
    }

    @Test
    void updateOfAMissingOrderIsNotFound() {
      givenShops("shop-1");

      assertThatThrownBy(
              () ->
                  orders()
                      .update(order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0)))
          .isInstanceOf(NotFoundException.class);
      assertThat(orders().find(OrderId.of("ord-1"))).isEmpty();
    }

    @Test
    void refusesASecondOrderOfTheSameShopWithTheSamePlatformOrderId() {
      givenShops("shop-1");
      Order first = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      orders().insert(first);

      assertDuplicate(
          "platformOrderId",
          () ->
              orders()
                  .insert(
                      order(
                          OrderId.of("ord-2"),
                          ShopId.of("shop-1"),
                          "111-0000001",
                          T0.plusSeconds(5))));

      assertThat(orders().find(OrderId.of("ord-2"))).isEmpty();
      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-1"), "111-0000001"))
          .hasValueSatisfying(o -> assertSameOrder(o, first));
    }

    @Test
    void refusesASecondOrderWithTheSameId() {
      givenShops("shop-1");
      Order first = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      orders().insert(first);

      assertDuplicate(
          "orderId",
          () ->
              orders().insert(order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000002", T0)));

      assertThat(orders().find(OrderId.of("ord-1")))
          .hasValueSatisfying(o -> assertSameOrder(o, first));
      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-1"), "111-0000002")).isEmpty();
    }

    @Test
    void acceptsTheSamePlatformOrderIdInAnotherShop() {
      givenShops("shop-1", "shop-2");
      Order first = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      Order second = order(OrderId.of("ord-2"), ShopId.of("shop-2"), "111-0000001", T0);

      orders().insert(first);
      orders().insert(second);

      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-1"), "111-0000001"))
          .hasValueSatisfying(o -> assertSameOrder(o, first));
      assertThat(orders().findByPlatformOrderId(ShopId.of("shop-2"), "111-0000001"))
          .hasValueSatisfying(o -> assertSameOrder(o, second));
    }

    @Test
    void pagesOrdersByPurchaseTimeThenIdEachOnce() {
      List<Order> orders = givenQueryableOrders();
      List<String> expected = expectedOrderIds(orders, OrderQuery.all());

      assertPages(
          expected, o -> o.id().value(), request -> orders().find(OrderQuery.all(), request));
    }

    @Test
    void appliesEveryFilterBeforePaging() {
      List<Order> orders = givenQueryableOrders();
      List<OrderQuery> queries =
          List.of(
              OrderQuery.all().withStatuses(OrderStatus.NEW),
              OrderQuery.all().withStatuses(OrderStatus.NEW, OrderStatus.ON_HOLD),
              OrderQuery.all().withShop(ShopId.of("shop-2")),
              OrderQuery.all()
                  .purchasedBetween(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(4))),
              OrderQuery.all()
                  .withShop(ShopId.of("shop-1"))
                  .withStatuses(OrderStatus.NEW, OrderStatus.CANCELLED)
                  .purchasedBetween(T0, T0.plus(Duration.ofHours(5))),
              OrderQuery.all().withShop(ShopId.of("shop-9")));

      for (OrderQuery query : queries) {
        List<String> expected = expectedOrderIds(orders, query);
        assertPages(expected, o -> o.id().value(), request -> orders().find(query, request));
      }
    }

    private List<Order> givenQueryableOrders() {
      givenShops("shop-1", "shop-2");
      List<OrderStatus> statuses =
          List.of(
              OrderStatus.NEW, OrderStatus.ALLOCATED, OrderStatus.CANCELLED, OrderStatus.ON_HOLD);
      List<Order> orders = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        OrderStatus status = statuses.get(i % statuses.size());
        // Two orders share each purchase time, with ids in the opposite order of their index, so
        // that the id breaks ties and the insertion order differs from the list order.
        Order o =
            order(
                    OrderId.of(String.format("ord-%02d", 11 - i)),
                    ShopId.of(i % 3 == 0 ? "shop-2" : "shop-1"),
                    String.format("111-%07d", i),
                    T0.plus(Duration.ofHours(i / 2)))
                .toBuilder()
                .status(status)
                .holdReason(status == OrderStatus.ON_HOLD ? "fraud check" : null)
                .build();
        orders.add(o);
      }
      for (Order o : shuffled(orders)) {
        orders().insert(o);
      }
      return orders;
    }

    private List<String> expectedOrderIds(List<Order> orders, OrderQuery query) {
      return orders.stream()
          .filter(o -> query.matches(o.status(), o.shopId(), o.purchasedAt()))
          .sorted(Comparator.comparing(Order::purchasedAt).thenComparing(o -> o.id().value()))
          .map(o -> o.id().value())
          .collect(Collectors.toList());
    }
  }

  /** Buyer data of {@link OrderRepository}: stored apart, erasable without touching the order. */
  @Nested
  class BuyerData {

    @Test
    void savesFindsAndReplacesBuyerData() {
      Order placed = givenOrder("ord-1");
      BuyerDetails minimal =
          new BuyerDetails(
              "Ann Other",
              null,
              null,
              new Address("Ann Other", "2 High St", null, "Leeds", null, null, "GB"));

      orders().saveBuyer(placed.id(), buyer("Jane Roe"));
      assertThat(orders().findBuyer(placed.id())).contains(buyer("Jane Roe"));
      orders().saveBuyer(placed.id(), minimal);

      assertThat(orders().findBuyer(placed.id())).contains(minimal);
    }

    @Test
    void erasingBuyerDataLeavesTheOrderUntouched() {
      Order placed = givenOrder("ord-1");
      orders().saveBuyer(placed.id(), buyer("Jane Roe"));

      assertThat(orders().eraseBuyer(placed.id())).isTrue();

      assertThat(orders().findBuyer(placed.id())).isEmpty();
      assertThat(orders().eraseBuyer(placed.id())).as("erasing again").isFalse();
      assertThat(orders().find(placed.id())).hasValueSatisfying(o -> assertSameOrder(o, placed));
    }

    @Test
    void orderWithoutBuyerDataHasNoneToFindOrErase() {
      Order placed = givenOrder("ord-1");

      assertThat(orders().findBuyer(placed.id())).isEmpty();
      assertThat(orders().eraseBuyer(placed.id())).isFalse();
    }

    private Order givenOrder(String id) {
      givenShops("shop-1");
      Order placed = order(OrderId.of(id), ShopId.of("shop-1"), "111-" + id, T0);
      orders().insert(placed);
      return placed;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inventory
  // ---------------------------------------------------------------------------------------------

  /** {@link InventoryRepository}: levels, conditional movements, the ledger. */
  @Nested
  class Inventory {
    private final SkuCode skuA = SkuCode.of("SKU-A");
    private final WarehouseId wh1 = WarehouseId.of("wh-1");

    @Test
    void levelOfASkuThatNeverMovedIsEmpty() {
      givenSkusAndWarehouses();

      assertThat(inventory().level(skuA, wh1)).isEmpty();
      assertThat(inventory().levels(skuA)).isEmpty();
      assertThat(inventory().movements(skuA, wh1, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void appliedMovementsAddTheirDeltasAndAreAppendedToTheLedger() {
      givenSkusAndWarehouses();
      List<Movement> movements = applyMixedMovements();

      assertThat(inventory().level(skuA, wh1)).contains(new StockLevel(skuA, wh1, 6, 3, 8, 3, 1));
      for (Movement m : movements) {
        assertThat(inventory().movement(m.id())).as("movement %s", m.id()).contains(m);
      }
      assertThat(inventory().movement("never-applied")).isEmpty();
      assertThat(inventory().movements(skuA, wh1, PageRequest.first(100)).items())
          .containsExactlyElementsOf(movements);
      assertLedgerBalances(skuA, wh1);
    }

    @Test
    void reservingExactlyWhatIsAvailableIsAllowed() {
      givenSkusAndWarehouses();
      assertThat(apply(movement("m1", "SKU-A", "wh-1", MovementType.RECEIPT, onHand(4), T0)))
          .isTrue();

      assertThat(apply(movement("m2", "SKU-A", "wh-1", MovementType.RESERVATION, reserved(4), T0)))
          .isTrue();

      assertThat(inventory().level(skuA, wh1))
          .hasValueSatisfying(l -> assertThat(l.available()).isZero());
    }

    @Test
    void refusesEveryMovementThatWouldTakeABucketBelowZeroOrReservedAboveOnHandAndWritesNothing() {
      givenSkusAndWarehouses();
      List<Movement> applied = applyMixedMovements();
      StockLevel before = inventory().level(skuA, wh1).orElseThrow();
      List<StockDelta> refused =
          List.of(
              onHand(-7), // on hand below zero
              onHand(-4), // on hand below reserved
              reserved(4), // reserved above on hand
              reserved(-4), // reserved below zero
              new StockDelta(0, 0, -9, 0, 0), // inbound below zero
              new StockDelta(0, 0, 0, -4, 0), // in transit below zero
              new StockDelta(0, 0, 0, 0, -2), // defective below zero
              new StockDelta(5, 0, -9, 0, 0)); // one bucket up, another below zero

      for (int n = 0; n < refused.size(); n++) {
        Movement m =
            movement(
                "refused-" + n,
                "SKU-A",
                "wh-1",
                MovementType.ADJUSTMENT,
                refused.get(n),
                T0.plusSeconds(100 + n));
        assertThat(apply(m)).as("applied %s", refused.get(n)).isFalse();
        assertThat(inventory().level(skuA, wh1)).as("after %s", refused.get(n)).contains(before);
        assertThat(inventory().movement(m.id())).as("ledger holds %s", m.id()).isEmpty();
      }

      assertThat(inventory().movements(skuA, wh1, PageRequest.first(100)).items())
          .containsExactlyElementsOf(applied);
      Movement reused =
          movement(
              "refused-0",
              "SKU-A",
              "wh-1",
              MovementType.ADJUSTMENT,
              onHand(1),
              T0.plusSeconds(200));
      assertThat(apply(reused)).as("the id of a refused movement is still free").isTrue();
      assertLedgerBalances(skuA, wh1);
    }

    @Test
    void refusedFirstMovementCreatesNoLevel() {
      givenSkusAndWarehouses();

      assertThat(apply(movement("m1", "SKU-B", "wh-2", MovementType.RESERVATION, reserved(1), T0)))
          .isFalse();
      assertThat(apply(movement("m2", "SKU-B", "wh-2", MovementType.ADJUSTMENT, onHand(-1), T0)))
          .isFalse();

      assertThat(inventory().level(SkuCode.of("SKU-B"), WarehouseId.of("wh-2"))).isEmpty();
      assertThat(inventory().levels(SkuCode.of("SKU-B"))).isEmpty();
      assertThat(
              inventory()
                  .movements(SkuCode.of("SKU-B"), WarehouseId.of("wh-2"), PageRequest.first(10))
                  .items())
          .isEmpty();
    }

    @Test
    void refusesADuplicateMovementIdAndCountsItOnce() {
      givenSkusAndWarehouses();
      Movement receipt = movement("m1", "SKU-A", "wh-1", MovementType.RECEIPT, onHand(5), T0);
      assertThat(apply(receipt)).isTrue();

      assertDuplicate("movementId", () -> apply(receipt));
      assertDuplicate(
          "movementId",
          () -> apply(movement("m1", "SKU-B", "wh-2", MovementType.RECEIPT, onHand(3), T0)));

      assertThat(inventory().level(skuA, wh1)).contains(new StockLevel(skuA, wh1, 5, 0, 0, 0, 0));
      assertThat(inventory().level(SkuCode.of("SKU-B"), WarehouseId.of("wh-2"))).isEmpty();
      assertThat(inventory().movements(skuA, wh1, PageRequest.first(10)).items())
          .containsExactly(receipt);
    }

    @Test
    void pagesTheMovementsOfOneSkuAndWarehouseInTheOrderTheyWereApplied() {
      givenSkusAndWarehouses();
      List<Movement> expected = new ArrayList<>();
      for (int n = 0; n < 7; n++) {
        // Ids and times deliberately out of order: the ledger keeps the order of application.
        Movement mine =
            movement(
                "m-" + (9 - n),
                "SKU-A",
                "wh-1",
                MovementType.RECEIPT,
                onHand(n + 1),
                T0.minusSeconds(n));
        assertThat(apply(mine)).isTrue();
        expected.add(mine);
        assertThat(
                apply(
                    movement(
                        "other-sku-" + n, "SKU-B", "wh-1", MovementType.RECEIPT, onHand(1), T0)))
            .isTrue();
        assertThat(
                apply(
                    movement(
                        "other-wh-" + n, "SKU-A", "wh-2", MovementType.RECEIPT, onHand(1), T0)))
            .isTrue();
      }

      assertPages(
          expected.stream().map(Movement::id).collect(Collectors.toList()),
          Movement::id,
          request -> inventory().movements(skuA, wh1, request));
      assertThat(inventory().movements(skuA, wh1, PageRequest.first(100)).items())
          .containsExactlyElementsOf(expected);
    }

    @Test
    void listsTheLevelsOfASkuAtEveryWarehouseOrderedByWarehouseId() {
      givenSkusAndWarehouses();
      assertThat(apply(movement("m1", "SKU-A", "wh-2", MovementType.RECEIPT, onHand(2), T0)))
          .isTrue();
      assertThat(
              apply(
                  movement(
                      "m2",
                      "SKU-A",
                      "wh-1",
                      MovementType.INBOUND_EXPECTED,
                      new StockDelta(0, 0, 7, 0, 0),
                      T0)))
          .isTrue();
      assertThat(apply(movement("m3", "SKU-B", "wh-1", MovementType.RECEIPT, onHand(9), T0)))
          .isTrue();

      assertThat(inventory().levels(skuA))
          .containsExactly(
              new StockLevel(skuA, wh1, 0, 0, 7, 0, 0),
              new StockLevel(skuA, WarehouseId.of("wh-2"), 2, 0, 0, 0, 0));
    }

    @Test
    void listsTheLevelsOfSeveralSkusAtOnce() {
      givenSkusAndWarehouses();
      SkuCode skuB = SkuCode.of("SKU-B");
      assertThat(apply(movement("m1", "SKU-A", "wh-2", MovementType.RECEIPT, onHand(2), T0)))
          .isTrue();
      assertThat(apply(movement("m2", "SKU-A", "wh-1", MovementType.RECEIPT, onHand(4), T0)))
          .isTrue();
      assertThat(apply(movement("m3", "SKU-B", "wh-1", MovementType.RECEIPT, onHand(9), T0)))
          .isTrue();

      assertThat(inventory().levels(List.of(skuB, skuA, skuB, SkuCode.of("SKU-NONE"))))
          .containsExactlyInAnyOrder(
              new StockLevel(skuA, wh1, 4, 0, 0, 0, 0),
              new StockLevel(skuA, WarehouseId.of("wh-2"), 2, 0, 0, 0, 0),
              new StockLevel(skuB, wh1, 9, 0, 0, 0, 0));
      assertThat(inventory().levels(List.of(skuB)))
          .containsExactly(new StockLevel(skuB, wh1, 9, 0, 0, 0, 0));
      assertThat(inventory().levels(List.<SkuCode>of())).isEmpty();
    }

    /** Applies six movements that leave SKU-A at wh-1 at (6, 3, 8, 3, 1). */
    private List<Movement> applyMixedMovements() {
      List<Movement> movements =
          List.of(
              movement(
                  "m1",
                  "SKU-A",
                  "wh-1",
                  MovementType.INBOUND_EXPECTED,
                  new StockDelta(0, 0, 20, 0, 0),
                  T0),
              movement(
                  "m2",
                  "SKU-A",
                  "wh-1",
                  MovementType.RECEIPT,
                  new StockDelta(12, 0, -12, 0, 0),
                  T0.plusSeconds(1)),
              movement(
                  "m3", "SKU-A", "wh-1", MovementType.RESERVATION, reserved(5), T0.plusSeconds(2)),
              movement(
                  "m4",
                  "SKU-A",
                  "wh-1",
                  MovementType.PICK,
                  new StockDelta(-2, -2, 0, 0, 0),
                  T0.plusSeconds(3)),
              movement(
                  "m5",
                  "SKU-A",
                  "wh-1",
                  MovementType.DEFECTIVE,
                  new StockDelta(-1, 0, 0, 0, 1),
                  T0.plusSeconds(4)),
              movement(
                  "m6",
                  "SKU-A",
                  "wh-1",
                  MovementType.TRANSFER_OUT,
                  new StockDelta(-3, 0, 0, 3, 0),
                  T0.plusSeconds(5)));
      for (Movement m : movements) {
        assertThat(apply(m)).as("applied %s", m.id()).isTrue();
      }
      return movements;
    }
  }

  /** Reservations of {@link InventoryRepository}: keyed, closed conditionally, once. */
  @Nested
  class Reservations {

    @Test
    void insertedReservationReadsBackEqual() {
      givenSkusAndWarehouses();
      Reservation reservation = reservation("shp-1/L1", 3);

      inventory().insertReservation(reservation);

      assertThat(inventory().reservation("shp-1/L1")).contains(reservation);
      assertThat(inventory().reservation("shp-1/L2")).isEmpty();
    }

    @Test
    void refusesASecondReservationWithTheSameKey() {
      givenSkusAndWarehouses();
      inventory().insertReservation(reservation("shp-1/L1", 3));

      assertDuplicate("key", () -> inventory().insertReservation(reservation("shp-1/L1", 5)));

      assertThat(inventory().reservation("shp-1/L1")).contains(reservation("shp-1/L1", 3));
    }

    @Test
    void closesOnlyAnActiveReservationAndOnlyOnce() {
      givenSkusAndWarehouses();
      inventory().insertReservation(reservation("released", 3));
      inventory().insertReservation(reservation("picked", 2));

      assertThat(inventory().closeReservation("released", Reservation.State.RELEASED)).isTrue();
      assertThat(inventory().closeReservation("picked", Reservation.State.PICKED)).isTrue();
      assertThat(inventory().closeReservation("released", Reservation.State.RELEASED)).isFalse();
      assertThat(inventory().closeReservation("released", Reservation.State.PICKED)).isFalse();
      assertThat(inventory().closeReservation("picked", Reservation.State.RELEASED)).isFalse();

      assertThat(inventory().reservation("released"))
          .contains(reservation("released", 3).withState(Reservation.State.RELEASED));
      assertThat(inventory().reservation("picked"))
          .contains(reservation("picked", 2).withState(Reservation.State.PICKED));
    }

    @Test
    void closingAnUnknownReservationChangesNothing() {
      assertThat(inventory().closeReservation("unknown", Reservation.State.RELEASED)).isFalse();
      assertThat(inventory().reservation("unknown")).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Outbox
  // ---------------------------------------------------------------------------------------------

  /** {@link OutboxRepository}: append, pending per listener, failures, dead letters, pruning. */
  @Nested
  class Outbox {

    @Test
    void pendingListsCommittedEventsInPositionOrder() {
      List<DomainEvent> events = appendEvents(5);

      List<OutboxEntry> pending = pendingOf("relay");

      assertThat(pending).hasSize(5);
      for (int n = 0; n < pending.size(); n++) {
        OutboxEntry entry = pending.get(n);
        assertSameEvent(entry.event(), events.get(n));
        assertThat(entry.attempts()).isZero();
        assertThat(entry.nextAttemptAt()).isNull();
        if (n > 0) {
          assertThat(entry.position()).isGreaterThan(pending.get(n - 1).position());
        }
      }
    }

    @Test
    void pendingReturnsTheOldestEventsUpToTheLimit() {
      List<DomainEvent> events = appendEvents(5);

      List<OutboxEntry> firstTwo = outbox().pending("relay", 2);

      assertThat(firstTwo)
          .extracting(e -> e.event().id())
          .containsExactly(events.get(0).id(), events.get(1).id());
      assertThat(firstTwo.get(0).position()).isPositive();
    }

    @Test
    void pendingReadsOnAfterAGivenPosition() {
      List<DomainEvent> events = appendEvents(5);
      List<OutboxEntry> firstTwo = outbox().pending("relay", 2);

      List<OutboxEntry> rest = outbox().pending("relay", firstTwo.get(1).position(), 10);

      assertThat(rest)
          .extracting(e -> e.event().id())
          .containsExactly(events.get(2).id(), events.get(3).id(), events.get(4).id());
      assertThat(outbox().pending("relay", rest.get(2).position(), 10)).isEmpty();
    }

    @Test
    void eventsOfARolledBackTransactionNeverBecomePending() {
      RuntimeException failure = new IllegalStateException("failed");

      assertThatThrownBy(
              () ->
                  store()
                      .useTransaction(
                          tenant,
                          tx -> {
                            tx.repository(OutboxRepository.class)
                                .append(event(tenant, "evt-1", "ord-1", T0));
                            throw failure;
                          }))
          .isSameAs(failure);

      assertThat(pendingOf("relay")).isEmpty();
    }

    @Test
    void refusesADuplicateEventId() {
      appendEvents(1);

      assertDuplicate("eventId", () -> outbox().append(event(tenant, "evt-0", "ord-other", T0)));

      assertThat(pendingOf("relay"))
          .singleElement()
          .satisfies(e -> assertThat(e.event().aggregateId()).isEqualTo("ord-0"));
    }

    @Test
    void tracksDeliveryPerListener() {
      appendEvents(3);
      List<OutboxEntry> pending = pendingOf("relay");

      outbox().markDelivered("listener-a", pending.get(1).position());
      outbox().markDelivered("listener-a", pending.get(0).position());
      outbox().markDelivered("listener-b", pending.get(2).position());

      assertThat(pendingOf("listener-a"))
          .extracting(OutboxEntry::position)
          .containsExactly(pending.get(2).position());
      assertThat(pendingOf("listener-b"))
          .extracting(OutboxEntry::position)
          .containsExactly(pending.get(0).position(), pending.get(1).position());
      assertThat(pendingOf("listener-c")).hasSize(3);
    }

    @Test
    void failedDeliveryStaysPendingWithItsAttemptsAndNextAttemptEvenBeforeItIsDue() {
      appendEvents(2);
      long first = pendingOf("relay").get(0).position();
      Instant retryAt = T0.plus(Duration.ofDays(365));

      outbox().markFailed("listener-a", first, 1, T0.plusSeconds(10), "IOException: reset", false);
      outbox().markFailed("listener-a", first, 2, retryAt, "IOException: timeout", false);

      List<OutboxEntry> pending = pendingOf("listener-a");
      assertThat(pending).hasSize(2);
      assertThat(pending.get(0).position()).isEqualTo(first);
      assertThat(pending.get(0).attempts()).isEqualTo(2);
      assertThat(pending.get(0).nextAttemptAt()).isEqualTo(retryAt);
      assertThat(pending.get(1).attempts()).isZero();
      assertThat(pendingOf("listener-b")).allSatisfy(e -> assertThat(e.attempts()).isZero());

      outbox().markDelivered("listener-a", first);
      assertThat(pendingOf("listener-a"))
          .hasSize(1)
          .allSatisfy(e -> assertThat(e.position()).isNotEqualTo(first));
    }

    @Test
    void deadLetterLeavesPendingAndIsListedWithItsAttemptsAndError() {
      List<DomainEvent> events = appendEvents(4);
      List<OutboxEntry> pending = pendingOf("relay");

      outbox()
          .markFailed(
              "listener-a", pending.get(2).position(), 5, T0, "IllegalStateException: bad", true);
      outbox()
          .markFailed("listener-a", pending.get(0).position(), 1, T0, "IOException: first", false);
      outbox()
          .markFailed("listener-a", pending.get(0).position(), 5, T0, "IOException: last", true);
      outbox()
          .markFailed("listener-a", pending.get(3).position(), 5, T0, "IOException: other", true);

      assertThat(pendingOf("listener-a"))
          .extracting(OutboxEntry::position)
          .containsExactly(pending.get(1).position());
      List<DeadLetter> dead = outbox().deadLetters("listener-a", 100);
      assertThat(dead)
          .extracting(DeadLetter::position)
          .containsExactly(
              pending.get(0).position(), pending.get(2).position(), pending.get(3).position());
      DeadLetter firstDead = dead.get(0);
      assertThat(firstDead.listener()).isEqualTo("listener-a");
      assertThat(firstDead.attempts()).isEqualTo(5);
      assertThat(firstDead.lastError()).isEqualTo("IOException: last");
      assertSameEvent(firstDead.event(), events.get(0));
      assertThat(outbox().deadLetters("listener-a", 2)).hasSize(2);
      assertThat(outbox().deadLetters("listener-b", 100)).isEmpty();
      assertThat(pendingOf("listener-b")).hasSize(4);
    }

    @Test
    void pruneDeletesOnlyOldEventsDeliveredToEveryListener() {
      Instant cutoff = T0.plus(Duration.ofHours(1));
      List<DomainEvent> events =
          List.of(
              event(tenant, "delivered-to-both", "ord-1", T0),
              event(tenant, "delivered-to-a", "ord-2", T0),
              event(tenant, "dead-for-b", "ord-3", T0),
              event(tenant, "undelivered", "ord-4", T0),
              event(tenant, "at-cutoff", "ord-5", cutoff),
              event(tenant, "after-cutoff", "ord-6", cutoff.plusSeconds(60)));
      for (DomainEvent e : events) {
        outbox().append(e);
      }
      List<Long> positions =
          pendingOf("relay").stream().map(OutboxEntry::position).collect(Collectors.toList());
      run(
          OutboxRepository.class,
          o -> {
            for (int n : List.of(0, 1, 2, 4, 5)) {
              o.markDelivered("listener-a", positions.get(n));
            }
            for (int n : List.of(0, 4, 5)) {
              o.markDelivered("listener-b", positions.get(n));
            }
            o.markFailed("listener-b", positions.get(2), 5, T0, "IOException: gone", true);
          });

      int pruned = outbox().prune(cutoff, List.of("listener-a", "listener-b"));

      assertThat(pruned).isEqualTo(1);
      assertThat(pendingOf("listener-c"))
          .extracting(e -> e.event().id().value())
          .containsExactly(
              "delivered-to-a", "dead-for-b", "undelivered", "at-cutoff", "after-cutoff");
      assertThat(outbox().deadLetters("listener-b", 10))
          .extracting(d -> d.event().id().value())
          .containsExactly("dead-for-b");
      assertThat(pendingOf("listener-a"))
          .extracting(e -> e.event().id().value())
          .containsExactly("undelivered");
      assertThat(outbox().prune(cutoff, List.of("listener-a", "listener-b"))).isZero();
    }

    private List<DomainEvent> appendEvents(int count) {
      List<DomainEvent> events = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        DomainEvent e = event(tenant, "evt-" + n, "ord-" + n, T0.plusSeconds(n));
        events.add(e);
      }
      // The first two in one transaction, the rest one transaction each.
      run(
          OutboxRepository.class,
          o -> {
            for (DomainEvent e : events.subList(0, Math.min(2, count))) {
              o.append(e);
            }
          });
      for (DomainEvent e : events.subList(Math.min(2, count), count)) {
        outbox().append(e);
      }
      return events;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Leases
  // ---------------------------------------------------------------------------------------------

  /** {@link LeaseRepository}: acquire, renew, expiry, takeover with a growing fencing token. */
  @Nested
  class Leases {
    private final Instant expiry = T0.plusSeconds(30);

    @Test
    void acquiresAFreeLease() {
      Optional<Lease> lease = acquire("relay", "host-a", T0, expiry);

      assertThat(lease)
          .hasValueSatisfying(
              l -> {
                assertThat(l.name()).isEqualTo("relay");
                assertThat(l.owner()).isEqualTo("host-a");
                assertThat(l.expiresAt()).isEqualTo(expiry);
                assertThat(l.token()).isPositive();
              });
      assertThat(leases().find("relay")).isEqualTo(lease);
      assertThat(leases().find("other")).isEmpty();
    }

    @Test
    void renewingKeepsTheTokenAndMovesTheExpiry() {
      Lease first = acquire("relay", "host-a", T0, expiry).orElseThrow();

      Optional<Lease> renewed = acquire("relay", "host-a", T0.plusSeconds(20), T0.plusSeconds(50));

      assertThat(renewed).contains(new Lease("relay", "host-a", first.token(), T0.plusSeconds(50)));
      assertThat(leases().find("relay")).isEqualTo(renewed);
    }

    @Test
    void anotherOwnerIsRefusedUntilTheLeaseLapsesThenTakesItWithTheNextToken() {
      Lease first = acquire("relay", "host-a", T0, expiry).orElseThrow();

      assertThat(acquire("relay", "host-b", expiry.minusMillis(1), expiry.plusSeconds(30)))
          .isEmpty();
      assertThat(leases().find("relay")).contains(first);

      Optional<Lease> taken = acquire("relay", "host-b", expiry, expiry.plusSeconds(30));

      assertThat(taken)
          .hasValueSatisfying(
              l -> {
                assertThat(l.owner()).isEqualTo("host-b");
                assertThat(l.expiresAt()).isEqualTo(expiry.plusSeconds(30));
                assertThat(l.token()).isGreaterThan(first.token());
              });
      assertThat(leases().find("relay")).isEqualTo(taken);
      assertThat(acquire("relay", "host-a", expiry.plusSeconds(1), expiry.plusSeconds(60)))
          .as("the former owner is now refused")
          .isEmpty();
    }

    @Test
    void onlyTheOwnerReleasesALeaseAndTheNextOwnerGetsAGreaterToken() {
      Lease first = acquire("relay", "host-a", T0, expiry).orElseThrow();

      assertThat(leases().release("relay", "host-b")).isFalse();
      assertThat(leases().find("relay")).contains(first);
      assertThat(leases().release("relay", "host-a")).isTrue();
      assertThat(leases().release("relay", "host-a")).as("released already").isFalse();

      Optional<Lease> next = acquire("relay", "host-b", T0.plusSeconds(1), expiry);

      assertThat(next)
          .as("taken before the released lease's expiry")
          .hasValueSatisfying(
              l -> {
                assertThat(l.owner()).isEqualTo("host-b");
                assertThat(l.token())
                    .as("fencing token after a release")
                    .isGreaterThan(first.token());
              });
    }

    @Test
    void releasingAnUnknownLeaseReturnsFalse() {
      assertThat(leases().release("unknown", "host-a")).isFalse();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sync
  // ---------------------------------------------------------------------------------------------

  /**
   * {@link SyncRepository}: checkpoints per (shop, stream) replaced whole, the fencing check of a
   * checkpoint write against the lease's current token, and quarantined items.
   */
  @Nested
  class Sync {
    private final ShopId shop1 = ShopId.of("shop-1");
    private final Instant expiry = T0.plusSeconds(30);

    private SyncRepository sync() {
      return repo(store(), tenant, SyncRepository.class);
    }

    private void save(SyncCheckpoint checkpoint, Lease lease) {
      store().useTransaction(tenant, tx -> tx.repository(SyncRepository.class).saveCheckpoint(checkpoint, lease));
    }

    @Test
    void savedCheckpointReadsBackAndTheNextSaveReplacesIt() {
      Lease lease = acquire("shop:shop-1", "host-a", T0, expiry).orElseThrow();
      SyncCheckpoint paging =
          SyncCheckpoint.at(shop1, "orders", T0).paging(T0.minusSeconds(120), T0.plusSeconds(60), "cursor/ü+=" + "x".repeat(3000));

      save(paging, lease);
      assertThat(sync().checkpoint(shop1, "orders")).contains(paging);

      SyncCheckpoint between = SyncCheckpoint.at(shop1, "orders", T0.plusSeconds(60));
      save(between, lease);
      assertThat(sync().checkpoint(shop1, "orders")).contains(between);
      assertThat(sync().checkpoint(shop1, "listings")).isEmpty();
      assertThat(sync().checkpoint(ShopId.of("shop-2"), "orders")).isEmpty();
      assertThat(repo(store(), newTenant(), SyncRepository.class).checkpoint(shop1, "orders")).isEmpty();
    }

    @Test
    void aFormerHoldersCheckpointIsRefusedWithFencingExceptionAndNothingIsWritten() {
      Lease first = acquire("shop:shop-1", "host-a", T0, expiry).orElseThrow();
      save(SyncCheckpoint.at(shop1, "orders", T0), first);
      Lease second = acquire("shop:shop-1", "host-b", expiry, expiry.plusSeconds(30)).orElseThrow();

      assertThatThrownBy(
              () ->
                  store()
                      .useTransaction(
                          tenant,
                          tx -> {
                            tx.repository(ShopRepository.class).insert(shop("shop-9"));
                            tx.repository(SyncRepository.class)
                                .saveCheckpoint(SyncCheckpoint.at(shop1, "orders", expiry), first);
                          }))
          .isInstanceOf(FencingException.class)
          .hasMessageContaining("shop:shop-1");

      assertThat(sync().checkpoint(shop1, "orders")).contains(SyncCheckpoint.at(shop1, "orders", T0));
      assertThat(repo(store(), tenant, ShopRepository.class).find(ShopId.of("shop-9"))).isEmpty();
      save(SyncCheckpoint.at(shop1, "orders", expiry), second);
      assertThat(sync().checkpoint(shop1, "orders")).contains(SyncCheckpoint.at(shop1, "orders", expiry));
    }

    @Test
    void aCheckpointWithoutItsLeaseIsRefused() {
      Lease never = new Lease("shop:shop-1", "host-a", 1, expiry);

      assertThatThrownBy(() -> save(SyncCheckpoint.at(shop1, "orders", T0), never))
          .isInstanceOf(FencingException.class);
      assertThat(sync().checkpoint(shop1, "orders")).isEmpty();
    }

    @Test
    void aLeaseReleasedAndRetakenByTheSameOwnerFencesItsEarlierToken() {
      Lease first = acquire("shop:shop-1", "host-a", T0, expiry).orElseThrow();
      leases().release("shop:shop-1", "host-a");
      Lease again = acquire("shop:shop-1", "host-a", T0.plusSeconds(1), expiry).orElseThrow();

      assertThatThrownBy(() -> save(SyncCheckpoint.at(shop1, "orders", T0), first))
          .isInstanceOf(FencingException.class);
      save(SyncCheckpoint.at(shop1, "orders", T0), again);
      assertThat(sync().checkpoint(shop1, "orders")).isPresent();
    }

    @Test
    void quarantinedItemsAreKeptPerShopAndStreamReplacedByItemIdAndReleased() {
      QuarantinedItem b = new QuarantinedItem(shop1, "orders", "B-2", "InvalidInputException: x", T0);
      QuarantinedItem a = new QuarantinedItem(shop1, "orders", "A-1", "InvalidInputException: y", T0);
      QuarantinedItem other = new QuarantinedItem(ShopId.of("shop-2"), "orders", "A-1", "e", T0);
      QuarantinedItem listing = new QuarantinedItem(shop1, "listings", "A-1", "e", T0);
      store()
          .useTransaction(
              tenant,
              tx -> {
                SyncRepository repo = tx.repository(SyncRepository.class);
                for (QuarantinedItem item : List.of(b, a, other, listing)) {
                  repo.quarantine(item);
                }
              });
      QuarantinedItem again = new QuarantinedItem(shop1, "orders", "B-2", "InvalidInputException: z", T0.plusSeconds(5));
      sync().quarantine(again);

      assertThat(sync().quarantined(shop1, "orders", 10)).containsExactly(a, again);
      assertThat(sync().quarantined(shop1, "orders", 1)).containsExactly(a);
      assertThat(sync().release(shop1, "orders", "A-1")).isTrue();
      assertThat(sync().release(shop1, "orders", "A-1")).isFalse();
      assertThat(sync().quarantined(shop1, "orders", 10)).containsExactly(again);
      assertThat(sync().quarantined(ShopId.of("shop-2"), "orders", 10)).containsExactly(other);
      assertThat(sync().quarantined(shop1, "listings", 10)).containsExactly(listing);
      assertThat(repo(store(), newTenant(), SyncRepository.class).quarantined(shop1, "orders", 10)).isEmpty();
    }

    @Test
    void anOverlongErrorIsCutToTheLimit() {
      QuarantinedItem item = new QuarantinedItem(shop1, "orders", "A-1", "e".repeat(5000), T0);
      sync().quarantine(item);

      assertThat(sync().quarantined(shop1, "orders", 10))
          .singleElement()
          .satisfies(q -> assertThat(q.error()).hasSize(QuarantinedItem.MAX_ERROR));
    }
  }

  /** {@link TrackingUploadRepository}: one job per shipment, versioned claims, due and state queries. */
  @Nested
  class TrackingUploads {
    private final ShopId shop1 = ShopId.of("shop-1");

    private TrackingUploadRepository uploads() {
      return repo(store(), tenant, TrackingUploadRepository.class);
    }

    private UploadJob job(String shipment, String order, Instant due) {
      return UploadJob.pending(ShipmentId.of(shipment), OrderId.of(order), shop1, "ChinaPost", "LK712930585CN", due);
    }

    private boolean insertIfAbsent(UploadJob job) {
      return store().inTransaction(tenant, tx -> tx.repository(TrackingUploadRepository.class).insertIfAbsent(job));
    }

    private UploadJob insert(UploadJob job) {
      assertThat(insertIfAbsent(job)).isTrue();
      return uploads().find(job.shipmentId()).orElseThrow();
    }

    private UploadJob update(UploadJob job) {
      return store().inTransaction(tenant, tx -> tx.repository(TrackingUploadRepository.class).update(job));
    }

    @Test
    void aJobReadsBackWithItsProblemsAndASecondInsertForTheShipmentIsRefused() {
      UploadJob stored = insert(job("shp-1", "ord-1", T0));
      assertThat(stored).isEqualTo(job("shp-1", "ord-1", T0));

      UploadProblem problem =
          new UploadProblem(UploadProblem.Source.PLATFORM, "carrierCode", "INVALID_CARRIER", "carrier « 中国邮政 » unknown");
      UploadJob failed =
          update(update(stored.claim(T0, Duration.ofMinutes(5))).rejected(List.of(problem)));

      assertThat(uploads().find(ShipmentId.of("shp-1"))).contains(failed);
      assertThat(failed.version()).isEqualTo(2);
      assertThat(failed.problems()).containsExactly(problem);
      assertThat(failed.attempts()).isEqualTo(1);
      assertThat(insertIfAbsent(job("shp-1", "ord-9", T0))).isFalse();
      assertThat(uploads().find(ShipmentId.of("shp-1")).orElseThrow().orderId()).isEqualTo(OrderId.of("ord-1"));
      assertThat(repo(store(), newTenant(), TrackingUploadRepository.class).find(ShipmentId.of("shp-1"))).isEmpty();
    }

    @Test
    void anUpdateAtAStaleVersionIsAConflictAndWritesNothing() {
      UploadJob stored = insert(job("shp-1", "ord-1", T0));
      UploadJob claimed = update(stored.claim(T0, Duration.ofMinutes(5)));

      assertThatThrownBy(() -> update(stored.claim(T0, Duration.ofMinutes(1))))
          .isInstanceOf(ConcurrentUpdateException.class);
      assertThat(uploads().find(ShipmentId.of("shp-1"))).contains(claimed);
      assertThatThrownBy(() -> update(job("shp-404", "ord-1", T0))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void dueListsPendingJobsWhoseTimeCameAndSendingJobsWhoseLeaseRanOutByDueTime() {
      Instant now = T0.plusSeconds(600);
      insert(job("shp-late", "ord-1", now.plusSeconds(1)));
      UploadJob pending = insert(job("shp-pending", "ord-1", T0.plusSeconds(10)));
      UploadJob expired = update(insert(job("shp-expired", "ord-2", T0)).claim(T0, Duration.ofSeconds(60)));
      update(insert(job("shp-live", "ord-2", T0)).claim(now.minusSeconds(1), Duration.ofSeconds(60)));
      UploadJob failed =
          update(update(insert(job("shp-failed", "ord-3", T0)).claim(T0, Duration.ofSeconds(1))).refused(List.of(
              new UploadProblem(UploadProblem.Source.PRE_CHECK, "trackingNumber", "TrackingNumberInvalid", "bad"))));

      assertThat(uploads().due(now, 10)).containsExactly(expired, pending);
      assertThat(uploads().due(now, 1)).containsExactly(expired);
      assertThat(uploads().inState(UploadState.FAILED, 10)).containsExactly(failed);
      assertThat(uploads().inState(UploadState.SENDING, 10)).hasSize(2);
      assertThat(uploads().byOrder(OrderId.of("ord-2")))
          .extracting(j -> j.shipmentId().value())
          .containsExactly("shp-expired", "shp-live");
    }

    @Test
    void ofManyConcurrentClaimsOfOneJobExactlyOneCommits() throws Exception {
      insert(job("shp-1", "ord-1", T0));
      int threads = 6;
      ExecutorService pool = Executors.newFixedThreadPool(threads, DAEMONS);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Store s = i % 2 == 0 ? store() : secondInstance();
          claims.add(
              pool.submit(
                  () -> {
                    start.await();
                    return s.inTransaction(
                        tenant,
                        tx -> {
                          TrackingUploadRepository repo = tx.repository(TrackingUploadRepository.class);
                          Optional<UploadJob> due = repo.find(ShipmentId.of("shp-1")).filter(j -> j.isDue(T0));
                          due.ifPresent(j -> repo.update(j.claim(T0, Duration.ofMinutes(5))));
                          return due.isPresent();
                        });
                  }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
          won += claim.get(WAIT_SECONDS, SECONDS) ? 1 : 0;
        }
        assertThat(won).isEqualTo(1);
        assertThat(uploads().find(ShipmentId.of("shp-1")).orElseThrow().version()).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Listings
  // ---------------------------------------------------------------------------------------------

  /**
   * {@link ListingRepository}: listings keyed by (shop, seller SKU) with optimistic versions,
   * filtered and keyset-paged lists, the listings of a SKU, templates, the pairing table, tenant
   * isolation and rollback.
   */
  /**
   * What platform writes on the lease holder rely on: the durable stock push queue ({@link
   * StockPushQueueRepository}), the lease fence of a job's completion, and a shop's due upload jobs.
   */
  @Nested
  class PlatformWrites {
    private final ShopId shop1 = ShopId.of("shop-1");
    private final ShopId shop2 = ShopId.of("shop-2");

    private StockPushQueueRepository queue() {
      return repo(store(), tenant, StockPushQueueRepository.class);
    }

    @Test
    void queueingAgainBumpsTheSequenceAndOnlyTheLatestEntryIsRemoved() {
      queue().mark(shop1, "MUG-B", T0);
      queue().mark(shop1, "MUG-A", T0);
      queue().mark(shop2, "MUG-A", T0);
      QueuedPush read = queue().pending(shop1, null, 10).get(1);
      queue().mark(shop1, "MUG-B", T0.plusSeconds(5));

      assertThat(queue().pending(shop1, null, 10))
          .extracting(QueuedPush::sellerSku, QueuedPush::seq, QueuedPush::queuedAt)
          .containsExactly(tuple("MUG-A", 1L, T0), tuple("MUG-B", 2L, T0.plusSeconds(5)));
      assertThat(queue().pending(shop1, "MUG-A", 10)).extracting(QueuedPush::sellerSku).containsExactly("MUG-B");
      assertThat(queue().pending(shop1, null, 1)).extracting(QueuedPush::sellerSku).containsExactly("MUG-A");
      assertThat(queue().remove(read)).as("queued again since it was read").isFalse();
      assertThat(queue().remove(queue().pending(shop1, "MUG-A", 1).get(0))).isTrue();
      assertThat(queue().pending(shop1, null, 10)).extracting(QueuedPush::sellerSku).containsExactly("MUG-A");
      assertThat(queue().pending(shop2, null, 10)).extracting(QueuedPush::sellerSku).containsExactly("MUG-A");
      assertThat(repo(store(), newTenant(), StockPushQueueRepository.class).pending(shop1, null, 10)).isEmpty();
    }

    @Test
    void theFencePassesForTheHolderAndRefusesAFormerHolderOrAnAbsentLease() {
      LeaseRepository leases = repo(store(), tenant, LeaseRepository.class);
      Lease held = leases.tryAcquire("shop:shop-1", "host-a", T0, T0.plusSeconds(30)).orElseThrow();

      store().useTransaction(tenant, tx -> tx.repository(LeaseRepository.class).fence(held));
      Lease taken = leases.tryAcquire("shop:shop-1", "host-b", T0.plusSeconds(30), T0.plusSeconds(60)).orElseThrow();

      assertThatThrownBy(() -> store().useTransaction(tenant, tx -> tx.repository(LeaseRepository.class).fence(held)))
          .isInstanceOf(FencingException.class);
      store().useTransaction(tenant, tx -> tx.repository(LeaseRepository.class).fence(taken));
      assertThatThrownBy(() -> store().useTransaction(newTenant(), tx -> tx.repository(LeaseRepository.class).fence(taken)))
          .isInstanceOf(FencingException.class);
    }

    @Test
    void aShopsDueUploadJobsAreOnlyItsOwn() {
      TrackingUploadRepository uploads = repo(store(), tenant, TrackingUploadRepository.class);
      store().useTransaction(tenant, tx -> {
        TrackingUploadRepository repo = tx.repository(TrackingUploadRepository.class);
        repo.insertIfAbsent(UploadJob.pending(ShipmentId.of("shp-1"), OrderId.of("ord-1"), shop1, "ChinaPost", "LK712930585CN", T0));
        repo.insertIfAbsent(UploadJob.pending(ShipmentId.of("shp-2"), OrderId.of("ord-2"), shop2, "ChinaPost", "LK712930585CN", T0));
        repo.insertIfAbsent(UploadJob.pending(ShipmentId.of("shp-3"), OrderId.of("ord-3"), shop1, "ChinaPost", "LK712930585CN", T0.plusSeconds(60)));
      });

      assertThat(uploads.due(shop1, T0, 10)).extracting(j -> j.shipmentId().value()).containsExactly("shp-1");
      assertThat(uploads.due(shop1, T0.plusSeconds(60), 10)).extracting(j -> j.shipmentId().value()).containsExactly("shp-1", "shp-3");
      assertThat(uploads.due(shop2, T0.plusSeconds(60), 10)).extracting(j -> j.shipmentId().value()).containsExactly("shp-2");
    }
  }

  @Nested
  class Listings {
    private final ShopId shop1 = ShopId.of("shop-1");

    @Test
    void insertedListingReadsBackEqualAtVersionZero() {
      Listing full = listing("shop-1", "MUG-1");
      Listing draft = Listing.draft(shop1, "MUG-2", T0);

      listings().insert(full);
      listings().insert(draft);

      assertThat(listings().find(shop1, "MUG-1")).contains(full.withVersion(0));
      assertThat(listings().find(shop1, "MUG-2")).contains(draft);
      assertThat(listings().find(ShopId.of("shop-2"), "MUG-1")).isEmpty();
      assertThat(listings().find(shop1, "MUG-3")).isEmpty();
    }

    @Test
    void attributeValuesKeepTheirJavaTypes() {
      Listing full = listing("shop-1", "MUG-1");
      listings().insert(full);

      Map<String, Object> read = listings().find(shop1, "MUG-1").orElseThrow().attributes();

      assertThat(read.get("item_weight_grams")).isInstanceOf(Long.class).isEqualTo(350L);
      assertThat(read.get("number_of_items")).isInstanceOf(Integer.class).isEqualTo(2);
      assertThat(read.get("list_price")).isEqualTo(new BigDecimal("19.90"));
      assertThat(read).isEqualTo(full.attributes());
    }

    @Test
    void refusesASecondListingOfTheSameShopAndSellerSku() {
      listings().insert(listing("shop-1", "MUG-1"));

      assertDuplicate("sellerSku", () -> listings().insert(Listing.draft(shop1, "MUG-1", T0)));
      listings().insert(Listing.draft(ShopId.of("shop-2"), "MUG-1", T0));

      assertThat(listings().find(shop1, "MUG-1")).contains(listing("shop-1", "MUG-1").withVersion(0));
      assertThat(listings().find(ShopId.of("shop-2"), "MUG-1"))
          .contains(Listing.draft(ShopId.of("shop-2"), "MUG-1", T0));
    }

    @Test
    void updateStoresTheListingAndReturnsItAtTheNextVersion() {
      listings().insert(Listing.draft(shop1, "MUG-1", T0));
      Listing change = listing("shop-1", "MUG-1").withVersion(0);

      Listing updated = listings().update(change);
      Listing cleared =
          updated.toBuilder()
              .status(ListingStatus.INACTIVE)
              .paired(null, null)
              .pending(null)
              .seen(null)
              .lastError(null)
              .price(null, null)
              .build();
      Listing again = listings().update(cleared);

      assertThat(updated).isEqualTo(change.withVersion(1));
      assertThat(again).isEqualTo(cleared.withVersion(2));
      assertThat(listings().find(shop1, "MUG-1")).contains(again);
    }

    @Test
    void updateWithAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
      Listing draft = Listing.draft(shop1, "MUG-1", T0);
      listings().insert(draft);
      Listing current = listings().update(draft.toBuilder().status(ListingStatus.SUBMITTED).build());

      assertThatThrownBy(
              () -> listings().update(draft.toBuilder().status(ListingStatus.REJECTED).build()))
          .isInstanceOf(ConcurrentUpdateException.class);

      assertThat(listings().find(shop1, "MUG-1")).contains(current);
    }

    @Test
    void updateOfAMissingListingIsNotFound() {
      listings().insert(Listing.draft(ShopId.of("shop-2"), "MUG-1", T0));

      assertThatThrownBy(() -> listings().update(listing("shop-1", "MUG-1")))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.field()).isEqualTo("sellerSku"));
      assertThat(listings().find(shop1, "MUG-1")).isEmpty();
    }

    @Test
    void retriesAnUpdateThatLostToAnotherInstanceBetweenItsReadAndWrite() {
      listings().insert(Listing.draft(shop1, "MUG-1", T0).toBuilder().quantity(0L).build());
      AtomicInteger attempts = new AtomicInteger();

      Listing result =
          store()
              .inTransaction(
                  tenant,
                  tx -> {
                    int attempt = attempts.incrementAndGet();
                    ListingRepository mine = tx.repository(ListingRepository.class);
                    Listing read = mine.find(shop1, "MUG-1").orElseThrow();
                    if (attempt == 1) {
                      onAnotherThread(
                          () ->
                              repo(secondInstance(), tenant, ListingRepository.class)
                                  .update(read.toBuilder().quantity(10L).build()));
                    }
                    return mine.update(read.toBuilder().quantity(read.quantity() + 1).build());
                  });

      assertThat(attempts).hasValue(2);
      assertThat(result.quantity()).isEqualTo(11L);
      assertThat(result.version()).isEqualTo(2);
      assertThat(listings().find(shop1, "MUG-1")).contains(result);
    }

    @Test
    void readModifyWriteFromManyThreadsOnTwoInstancesLosesNoUpdate() {
      int threads = 8;
      int perThread = 5;
      listings().insert(Listing.draft(shop1, "MUG-1", T0).toBuilder().quantity(0L).build());

      concurrently(
          threads,
          thread -> {
            for (int n = 0; n < perThread; n++) {
              addOneUntilItSticks(instance(thread));
            }
            return null;
          });

      Listing stored = listings().find(shop1, "MUG-1").orElseThrow();
      assertThat(stored.quantity()).isEqualTo((long) threads * perThread);
      assertThat(stored.version()).isEqualTo((long) threads * perThread);
    }

    @Test
    void listsWithEachFilterInShopAndSellerSkuOrderAcrossPages() {
      List<Listing> all = givenQueryableListings();
      ShopId shop10 = ShopId.of("shop-10");
      Map<ListingQuery, Integer> queries = new LinkedHashMap<>();
      queries.put(ListingQuery.all(), 15);
      queries.put(ListingQuery.all().withShop(shop1), 5);
      queries.put(ListingQuery.all().withShop(shop10), 5);
      queries.put(ListingQuery.all().withShop(ShopId.of("shop-3")), 0);
      queries.put(ListingQuery.all().withStatuses(Set.of(ListingStatus.LIVE)), 3);
      queries.put(
          ListingQuery.all().withStatuses(Set.of(ListingStatus.DRAFT, ListingStatus.REJECTED)), 6);
      queries.put(ListingQuery.all().withPendingOnly(), 4);
      queries.put(
          ListingQuery.all()
              .withShop(shop10)
              .withStatuses(Set.of(ListingStatus.SUBMITTED, ListingStatus.INACTIVE))
              .withPendingOnly(),
          1);

      queries.forEach(
          (query, count) -> {
            List<String> expected =
                all.stream()
                    .filter(query::matches)
                    .sorted(
                        Comparator.comparing((Listing l) -> l.shop().value())
                            .thenComparing(Listing::sellerSku))
                    .map(StoreContract::key)
                    .collect(Collectors.toList());
            assertThat(expected).as("fixture listings matching %s", query).hasSize(count);
            assertPages(expected, StoreContract::key, request -> listings().list(query, request));
          });

      Page<Listing> fourteen = listings().list(ListingQuery.all(), PageRequest.first(14));
      Page<Listing> pastTheShop =
          listings().list(ListingQuery.all().withShop(shop1), PageRequest.first(5).next(fourteen));
      assertThat(pastTheShop.items()).as("a cursor past the shop's listings").isEmpty();
      assertThat(pastTheShop.hasNext()).isFalse();
    }

    @Test
    void findsTheListingsPairedWithASkuAndFollowsRepairing() {
      listings().insert(listing("shop-2", "MUG-1"));
      listings().insert(listing("shop-1", "MUG-2"));
      listings().insert(paired("shop-1", "MUG-3", "SKU-B"));
      listings().insert(paired("shop-1", "MUG-4", "SKU-AB"));
      listings().insert(Listing.draft(shop1, "MUG-5", T0));

      assertThat(listings().bySku(SkuCode.of("SKU-A")))
          .containsExactly(
              listing("shop-1", "MUG-2").withVersion(0), listing("shop-2", "MUG-1").withVersion(0));
      assertThat(listings().bySku(SkuCode.of("SKU-B"))).extracting(StoreContract::key)
          .containsExactly("shop-1/MUG-3");
      assertThat(listings().bySku(SkuCode.of("SKU-C"))).isEmpty();

      Listing moved =
          listings()
              .update(
                  listings().find(ShopId.of("shop-2"), "MUG-1").orElseThrow().toBuilder()
                      .paired(SkuCode.of("SKU-B"), PairingMethod.MAPPING)
                      .build());
      listings()
          .update(
              listings().find(shop1, "MUG-2").orElseThrow().toBuilder().paired(null, null).build());

      assertThat(listings().bySku(SkuCode.of("SKU-A"))).isEmpty();
      assertThat(listings().bySku(SkuCode.of("SKU-B"))).extracting(StoreContract::key)
          .containsExactly("shop-1/MUG-3", "shop-2/MUG-1");
      assertThat(listings().bySku(SkuCode.of("SKU-B"))).contains(moved);
      assertThat(listings().bySku(SkuCode.of("SKU-AB"))).extracting(StoreContract::key)
          .containsExactly("shop-1/MUG-4");
    }

    @Test
    void templatesRoundTripEveryMappingKindAndSaveReplacesThem() {
      ListingTemplate b = template("tpl-b", PlatformId.AMAZON);
      ListingTemplate a = template("tpl-a", PlatformId.AMAZON);
      ListingTemplate c = template("tpl-c", PlatformId.EBAY);
      listings().saveTemplate(b);
      listings().saveTemplate(c);
      listings().saveTemplate(a);

      assertThat(listings().template("tpl-b"))
          .hasValueSatisfying(
              t -> {
                assertThat(t).isEqualTo(b);
                assertThat(t.attributes().keySet())
                    .as("attributes in rendering order")
                    .containsExactlyElementsOf(b.attributes().keySet());
              });
      assertThat(listings().template("tpl-x")).isEmpty();
      assertThat(listings().templates(PlatformId.AMAZON)).containsExactly(a, b);
      assertThat(listings().templates(PlatformId.EBAY)).containsExactly(c);
      assertThat(listings().templates(PlatformId.of("walmart"))).isEmpty();

      ListingTemplate moved =
          new ListingTemplate(
              "tpl-b",
              PlatformId.EBAY,
              null,
              "Mugs",
              Map.of("title", AttributeMapping.field("product.title")),
              Set.of(),
              null);
      listings().saveTemplate(moved);

      assertThat(listings().template("tpl-b")).contains(moved);
      assertThat(listings().templates(PlatformId.AMAZON)).containsExactly(a);
      assertThat(listings().templates(PlatformId.EBAY)).containsExactly(moved, c);
    }

    @Test
    void pairingTableSavesReplacesAndFinds() {
      listings().saveMapping(shop1, "MUG-1", SkuCode.of("SKU-A"));
      listings().saveMapping(ShopId.of("shop-2"), "MUG-1", SkuCode.of("SKU-B"));

      assertThat(listings().mapping(shop1, "MUG-1")).contains(SkuCode.of("SKU-A"));
      assertThat(listings().mapping(ShopId.of("shop-2"), "MUG-1")).contains(SkuCode.of("SKU-B"));
      assertThat(listings().mapping(shop1, "MUG-2")).isEmpty();

      listings().saveMapping(shop1, "MUG-1", SkuCode.of("SKU-C"));

      assertThat(listings().mapping(shop1, "MUG-1")).contains(SkuCode.of("SKU-C"));
      assertThat(listings().mapping(ShopId.of("shop-2"), "MUG-1")).contains(SkuCode.of("SKU-B"));
    }

    @Test
    void listingsTemplatesAndMappingsOfOneTenantAreInvisibleAndUnmodifiableToAnother() {
      TenantId other = newTenant();
      Listing mine = listing("shop-1", "MUG-1").withVersion(0);
      listings().insert(mine);
      listings().saveTemplate(template("tpl-1", PlatformId.AMAZON));
      listings().saveMapping(shop1, "MUG-1", SkuCode.of("SKU-A"));

      ListingRepository theirs = listings(other);
      assertThat(theirs.find(shop1, "MUG-1")).isEmpty();
      assertThat(theirs.list(ListingQuery.all(), PageRequest.first(10)).items()).isEmpty();
      assertThat(theirs.bySku(SkuCode.of("SKU-A"))).isEmpty();
      assertThat(theirs.template("tpl-1")).isEmpty();
      assertThat(theirs.templates(PlatformId.AMAZON)).isEmpty();
      assertThat(theirs.mapping(shop1, "MUG-1")).isEmpty();
      assertThatThrownBy(() -> theirs.update(mine)).isInstanceOf(NotFoundException.class);

      theirs.insert(Listing.draft(shop1, "MUG-1", T0));
      ListingTemplate replaced = template("tpl-1", PlatformId.EBAY);
      theirs.saveTemplate(replaced);
      theirs.saveMapping(shop1, "MUG-1", SkuCode.of("SKU-B"));

      assertThat(listings().find(shop1, "MUG-1")).contains(mine);
      assertThat(listings().template("tpl-1")).contains(template("tpl-1", PlatformId.AMAZON));
      assertThat(listings().mapping(shop1, "MUG-1")).contains(SkuCode.of("SKU-A"));
      assertThat(theirs.find(shop1, "MUG-1")).contains(Listing.draft(shop1, "MUG-1", T0));
      assertThat(theirs.template("tpl-1")).contains(replaced);
    }

    @Test
    void transactionSeesItsOwnListingWritesAndRollbackLeavesNoneOfThem() {
      Listing kept = Listing.draft(shop1, "MUG-0", T0);
      listings().insert(kept);
      ListingTemplate template = template("tpl-1", PlatformId.AMAZON);
      RuntimeException failure = new IllegalStateException("callback failed");

      assertThatThrownBy(
              () ->
                  store()
                      .useTransaction(
                          tenant,
                          tx -> {
                            ListingRepository repo = tx.repository(ListingRepository.class);
                            repo.insert(listing("shop-1", "MUG-1"));
                            Listing changed =
                                repo.update(kept.toBuilder().paired(SkuCode.of("SKU-A"), PairingMethod.SELLER_SKU).build());
                            repo.saveTemplate(template);
                            repo.saveMapping(shop1, "MUG-2", SkuCode.of("SKU-B"));
                            assertThat(repo.list(ListingQuery.all(), PageRequest.first(10)).items())
                                .extracting(StoreContract::key)
                                .containsExactly("shop-1/MUG-0", "shop-1/MUG-1");
                            assertThat(repo.bySku(SkuCode.of("SKU-A")))
                                .containsExactly(changed, listing("shop-1", "MUG-1").withVersion(0));
                            assertThat(repo.template("tpl-1")).contains(template);
                            assertThat(repo.templates(PlatformId.AMAZON)).containsExactly(template);
                            assertThat(repo.mapping(shop1, "MUG-2")).contains(SkuCode.of("SKU-B"));
                            throw failure;
                          }))
          .isSameAs(failure);

      assertThat(listings().list(ListingQuery.all(), PageRequest.first(10)).items())
          .containsExactly(kept);
      assertThat(listings().bySku(SkuCode.of("SKU-A"))).isEmpty();
      assertThat(listings().template("tpl-1")).isEmpty();
      assertThat(listings().templates(PlatformId.AMAZON)).isEmpty();
      assertThat(listings().mapping(shop1, "MUG-2")).isEmpty();
    }

    /**
     * Fifteen listings over shop-1, shop-10 and shop-2 (so that a shop id that prefixes another
     * is filtered exactly), every status three times, every fourth one pending, inserted in a
     * shuffled order.
     */
    private List<Listing> givenQueryableListings() {
      List<Listing> all = new ArrayList<>();
      List<String> shopIds = List.of("shop-1", "shop-10", "shop-2");
      ListingStatus[] statuses = ListingStatus.values();
      for (int i = 0; i < 15; i++) {
        Listing.Builder b =
            Listing.draft(ShopId.of(shopIds.get(i % 3)), String.format("MUG-%02d", i), T0)
                .toBuilder()
                .status(statuses[i % statuses.length]);
        if (i % 4 == 0) {
          b.pending(new PendingSubmission("sub-" + i, true, T0));
        }
        all.add(b.build());
      }
      for (Listing l : shuffled(all)) {
        listings().insert(l);
      }
      return all;
    }

    private Listing paired(String shop, String sellerSku, String sku) {
      return Listing.draft(ShopId.of(shop), sellerSku, T0).toBuilder()
          .paired(SkuCode.of(sku), PairingMethod.MAPPING)
          .build();
    }

    private void addOneUntilItSticks(Store instance) {
      while (true) {
        try {
          instance.useTransaction(
              tenant,
              tx -> {
                ListingRepository repo = tx.repository(ListingRepository.class);
                Listing current = repo.find(shop1, "MUG-1").orElseThrow();
                repo.update(current.toBuilder().quantity(current.quantity() + 1).build());
              });
          return;
        } catch (ConcurrentUpdateException exhausted) {
          // The store gave up after its bounded attempts; the addition did not happen. Try again.
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tenant isolation
  // ---------------------------------------------------------------------------------------------

  /** Everything written under one tenant is invisible and unmodifiable under another. */
  @Nested
  class TenantIsolation {
    private final TenantId other = newTenant();

    @Test
    void catalogOfOneTenantIsInvisibleAndUnmodifiableToAnother() {
      Product mine = product("prod-1", "SKU-A");
      catalog().insertProduct(mine);
      Bundle bundle =
          new Bundle(
              SkuCode.of("BUNDLE-1"),
              "Pair",
              List.of(new Bundle.Component(SkuCode.of("SKU-A"), Quantity.of(2))));
      catalog().saveBundle(bundle);

      assertThat(catalog(other).findProduct(ProductId.of("prod-1"))).isEmpty();
      assertThat(catalog(other).findSku(SkuCode.of("SKU-A"))).isEmpty();
      assertThat(catalog(other).findBundle(SkuCode.of("BUNDLE-1"))).isEmpty();
      assertThat(catalog(other).products(PageRequest.first(10)).items()).isEmpty();
      assertThatThrownBy(
              () -> catalog(other).updateProduct(mine.toBuilder().title("Theirs").build()))
          .isInstanceOf(NotFoundException.class);

      Product theirs = product("prod-1", "SKU-A").toBuilder().title("Theirs").build();
      catalog(other).insertProduct(theirs);
      catalog(other).saveBundle(new Bundle(SkuCode.of("BUNDLE-1"), "Theirs", bundle.components()));

      assertThat(catalog().findProduct(ProductId.of("prod-1")))
          .hasValueSatisfying(p -> assertSameProduct(p, mine));
      assertThat(catalog().findBundle(SkuCode.of("BUNDLE-1"))).contains(bundle);
      assertThat(catalog(other).findProduct(ProductId.of("prod-1")))
          .hasValueSatisfying(p -> assertSameProduct(p, theirs));
    }

    @Test
    void shopsAndWarehousesOfOneTenantAreInvisibleAndUnmodifiableToAnother() {
      shops().insert(shop("shop-1"));
      warehouses().save(warehouse("wh-1"));

      assertThat(shops(other).find(ShopId.of("shop-1"))).isEmpty();
      assertThat(shops(other).list(PageRequest.first(10)).items()).isEmpty();
      assertThatThrownBy(() -> shops(other).update(shop("shop-1").withStatus(ShopStatus.CLOSED)))
          .isInstanceOf(NotFoundException.class);
      assertThat(warehouses(other).find(WarehouseId.of("wh-1"))).isEmpty();
      assertThat(warehouses(other).list(PageRequest.first(10)).items()).isEmpty();

      shops(other).insert(shop("shop-1").withStatus(ShopStatus.PAUSED));
      Warehouse theirs =
          new Warehouse(
              WarehouseId.of("wh-1"),
              "Theirs",
              "DE",
              WarehouseKind.OVERSEAS_3PL,
              ZoneId.of("Europe/Berlin"));
      warehouses(other).save(theirs);

      assertThat(shops().find(ShopId.of("shop-1"))).contains(shop("shop-1"));
      assertThat(warehouses().find(WarehouseId.of("wh-1"))).contains(warehouse("wh-1"));
      assertThat(warehouses(other).find(WarehouseId.of("wh-1"))).contains(theirs);
    }

    @Test
    void ordersAndBuyerDataOfOneTenantAreInvisibleAndUnmodifiableToAnother() {
      givenShops("shop-1");
      Order mine = order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0);
      orders().insert(mine);
      orders().saveBuyer(mine.id(), buyer("Jane Roe"));

      assertThat(orders(other).find(mine.id())).isEmpty();
      assertThat(orders(other).findByPlatformOrderId(ShopId.of("shop-1"), "111-0000001")).isEmpty();
      assertThat(orders(other).find(OrderQuery.all(), PageRequest.first(10)).items()).isEmpty();
      assertThat(orders(other).findBuyer(mine.id())).isEmpty();
      assertThat(orders(other).eraseBuyer(mine.id())).isFalse();
      assertThatThrownBy(() -> orders(other).update(mine.changeStatus(OrderStatus.CANCELLED)))
          .isInstanceOf(NotFoundException.class);

      shops(other).insert(shop("shop-1"));
      Order theirs =
          order(OrderId.of("ord-1"), ShopId.of("shop-1"), "111-0000001", T0.plusSeconds(60));
      orders(other).insert(theirs);
      orders(other).saveBuyer(theirs.id(), buyer("Max Muster"));

      assertThat(orders().find(mine.id())).hasValueSatisfying(o -> assertSameOrder(o, mine));
      assertThat(orders().findBuyer(mine.id())).contains(buyer("Jane Roe"));
      assertThat(orders(other).find(theirs.id()))
          .hasValueSatisfying(o -> assertSameOrder(o, theirs));
      assertThat(orders(other).findBuyer(theirs.id())).contains(buyer("Max Muster"));
    }

    @Test
    void inventoryOfOneTenantIsInvisibleAndUnmodifiableToAnother() {
      givenSkusAndWarehouses();
      Movement receipt = movement("m1", "SKU-A", "wh-1", MovementType.RECEIPT, onHand(5), T0);
      assertThat(apply(receipt)).isTrue();
      inventory().insertReservation(reservation("shp-1/L1", 2));
      SkuCode sku = SkuCode.of("SKU-A");
      WarehouseId wh = WarehouseId.of("wh-1");

      assertThat(inventory(other).level(sku, wh)).isEmpty();
      assertThat(inventory(other).levels(sku)).isEmpty();
      assertThat(inventory(other).movement("m1")).isEmpty();
      assertThat(inventory(other).movements(sku, wh, PageRequest.first(10)).items()).isEmpty();
      assertThat(inventory(other).reservation("shp-1/L1")).isEmpty();
      assertThat(inventory(other).closeReservation("shp-1/L1", Reservation.State.RELEASED))
          .isFalse();

      givenSkusAndWarehouses(other);
      assertThat(
              inventory(other)
                  .apply(movement("m2", "SKU-A", "wh-1", MovementType.ADJUSTMENT, onHand(-1), T0)))
          .as("taking from another tenant's stock")
          .isFalse();
      assertThat(
              inventory(other)
                  .apply(movement("m1", "SKU-A", "wh-1", MovementType.RECEIPT, onHand(9), T0)))
          .isTrue();
      inventory(other).insertReservation(reservation("shp-1/L1", 7));

      assertThat(inventory().level(sku, wh)).contains(new StockLevel(sku, wh, 5, 0, 0, 0, 0));
      assertThat(inventory().movements(sku, wh, PageRequest.first(10)).items())
          .containsExactly(receipt);
      assertThat(inventory().reservation("shp-1/L1")).contains(reservation("shp-1/L1", 2));
      assertThat(inventory(other).level(sku, wh)).contains(new StockLevel(sku, wh, 9, 0, 0, 0, 0));
      assertThat(inventory(other).reservation("shp-1/L1")).contains(reservation("shp-1/L1", 7));
    }

    @Test
    void outboxOfOneTenantIsInvisibleAndUntouchedByAnother() {
      outbox().append(event(tenant, "evt-1", "ord-1", T0));
      long position = pendingOf("relay").get(0).position();
      outbox().markFailed("listener-a", position, 5, T0, "IOException: gone", true);

      assertThat(outbox(other).pending("relay", 10)).isEmpty();
      assertThat(outbox(other).deadLetters("listener-a", 10)).isEmpty();
      // Positions of another tenant's events are not this tenant's to mark: a store may ignore the
      // mark or refuse it, but it must not change the other tenant's delivery state.
      ignoringRefusal(() -> outbox(other).markDelivered("relay", position));
      ignoringRefusal(() -> outbox(other).markFailed("listener-b", position, 5, T0, "x", true));
      assertThat(outbox(other).prune(T0.plus(Duration.ofDays(1)), List.of("relay"))).isZero();

      assertThat(pendingOf("relay")).extracting(OutboxEntry::position).containsExactly(position);
      assertThat(pendingOf("listener-b"))
          .extracting(OutboxEntry::position)
          .containsExactly(position);
      assertThat(outbox().deadLetters("listener-a", 10)).hasSize(1);
    }

    @Test
    void leasesOfOneTenantAreInvisibleAndUntouchedByAnother() {
      Lease mine = acquire("relay", "host-a", T0, T0.plusSeconds(30)).orElseThrow();

      assertThat(leases(other).find("relay")).isEmpty();
      assertThat(leases(other).release("relay", "host-a")).isFalse();
      assertThat(leases(other).tryAcquire("relay", "host-b", T0, T0.plusSeconds(30)))
          .as("the same lease name in another tenant is another lease")
          .hasValueSatisfying(l -> assertThat(l.owner()).isEqualTo("host-b"));

      assertThat(leases().find("relay")).contains(mine);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Concurrency at the repository level
  // ---------------------------------------------------------------------------------------------

  /**
   * The repositories' conditional writes under real concurrency, from threads spread over {@link
   * #store()} and {@link #secondInstance()}.
   */
  @Nested
  class Concurrency {
    private static final int THREADS = 8;

    @Test
    void findOrInsertOfTheSameOrdersFromManyThreadsStoresEachOnce() {
      int orderCount = ROUNDS;
      givenShops("shop-1");

      // Every thread finds-or-inserts the same orders, all starting each order together, so that
      // they collide. A key taken by a concurrent insert is a ConcurrentUpdateException; when it
      // was committed between the callback's find and its insert, a store may not tell it from an
      // old duplicate, so the callback turns DuplicateKeyException into a retry, as erp-core's
      // import does. Either way the retry finds the order the other thread committed.
      List<String> platformOrderIds = new ArrayList<>();
      for (int n = 0; n < orderCount; n++) {
        platformOrderIds.add(String.format("111-%07d", n));
      }
      List<List<String>> seen =
          inRounds(
              THREADS,
              platformOrderIds,
              (thread, platformOrderId) -> findOrInsert(instance(thread), platformOrderId, thread));

      List<Order> stored = orders().find(OrderQuery.all(), PageRequest.first(100)).items();
      assertThat(stored).hasSize(orderCount);
      for (int n = 0; n < orderCount; n++) {
        String platformOrderId = String.format("111-%07d", n);
        String storedId =
            orders()
                .findByPlatformOrderId(ShopId.of("shop-1"), platformOrderId)
                .orElseThrow()
                .id()
                .value();
        int index = n;
        assertThat(seen)
            .as("every thread ends with the one stored order %s", platformOrderId)
            .allSatisfy(ids -> assertThat(ids.get(index)).isEqualTo(storedId));
      }
    }

    @Test
    void readModifyWriteFromManyThreadsLosesNoUpdate() {
      int perThread = 10;
      shops().insert(shop("shop-1"));

      concurrently(
          THREADS,
          thread -> {
            for (int n = 0; n < perThread; n++) {
              incrementUntilItSticks(instance(thread));
            }
            return null;
          });

      Shop stored = shops().find(ShopId.of("shop-1")).orElseThrow();
      assertThat(stored.version()).isEqualTo((long) THREADS * perThread);
      assertThat(stored.name()).isEqualTo("count " + THREADS * perThread);
    }

    @Test
    void movementsFromManyThreadsNeverOverdrawABucket() {
      givenSkusAndWarehouses();
      SkuCode sku = SkuCode.of("SKU-A");
      WarehouseId wh = WarehouseId.of("wh-1");
      assertThat(apply(movement("receipt", "SKU-A", "wh-1", MovementType.RECEIPT, onHand(100), T0)))
          .isTrue();

      List<Integer> applied =
          concurrently(
              THREADS,
              thread -> {
                int count = 0;
                for (int n = 0; n < 40; n++) {
                  Movement m =
                      movement(
                          "t" + thread + "-" + n,
                          "SKU-A",
                          "wh-1",
                          MovementType.RESERVATION,
                          reserved(1),
                          T0);
                  if (repo(instance(thread), tenant, InventoryRepository.class).apply(m)) {
                    count++;
                  }
                }
                return count;
              });

      assertThat(applied.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
      assertThat(inventory().level(sku, wh)).contains(new StockLevel(sku, wh, 100, 100, 0, 0, 0));
      assertLedgerBalances(sku, wh);
    }

    @Test
    void eachReservationClosedFromManyThreadsClosesOnce() {
      givenSkusAndWarehouses();
      List<String> keys = new ArrayList<>();
      for (int n = 0; n < ROUNDS; n++) {
        keys.add("shp-" + n + "/L1");
        inventory().insertReservation(reservation(keys.get(n), 1));
      }

      List<List<Boolean>> closed =
          inRounds(
              THREADS,
              keys,
              (thread, key) ->
                  repo(instance(thread), tenant, InventoryRepository.class)
                      .closeReservation(
                          key,
                          thread % 2 == 0 ? Reservation.State.RELEASED : Reservation.State.PICKED));

      for (int n = 0; n < ROUNDS; n++) {
        int round = n;
        assertThat(closed.stream().map(mine -> mine.get(round)))
            .as("closes of %s", keys.get(n))
            .containsOnlyOnce(true);
      }
    }

    @Test
    void eachLeaseAcquiredFromManyThreadsHasOneOwner() {
      List<String> names = new ArrayList<>();
      for (int n = 0; n < ROUNDS; n++) {
        names.add("shop:" + n);
      }

      List<List<Optional<Lease>>> results =
          inRounds(
              THREADS,
              names,
              (thread, name) ->
                  repo(instance(thread), tenant, LeaseRepository.class)
                      .tryAcquire(name, "host-" + thread, T0, T0.plusSeconds(30)));

      for (int n = 0; n < ROUNDS; n++) {
        int round = n;
        List<Lease> held =
            results.stream().flatMap(mine -> mine.get(round).stream()).collect(Collectors.toList());
        assertThat(held).as("holders of %s", names.get(n)).hasSize(1);
        assertThat(leases().find(names.get(n))).contains(held.get(0));
      }
    }

    /**
     * Finds the order of shop-1 with {@code platformOrderId}, or inserts it with an id of {@code
     * thread}'s own; returns the id of the order found or inserted.
     */
    private String findOrInsert(Store instance, String platformOrderId, int thread) {
      OrderId mine = OrderId.of("ord-" + platformOrderId + "-" + thread);
      return instance.inTransaction(
          tenant,
          tx -> {
            OrderRepository orders = tx.repository(OrderRepository.class);
            Optional<Order> found =
                orders.findByPlatformOrderId(ShopId.of("shop-1"), platformOrderId);
            if (found.isPresent()) {
              return found.get().id().value();
            }
            try {
              orders.insert(order(mine, ShopId.of("shop-1"), platformOrderId, T0));
            } catch (DuplicateKeyException taken) {
              throw new ConcurrentUpdateException("platform order " + platformOrderId, taken);
            }
            return mine.value();
          });
    }

    private void incrementUntilItSticks(Store instance) {
      while (true) {
        try {
          instance.useTransaction(
              tenant,
              tx -> {
                ShopRepository shops = tx.repository(ShopRepository.class);
                Shop current = shops.find(ShopId.of("shop-1")).orElseThrow();
                Shop next =
                    new Shop(
                        current.id(),
                        current.platform(),
                        current.marketplace(),
                        "count " + (current.version() + 1),
                        current.currency(),
                        current.zone(),
                        current.status(),
                        current.version());
                shops.update(next);
              });
          return;
        } catch (ConcurrentUpdateException exhausted) {
          // The store gave up after its bounded attempts; the increment did not happen. Try again.
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The invariants through the service API
  // ---------------------------------------------------------------------------------------------

  /**
   * The invariants of DESIGN.md §7 that concurrency threatens, driven through {@link Erp} the way a
   * host drives them, from threads spread over two {@link Erp} instances: one on {@link #store()},
   * one on {@link #secondInstance()}.
   */
  @Nested
  class ServiceInvariants {
    private final SkuCode skuA = SkuCode.of("SKU-A");
    private final WarehouseId wh1 = WarehouseId.of("wh-1");
    private final MutableClock clock = MutableClock.at(T0);
    private final Erp first = erp(store());
    private final Erp second = erp(secondInstance());

    @Test
    void eightThreadsOnTwoInstancesNeverReserveMoreThanIsOnHand() {
      int threads = 8;
      int attempts = 1_000;
      givenStock(500);

      List<long[]> outcomes =
          concurrently(
              threads,
              thread -> {
                Erp erp = thread % 2 == 0 ? first : second;
                long reserved = 0;
                long refused = 0;
                for (int n = 0; n < attempts; n++) {
                  try {
                    erp.inventory()
                        .reserve(
                            List.of(
                                new ReservationLine(
                                    "t" + thread + "-" + n, skuA, wh1, Quantity.of(1))));
                    reserved++;
                  } catch (InsufficientStockException e) {
                    refused++;
                  }
                }
                return new long[] {reserved, refused};
              });

      assertThat(outcomes.stream().mapToLong(o -> o[0]).sum())
          .as("reservations made")
          .isEqualTo(500);
      assertThat(outcomes.stream().mapToLong(o -> o[1]).sum())
          .as("reservations refused")
          .isEqualTo(threads * attempts - 500L);
      StockLevel level = first.inventory().level(skuA, wh1);
      assertThat(level).isEqualTo(new StockLevel(skuA, wh1, 500, 500, 0, 0, 0));
      assertThat(level.reserved()).isLessThanOrEqualTo(level.onHand());
      assertThat(first.inventory().available(skuA)).isZero();
      assertThat(second.inventory().level(skuA, wh1)).isEqualTo(level);
      assertLedgerBalances(skuA, wh1);
    }

    @Test
    void ordersImportedConcurrentlyFromTwoInstancesAreStoredOnceWithTheirLatestPlatformState() {
      int orderCount = 1_000;
      int threads = 4;
      ShopId shop = ShopId.of("shop-1");
      first.shops().create(shop(shop.value()));
      List<PlatformOrder> originals = new ArrayList<>();
      for (int n = 0; n < orderCount; n++) {
        Instant purchased = T0.plusSeconds(n);
        originals.add(
            Fixtures.platformOrder(
                shop, String.format("114-%07d", n), "SKU-A", purchased, purchased.plusSeconds(60)));
      }
      List<PlatformOrder> changed = new ArrayList<>();
      for (int n = 0; n < orderCount; n += 2) {
        changed.add(
            laterVersion(
                originals.get(n),
                n % 4 == 0 ? PlatformOrderStatus.SHIPPED : PlatformOrderStatus.CANCELLED));
      }

      List<int[]> firstRound =
          concurrently(
              threads,
              thread -> importAll(thread % 2 == 0 ? first : second, shuffled(originals, thread)));
      List<PlatformOrder> mixed = new ArrayList<>(originals);
      mixed.addAll(changed);
      List<int[]> secondRound =
          concurrently(
              threads,
              thread -> importAll(thread % 2 == 0 ? first : second, shuffled(mixed, 100 + thread)));

      assertThat(firstRound.stream().mapToInt(r -> r[0]).sum())
          .as("created in the first round")
          .isEqualTo(orderCount);
      assertThat(firstRound.stream().mapToInt(r -> r[1]).sum())
          .as("updated in the first round")
          .isZero();
      assertThat(secondRound.stream().mapToInt(r -> r[0]).sum())
          .as("created in the second round")
          .isZero();
      assertThat(secondRound.stream().mapToInt(r -> r[1]).sum())
          .as("updated in the second round")
          .isEqualTo(changed.size());

      Map<String, PlatformOrder> latest = new HashMap<>();
      originals.forEach(o -> latest.put(o.platformOrderId(), o));
      changed.forEach(o -> latest.put(o.platformOrderId(), o));
      List<Order> stored =
          pageAll(PageRequest.MAX_LIMIT, request -> first.orders().list(OrderQuery.all(), request));
      assertThat(stored).hasSize(orderCount);
      assertThat(stored.stream().map(Order::platformOrderId).distinct().count())
          .isEqualTo(orderCount);
      for (Order order : stored) {
        PlatformOrder expected = latest.get(order.platformOrderId());
        assertThat(expected)
            .as("stored order %s was imported", order.platformOrderId())
            .isNotNull();
        assertThat(order.platformUpdatedAt())
            .as("platformUpdatedAt of %s", order.platformOrderId())
            .isEqualTo(expected.updatedAt());
        assertThat(order.platformStatus())
            .as("platformStatus of %s", order.platformOrderId())
            .isEqualTo(expected.status());
        assertThat(order.destination())
            .as("destination of %s", order.platformOrderId())
            .isEqualTo(expected.destination());
      }
      Map<String, Long> eventsByType =
          allEvents().stream()
              .collect(Collectors.groupingBy(DomainEvent::type, Collectors.counting()));
      assertThat(eventsByType.get("order.imported"))
          .as("order.imported events")
          .isEqualTo((long) orderCount);
      assertThat(eventsByType.get("order.updated"))
          .as("order.updated events")
          .isEqualTo((long) changed.size());
    }

    @Test
    void eachReservationKeyReservedFromEightThreadsReservesOnce() {
      int threads = 8;
      List<SkuCode> skus = givenOneSkuPerRound(3);

      // All threads reserve the same key at once, one key after the other. Each key asks for all
      // of its SKU's stock, so a second reservation would be refused: every call must succeed,
      // and only one may reserve.
      inRounds(
          threads,
          skus,
          (thread, sku) -> {
            ReservationLine line = new ReservationLine("shp/" + sku, sku, wh1, Quantity.of(3));
            (thread % 2 == 0 ? first : second).inventory().reserve(List.of(line));
            return sku;
          });

      for (SkuCode sku : skus) {
        assertThat(first.inventory().level(sku, wh1))
            .isEqualTo(new StockLevel(sku, wh1, 3, 3, 0, 0, 0));
        assertThat(first.inventory().reservation("shp/" + sku))
            .contains(
                new Reservation("shp/" + sku, sku, wh1, Quantity.of(3), Reservation.State.ACTIVE));
        assertThat(
                pageAll(
                    PageRequest.MAX_LIMIT,
                    request -> first.inventory().movements(sku, wh1, request)))
            .extracting(Movement::type)
            .containsExactly(MovementType.RECEIPT, MovementType.RESERVATION);
        assertLedgerBalances(sku, wh1);
      }
    }

    @Test
    void eachReservationReleasedFromEightThreadsIsReleasedOnce() {
      int threads = 8;
      // One SKU per round, each with one reservation of all its stock, so that a second release
      // of the same reservation would take reserved below zero.
      List<SkuCode> skus = givenOneSkuPerRound(3);
      for (SkuCode sku : skus) {
        first
            .inventory()
            .reserve(List.of(new ReservationLine("shp/" + sku, sku, wh1, Quantity.of(3))));
      }

      // All threads release the same reservation at once, one reservation after the other.
      List<List<Boolean>> released =
          inRounds(
              threads,
              skus,
              (thread, sku) ->
                  (thread % 2 == 0 ? first : second).inventory().release("shp/" + sku));

      for (int n = 0; n < skus.size(); n++) {
        int round = n;
        SkuCode sku = skus.get(n);
        assertThat(released.stream().map(mine -> mine.get(round)))
            .as("releases of shp/%s", sku)
            .containsOnlyOnce(true);
        assertThat(first.inventory().reservation("shp/" + sku))
            .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(Reservation.State.RELEASED));
        assertThat(first.inventory().level(sku, wh1))
            .isEqualTo(new StockLevel(sku, wh1, 3, 0, 0, 0, 0));
        assertLedgerBalances(sku, wh1);
      }
    }

    private Erp erp(Store store) {
      return Erp.builder().tenant(tenant).store(store).clock(clock).build();
    }

    private void givenStock(long units) {
      first.catalog().create(product("prod-1", "SKU-A"));
      first.inventory().saveWarehouse(warehouse("wh-1"));
      first.inventory().receive("receipt-1", skuA, wh1, Quantity.of(units), "PO-1");
    }

    /**
     * Product prod-1 with one SKU per round of the round-based tests (SKU-00, SKU-01, ...),
     * warehouse wh-1, and {@code units} of each SKU on hand there.
     */
    private List<SkuCode> givenOneSkuPerRound(long units) {
      List<SkuCode> skus = new ArrayList<>();
      Product.Builder product = Product.builder().id("prod-1").title("Mugs");
      for (int n = 0; n < ROUNDS; n++) {
        skus.add(SkuCode.of(String.format("SKU-%02d", n)));
        product.addSku(sku(ProductId.of("prod-1"), skus.get(n).value()));
      }
      first.catalog().create(product.build());
      first.inventory().saveWarehouse(warehouse("wh-1"));
      for (SkuCode sku : skus) {
        first.inventory().receive("receipt-" + sku, sku, wh1, Quantity.of(units), "PO-1");
      }
      return skus;
    }

    /**
     * Issue 6's routing proof: 1,000 one-unit orders compete from four threads on two instances for
     * 300 units in two warehouses; then a receipt of 100 releases the oldest waiting orders.
     */
    @Test
    void routingUnderContentionNeverReservesMoreThanOnHandAndReleasesTheBacklogOldestFirst() {
      int orderCount = 1_000;
      ShopId shop = ShopId.of("shop-1");
      WarehouseId wh2 = WarehouseId.of("wh-2");
      first.shops().create(shop(shop.value()));
      givenStock(180);
      first.inventory().saveWarehouse(warehouse("wh-2"));
      first.inventory().receive("receipt-2", skuA, wh2, Quantity.of(120), "PO-2");
      List<OrderId> orders = new ArrayList<>();
      for (int n = 0; n < orderCount; n++) {
        Instant purchased = T0.plusSeconds(n);
        PlatformOrder o = Fixtures.platformOrder(shop, String.format("115-%07d", n), "SKU-A", purchased, purchased);
        orders.add(first.orders().importOrder(o).order().id());
      }
      OrderRules rules =
          OrderRules.of(
              RuleSet.builder("contention", 1)
                  .rule(Rule.id("wh-1-first").when(Conditions.always()).then(Actions.warehousesInOrder("wh-1", "wh-2")))
                  .build());
      RuleContext context = RuleContext.builder().warehouse(warehouse("wh-1")).warehouse(warehouse("wh-2")).build();

      concurrently(
          4,
          thread -> {
            Erp erp = thread % 2 == 0 ? first : second;
            List<OrderId> all = shuffled(orders, 6);
            for (int i = thread; i < all.size(); i += 4) {
              erp.routing().route(all.get(i), rules, context);
            }
            return null;
          });

      List<Order> routed = orders.stream().map(id -> first.orders().find(id).orElseThrow()).toList();
      assertThat(routed)
          .allSatisfy(o -> assertThat(o.status()).isIn(OrderStatus.ALLOCATED, OrderStatus.AWAITING_STOCK));
      long allocated = routed.stream().filter(o -> o.status() == OrderStatus.ALLOCATED).count();
      long reserved = 0;
      for (WarehouseId w : List.of(wh1, wh2)) {
        StockLevel level = first.inventory().level(skuA, w);
        assertThat(level.reserved()).as("reserved at %s", w).isBetween(0L, level.onHand());
        reserved += level.reserved();
        assertLedgerBalances(skuA, w);
      }
      assertThat(reserved).as("units reserved = orders allocated").isEqualTo(allocated);
      // An order whose two decisions both lost their stock to other threads waits although a unit
      // may be left: rare, and the backlog release below picks such units up.
      long leftover = 300 - allocated;
      assertThat(allocated).as("orders allocated").isGreaterThan(290);

      first.inventory().receive("receipt-3", skuA, wh2, Quantity.of(100), "PO-3");
      List<RoutingResult> released = second.routing().releaseBacklog(rules, context, orderCount);

      List<Order> waited =
          routed.stream()
              .filter(o -> o.status() == OrderStatus.AWAITING_STOCK)
              .sorted(Comparator.comparing(Order::purchasedAt))
              .toList();
      assertThat(released).extracting(r -> r.order().id()).containsExactlyElementsOf(waited.stream().map(Order::id).toList());
      for (int i = 0; i < waited.size(); i++) {
        assertThat(first.orders().find(waited.get(i).id()).orElseThrow().status())
            .as("the waiting order #%d by purchase time", i)
            .isEqualTo(i < 100 + leftover ? OrderStatus.ALLOCATED : OrderStatus.AWAITING_STOCK);
      }
      assertThat(first.inventory().available(skuA)).isZero();
    }

    /** Imports every order; returns how many were created and how many updated. */
    private int[] importAll(Erp erp, List<PlatformOrder> orders) {
      int created = 0;
      int updated = 0;
      for (PlatformOrder o : orders) {
        ImportResult result = erp.orders().importOrder(o);
        if (result instanceof ImportResult.Created) {
          created++;
        } else if (result instanceof ImportResult.Updated) {
          updated++;
        }
      }
      return new int[] {created, updated};
    }

    /**
     * {@code original} as the platform reports it an hour later, in {@code status}, to New York.
     */
    private PlatformOrder laterVersion(PlatformOrder original, PlatformOrderStatus status) {
      return new PlatformOrder(
          original.shopId(),
          original.platformOrderId(),
          status,
          original.channel(),
          original.purchasedAt(),
          original.updatedAt().plus(Duration.ofHours(1)),
          original.currency(),
          original.lines(),
          original.platformFees(),
          new Destination("US", "NY"),
          original.buyer());
    }

    /** Every event in the tenant's outbox, read through a listener of the kit's own. */
    private List<DomainEvent> allEvents() {
      String audit = "store-contract-audit";
      List<DomainEvent> all = new ArrayList<>();
      for (List<OutboxEntry> batch = outbox().pending(audit, 500);
          !batch.isEmpty();
          batch = outbox().pending(audit, 500)) {
        batch.forEach(e -> all.add(e.event()));
        List<OutboxEntry> done = batch;
        run(OutboxRepository.class, o -> done.forEach(e -> o.markDelivered(audit, e.position())));
        assertThat(all.size()).as("events read").isLessThan(1_000_000);
      }
      return all;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Routing decisions
  // ---------------------------------------------------------------------------------------------

  /** {@link RoutingRepository}: the last decision per order, replaced whole, within the tenant. */
  @Nested
  class RoutingDecisions {
    private final OrderId order = OrderId.of("order-1");

    @Test
    void savedDecisionReadsBackEqualAndTheNextReplacesIt() {
      RoutingRecord waiting =
          new RoutingRecord(order, "rules", 3, OrderStatus.AWAITING_STOCK, "order-1 by rules v3: AWAITING_STOCK\nwarehouse: wh-1 lost: missing 1 × SKU-A", T0);
      RoutingRecord allocated = new RoutingRecord(order, "rules", 4, OrderStatus.ALLOCATED, "order-1 by rules v4: ALLOCATED", T0.plusSeconds(60));

      run(RoutingRepository.class, r -> r.save(waiting));
      assertThat(repo(store(), tenant, RoutingRepository.class).find(order)).contains(waiting);
      run(RoutingRepository.class, r -> r.save(allocated));

      assertThat(repo(store(), tenant, RoutingRepository.class).find(order)).contains(allocated);
      assertThat(repo(secondInstance(), tenant, RoutingRepository.class).find(order)).contains(allocated);
      assertThat(repo(store(), tenant, RoutingRepository.class).find(OrderId.of("order-2"))).isEmpty();
    }

    @Test
    void anotherTenantSeesNoDecision() {
      run(RoutingRepository.class, r -> r.save(new RoutingRecord(order, "rules", 1, OrderStatus.ALLOCATED, "x", T0)));

      assertThat(repo(store(), newTenant(), RoutingRepository.class).find(order)).isEmpty();
    }
  }

  /**
   * {@link QuantityPolicyRepository}: one stock-push policy per shop, read back whole (no maximum
   * is not a maximum of 0), replaced whole, within the tenant; and the service on two instances.
   */
  @Nested
  class QuantityPolicies {
    private final ShopId shop = ShopId.of("shop-1");
    private final SkuCode skuA = SkuCode.of("SKU-A");

    @Test
    void savedPolicyReadsBackEqualOnBothInstancesAndTheNextReplacesIt() {
      QuantityPolicy limited =
          QuantityPolicy.builder().warehouses("wh-2", "wh-1").percent(80).min(2).max(50L).threshold(3).reserve(5).build();
      QuantityPolicy open = QuantityPolicy.builder().percent(100).build();

      run(QuantityPolicyRepository.class, r -> r.save(shop, limited));
      assertThat(repo(store(), tenant, QuantityPolicyRepository.class).find(shop)).contains(limited);
      assertThat(repo(secondInstance(), tenant, QuantityPolicyRepository.class).find(shop)).contains(limited);

      run(QuantityPolicyRepository.class, r -> r.save(shop, open));
      QuantityPolicy read = repo(secondInstance(), tenant, QuantityPolicyRepository.class).find(shop).orElseThrow();
      assertThat(read).isEqualTo(open);
      assertThat(read.max()).isNull();
      assertThat(read.warehouses()).isEmpty();
      assertThat(repo(store(), tenant, QuantityPolicyRepository.class).find(ShopId.of("shop-2"))).isEmpty();
    }

    @Test
    void anotherTenantSeesNoPolicy() {
      run(QuantityPolicyRepository.class, r -> r.save(shop, QuantityPolicy.builder().percent(10).build()));

      assertThat(repo(store(), newTenant(), QuantityPolicyRepository.class).find(shop)).isEmpty();
    }

    @Test
    void aPolicySetThroughOneErpIsUsedByAnotherOnTheSameStore() {
      Erp first = Erp.builder().tenant(tenant).store(store()).build();
      Erp second = Erp.builder().tenant(tenant).store(secondInstance()).build();
      first.shops().create(shop("shop-1"));
      first.inventory().saveWarehouse(warehouse("wh-1"));
      first.inventory().saveWarehouse(warehouse("wh-2"));
      first.catalog().create(product("prod-1", "SKU-A"));
      first.inventory().receive("r-1", skuA, WarehouseId.of("wh-1"), Quantity.of(10), "PO-1");
      first.inventory().receive("r-2", skuA, WarehouseId.of("wh-2"), Quantity.of(30), "PO-2");
      assertThat(second.stockPush().policy(shop)).isEqualTo(QuantityPolicy.all());

      first.stockPush().setPolicy(shop, QuantityPolicy.builder().warehouses("wh-2").percent(50).build());

      assertThat(second.stockPush().quote(shop, skuA).quantity()).isEqualTo(15);
      assertThatThrownBy(() -> second.stockPush().setPolicy(shop, QuantityPolicy.builder().warehouses("wh-9").build()))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("warehouses"));
      assertThatThrownBy(() -> second.stockPush().setPolicy(ShopId.of("nope"), QuantityPolicy.all()))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("shopId"));
      // the refused calls changed nothing
      assertThat(first.stockPush().quote(shop, skuA).quantity()).isEqualTo(15);
    }
  }

  /** {@link dev.crossborder.erp.store.PurchasingRepository}: the clauses of {@link PurchasingStoreContract}. */
  @Nested
  class Purchases extends PurchasingStoreContract {
    @Override
    protected Store store() {
      return StoreContract.this.store();
    }
  }

  /** {@link dev.crossborder.erp.store.CaseRepository}: the clauses of {@link CaseStoreContract}. */
  @Nested
  class Cases extends CaseStoreContract {
    @Override
    protected Store store() {
      return StoreContract.this.store();
    }
  }

  /** {@link dev.crossborder.erp.store.FinanceRepository}: the clauses of {@link FinanceStoreContract}. */
  @Nested
  class Finances extends FinanceStoreContract {
    @Override
    protected Store store() {
      return StoreContract.this.store();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static TenantId newTenant() {
    return TenantId.of("kit-" + UUID.randomUUID());
  }

  private Store instance(int thread) {
    return thread % 2 == 0 ? store() : secondInstance();
  }

  /** Runs {@code work} on the {@code type} repository in one transaction of the test's tenant. */
  private <R> void run(Class<R> type, Consumer<? super R> work) {
    store().useTransaction(tenant, tx -> work.accept(tx.repository(type)));
  }

  private CatalogRepository catalog() {
    return catalog(tenant);
  }

  private CatalogRepository catalog(TenantId who) {
    return repo(store(), who, CatalogRepository.class);
  }

  private ShopRepository shops() {
    return shops(tenant);
  }

  private ShopRepository shops(TenantId who) {
    return repo(store(), who, ShopRepository.class);
  }

  private WarehouseRepository warehouses() {
    return warehouses(tenant);
  }

  private WarehouseRepository warehouses(TenantId who) {
    return repo(store(), who, WarehouseRepository.class);
  }

  private OrderRepository orders() {
    return orders(tenant);
  }

  private OrderRepository orders(TenantId who) {
    return repo(store(), who, OrderRepository.class);
  }

  private InventoryRepository inventory() {
    return inventory(tenant);
  }

  private InventoryRepository inventory(TenantId who) {
    return repo(store(), who, InventoryRepository.class);
  }

  private OutboxRepository outbox() {
    return outbox(tenant);
  }

  private OutboxRepository outbox(TenantId who) {
    return repo(store(), who, OutboxRepository.class);
  }

  private ListingRepository listings() {
    return listings(tenant);
  }

  private ListingRepository listings(TenantId who) {
    return repo(store(), who, ListingRepository.class);
  }

  /** A listing's key as {@code shop/sellerSku}. */
  private static String key(Listing listing) {
    return listing.shop().value() + "/" + listing.sellerSku();
  }

  private LeaseRepository leases() {
    return leases(tenant);
  }

  private LeaseRepository leases(TenantId who) {
    return repo(store(), who, LeaseRepository.class);
  }

  /**
   * The {@code type} repository of {@code who} on {@code store}, each of whose calls runs in a
   * transaction of its own (like auto-commit), so that tests read as plain calls. Exceptions reach
   * the caller as the store threw them.
   */
  private static <R> R repo(Store store, TenantId who, Class<R> type) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            switch (method.getName()) {
              case "equals":
                return proxy == args[0];
              case "hashCode":
                return System.identityHashCode(proxy);
              default:
                return type.getSimpleName() + " of " + who + " on " + store;
            }
          }
          return store.inTransaction(
              who,
              tx -> {
                try {
                  return method.invoke(tx.repository(type), args);
                } catch (InvocationTargetException e) {
                  Throwable cause = e.getCause();
                  if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                  }
                  if (cause instanceof Error) {
                    throw (Error) cause;
                  }
                  throw new AssertionError("unexpected checked exception from " + method, cause);
                } catch (IllegalAccessException e) {
                  throw new AssertionError("cannot call " + method, e);
                }
              });
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private boolean apply(Movement movement) {
    return inventory().apply(movement);
  }

  private Optional<Lease> acquire(String name, String owner, Instant now, Instant expiresAt) {
    return leases().tryAcquire(name, owner, now, expiresAt);
  }

  private List<OutboxEntry> pendingOf(String listener) {
    return outbox().pending(listener, 1000);
  }

  private List<String> shopIds() {
    return shops().list(PageRequest.first(100)).items().stream()
        .map(s -> s.id().value())
        .collect(Collectors.toList());
  }

  private void givenShops(String... ids) {
    for (String id : ids) {
      shops().insert(shop(id));
    }
  }

  private void givenSkusAndWarehouses() {
    givenSkusAndWarehouses(tenant);
  }

  /** Product prod-1 with SKU-A and SKU-B, and warehouses wh-1 and wh-2, for {@code who}. */
  private void givenSkusAndWarehouses(TenantId who) {
    catalog(who).insertProduct(product("prod-1", "SKU-A", "SKU-B"));
    warehouses(who).save(warehouse("wh-1"));
    warehouses(who).save(warehouse("wh-2"));
  }

  /** A change of on hand only. */
  private static StockDelta onHand(long units) {
    return new StockDelta(units, 0, 0, 0, 0);
  }

  /** A change of reserved only. */
  private static StockDelta reserved(long units) {
    return new StockDelta(0, units, 0, 0, 0);
  }

  private static Reservation reservation(String key, long quantity) {
    return new Reservation(
        key,
        SkuCode.of("SKU-A"),
        WarehouseId.of("wh-1"),
        Quantity.of(quantity),
        Reservation.State.ACTIVE);
  }

  /** An order using every optional part: hold reason, shipments with parcels, platform channel. */
  private static Order richOrder(OrderId id, ShopId shop, String platformOrderId) {
    Shipment shipment =
        new Shipment(
            ShipmentId.of("shp-" + id.value()),
            WarehouseId.of("wh-1"),
            "usps-ground",
            List.of(
                new ShipmentLine("L1", SkuCode.of("SKU-A"), Quantity.of(2)),
                new ShipmentLine("L2", SkuCode.of("SKU-B"), Quantity.of(1))),
            List.of(
                new Parcel(
                    ParcelId.of("par-1"), "usps", "9400100000000000000001", Weight.ofGrams(820)),
                new Parcel(ParcelId.of("par-2"), null, null, null)));
    return order(id, shop, platformOrderId, T0).toBuilder()
        .status(OrderStatus.ON_HOLD)
        .holdReason("address needs checking")
        .platformStatus(PlatformOrderStatus.PARTIALLY_SHIPPED)
        .channel(FulfillmentChannel.PLATFORM)
        .platformUpdatedAt(T0.plus(Duration.ofHours(3)).plusMillis(123))
        .destination(new Destination("DE", null))
        .shipments(List.of(shipment))
        .cancelRequestedAfterShipment(true)
        .build();
  }

  /**
   * The store writes one row of every kind, keyed by {@code key}: a shop, a product with SKU {@code
   * <key>-SKU}, a warehouse, an order with buyer data, a movement of 5 units on hand, an active
   * reservation, an event and a lease held by host-a.
   */
  private void writeOneOfEverything(StoreTransaction tx, String key) {
    tx.repository(ShopRepository.class).insert(shop(key));
    tx.repository(CatalogRepository.class).insertProduct(product(key, key + "-SKU"));
    tx.repository(WarehouseRepository.class).save(warehouse(key));
    OrderRepository orders = tx.repository(OrderRepository.class);
    orders.insert(order(OrderId.of(key), ShopId.of(key), key, T0));
    orders.saveBuyer(OrderId.of(key), buyer(key));
    InventoryRepository inventory = tx.repository(InventoryRepository.class);
    assertThat(
            inventory.apply(movement(key, key + "-SKU", key, MovementType.RECEIPT, onHand(5), T0)))
        .isTrue();
    inventory.insertReservation(
        new Reservation(
            key,
            SkuCode.of(key + "-SKU"),
            WarehouseId.of(key),
            Quantity.of(1),
            Reservation.State.ACTIVE));
    tx.repository(OutboxRepository.class).append(event(tenant, key, key, T0));
    assertThat(
            tx.repository(LeaseRepository.class).tryAcquire(key, "host-a", T0, T0.plusSeconds(30)))
        .isPresent();
  }

  /**
   * Changes every row {@link #writeOneOfEverything} wrote for {@code key}: closes the shop,
   * retitles the product, replaces the warehouse, cancels the order and erases its buyer, takes a
   * unit off hand, releases the reservation, marks the event at {@code position} delivered to the
   * relay and releases the lease.
   */
  private static void changeOneOfEverything(StoreTransaction tx, String key, long position) {
    ShopRepository shops = tx.repository(ShopRepository.class);
    shops.update(shops.find(ShopId.of(key)).orElseThrow().withStatus(ShopStatus.CLOSED));
    CatalogRepository catalog = tx.repository(CatalogRepository.class);
    Product p = catalog.findProduct(ProductId.of(key)).orElseThrow();
    catalog.updateProduct(p.toBuilder().title("changed").build());
    tx.repository(WarehouseRepository.class)
        .save(
            new Warehouse(
                WarehouseId.of(key), "changed", "US", WarehouseKind.FBA, ZoneId.of("UTC")));
    OrderRepository orders = tx.repository(OrderRepository.class);
    orders.update(orders.find(OrderId.of(key)).orElseThrow().changeStatus(OrderStatus.CANCELLED));
    orders.eraseBuyer(OrderId.of(key));
    InventoryRepository inventory = tx.repository(InventoryRepository.class);
    Movement takeOne =
        movement(key + "-2", key + "-SKU", key, MovementType.ADJUSTMENT, onHand(-1), T0);
    assertThat(inventory.apply(takeOne)).isTrue();
    assertThat(inventory.closeReservation(key, Reservation.State.RELEASED)).isTrue();
    tx.repository(OutboxRepository.class).markDelivered("relay", position);
    assertThat(tx.repository(LeaseRepository.class).release(key, "host-a")).isTrue();
  }

  private void assertNothingOfEverything(String key) {
    assertThat(shops().find(ShopId.of(key))).isEmpty();
    assertThat(catalog().findProduct(ProductId.of(key))).isEmpty();
    assertThat(catalog().findSku(SkuCode.of(key + "-SKU"))).isEmpty();
    assertThat(warehouses().find(WarehouseId.of(key))).isEmpty();
    assertThat(orders().find(OrderId.of(key))).isEmpty();
    assertThat(orders().findBuyer(OrderId.of(key))).isEmpty();
    assertThat(inventory().level(SkuCode.of(key + "-SKU"), WarehouseId.of(key))).isEmpty();
    assertThat(inventory().movement(key)).isEmpty();
    assertThat(inventory().reservation(key)).isEmpty();
    assertThat(pendingOf("relay")).isEmpty();
    assertThat(leases().find(key)).isEmpty();
  }

  /** Each bucket of {@code sku} at {@code warehouse} equals the sum of its movements' deltas. */
  private void assertLedgerBalances(SkuCode sku, WarehouseId warehouse) {
    List<Movement> movements =
        pageAll(100, request -> inventory().movements(sku, warehouse, request));
    StockDelta sum =
        movements.stream().map(Movement::delta).reduce(StockDelta.NONE, StockDelta::plus);
    StockLevel level = inventory().level(sku, warehouse).orElse(StockLevel.empty(sku, warehouse));
    assertThat(level)
        .as(
            "level of %s at %s against the sum of its %s movements",
            sku, warehouse, movements.size())
        .isEqualTo(StockLevel.empty(sku, warehouse).plus(sum));
    assertThat(level.isConsistent())
        .as("no bucket below zero and reserved <= on hand: %s", level)
        .isTrue();
  }

  /**
   * Pages through a list with each of the kit's page limits (1, 2, 3 and the maximum), each page in
   * its own transaction, and checks that the keys come out exactly as {@code expected}: every item
   * once, in order.
   */
  private static <T> void assertPages(
      List<String> expected, Function<T, String> key, Function<PageRequest, Page<T>> fetch) {
    for (int limit : PAGE_LIMITS) {
      List<String> keys = pageAll(limit, fetch).stream().map(key).collect(Collectors.toList());
      assertThat(keys).as("paged with limit %s", limit).containsExactlyElementsOf(expected);
    }
  }

  /**
   * Every item of a list, page by page. A page that offers a next cursor must be full, since
   * filters apply before paging; the last page has no next cursor.
   */
  static <T> List<T> pageAll(int limit, Function<PageRequest, Page<T>> fetch) {
    List<T> all = new ArrayList<>();
    PageRequest request = PageRequest.first(limit);
    for (int pages = 1; ; pages++) {
      Page<T> page = fetch.apply(request);
      assertThat(page.items())
          .as("page %s of limit %s", pages, limit)
          .hasSizeLessThanOrEqualTo(limit);
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      assertThat(page.items())
          .as(
              "page %s of limit %s has a next cursor, so it must be full (filters apply before"
                  + " paging)",
              pages, limit)
          .hasSize(limit);
      assertThat(pages).as("pages of limit %s", limit).isLessThan(1_000_000);
      request = request.next(page);
    }
  }

  private static void ignoringRefusal(Runnable command) {
    try {
      command.run();
    } catch (ErpException refused) {
      // Refusing is as good as ignoring; what matters is that nothing changed.
    }
  }

  private static void assertDuplicate(String field, Runnable command) {
    assertThatThrownBy(command::run)
        .isInstanceOfSatisfying(
            DuplicateKeyException.class,
            e -> assertThat(e.field()).as("field of %s", e.getMessage()).isEqualTo(field));
  }

  private static void assertSameProduct(Product actual, Product expected) {
    assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
  }

  private static void assertSameOrder(Order actual, Order expected) {
    assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
  }

  /** The same event; the payload is compared as JSON, since a database may reformat it. */
  private static void assertSameEvent(DomainEvent actual, DomainEvent expected) {
    assertThat(actual).usingRecursiveComparison().ignoringFields("payload").isEqualTo(expected);
    assertThat(json(actual.payload()))
        .as("payload of %s", expected.id())
        .isEqualTo(json(expected.payload()));
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static <T> List<T> shuffled(List<T> items) {
    return shuffled(items, items.size());
  }

  private static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  // ---------------------------------------------------------------------------------------------
  // Threads
  // ---------------------------------------------------------------------------------------------

  /** Work one thread does for one key of a round-based test. */
  @FunctionalInterface
  private interface RoundTask<K, T> {
    T run(int thread, K key) throws Exception;
  }

  /** Work one of the threads of {@link #concurrently} does. */
  @FunctionalInterface
  private interface ThreadTask<T> {
    T run(int thread) throws Exception;
  }

  /**
   * Runs {@code task} on {@code threads} threads that start together (a barrier) and returns their
   * results in thread order; the first failure of any thread fails the test.
   */
  private static <T> List<T> concurrently(int threads, ThreadTask<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, DAEMONS);
    ExecutorCompletionService<T> completion = new ExecutorCompletionService<>(pool);
    CyclicBarrier start = new CyclicBarrier(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int thread = i;
        futures.add(
            completion.submit(
                () -> {
                  start.await(WAIT_SECONDS, SECONDS);
                  return task.run(thread);
                }));
      }
      // Take the threads as they finish, so that the first failure is reported at once and as it
      // happened (the others, perhaps waiting for the failed one at a barrier, are interrupted).
      long deadline = System.nanoTime() + SECONDS.toNanos(CONCURRENT_WAIT_SECONDS);
      for (int i = 0; i < threads; i++) {
        Future<T> done = completion.poll(Math.max(0, deadline - System.nanoTime()), NANOSECONDS);
        if (done == null) {
          throw new AssertionError(
              "threads did not finish within "
                  + CONCURRENT_WAIT_SECONDS
                  + " s: a store call blocked");
        }
        if (done.isCancelled()) {
          throw new AssertionError("thread " + futures.indexOf(done) + " was cancelled");
        }
        try {
          done.get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          throw new AssertionError(
              "thread " + futures.indexOf(done) + " of " + threads + " failed: " + cause, cause);
        }
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(get(f));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Has each of {@code threads} threads call {@code work} for every key in turn, all threads on the
   * same key at once (they meet at a barrier before each key), and returns each thread's results in
   * key order.
   */
  private static <K, T> List<List<T>> inRounds(int threads, List<K> keys, RoundTask<K, T> work) {
    CyclicBarrier nextRound = new CyclicBarrier(threads);
    return concurrently(
        threads,
        thread -> {
          List<T> mine = new ArrayList<>();
          for (K key : keys) {
            nextRound.await(WAIT_SECONDS, SECONDS);
            mine.add(work.run(thread, key));
          }
          return mine;
        });
  }

  private <T> Future<T> inBackground(Callable<T> task) {
    if (background == null) {
      background = Executors.newCachedThreadPool(DAEMONS);
    }
    return background.submit(task);
  }

  private <T> T onAnotherThread(Callable<T> task) {
    return get(inBackground(task));
  }

  private static <T> T get(Future<T> future) {
    return get(future, WAIT_SECONDS);
  }

  private static <T> T get(Future<T> future, long seconds) {
    try {
      return future.get(seconds, SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new AssertionError("another thread failed", cause);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError(
          "another thread did not finish within " + seconds + " s: a store call blocked", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Waits for {@code latch}; fails early if {@code other} (the thread expected to count it down)
   * finished without doing so, and after a minute in any case.
   */
  private static void await(CountDownLatch latch, @Nullable Future<?> other) {
    try {
      long deadline = System.nanoTime() + SECONDS.toNanos(WAIT_SECONDS);
      while (!latch.await(100, MILLISECONDS)) {
        if (other != null && other.isDone()) {
          get(other);
          fail("the other thread finished without reaching the latch");
        }
        if (System.nanoTime() > deadline) {
          fail("latch not reached within " + WAIT_SECONDS + " s: a store call blocked");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
