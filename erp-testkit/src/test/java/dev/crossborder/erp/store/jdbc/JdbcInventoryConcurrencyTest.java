package dev.crossborder.erp.store.jdbc;

import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.newTenant;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.shared;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.store;
import static dev.crossborder.erp.testkit.store.Fixtures.T0;
import static dev.crossborder.erp.testkit.store.Fixtures.movement;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.jdbc.JdbcStore.Dialect;
import dev.crossborder.erp.testkit.support.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The conditional movement under real concurrency: threads spread over two store instances (on
 * PostgreSQL two connection pools) never overdraw a level, and the ledger always sums to it.
 */
class JdbcInventoryConcurrencyTest {
  private static final int THREADS = 8;
  private static final SkuCode SKU = SkuCode.of("SKU-1");
  private static final WarehouseId WAREHOUSE = WarehouseId.of("w1");

  private final TenantId tenant = newTenant();

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void concurrentReservationsNeverReserveMoreThanOnHand(Dialect dialect) throws Exception {
    JdbcStore[] stores = twoInstances(dialect);
    long onHand = 50;
    int perThread = 20;
    stores[0].useTransaction(
        tenant, tx -> inventory(tx).apply(move("receipt", MovementType.RECEIPT, onHand, 0)));

    List<Integer> applied =
        runConcurrently(
            stores,
            (store, thread) -> {
              int ok = 0;
              for (int i = 0; i < perThread; i++) {
                Movement reserve =
                    move("reserve-" + thread + "-" + i, MovementType.RESERVATION, 0, 1);
                if (store.inTransaction(tenant, tx -> inventory(tx).apply(reserve))) {
                  ok++;
                }
              }
              return ok;
            });

    assertThat(applied.stream().mapToInt(Integer::intValue).sum()).isEqualTo(onHand);
    StockLevel level = level(stores[1]);
    assertThat(level.onHand()).isEqualTo(onHand);
    assertThat(level.reserved()).isEqualTo(onHand);
    assertThat(ledger(stores[0])).hasSize((int) onHand + 1);
    assertLedgerBalances(stores[0], level);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRandomMixOfMovementsKeepsEveryBucketValidAndTheLedgerBalanced(Dialect dialect)
      throws Exception {
    JdbcStore[] stores = twoInstances(dialect);
    stores[0].useTransaction(
        tenant, tx -> inventory(tx).apply(move("receipt", MovementType.RECEIPT, 10, 0)));

    runConcurrently(
        stores,
        (store, thread) -> {
          Random random = new Random(thread);
          for (int i = 0; i < 25; i++) {
            Movement m =
                switch (random.nextInt(4)) {
                  case 0 ->
                      move("r-" + thread + "-" + i, MovementType.RECEIPT, 1 + random.nextInt(3), 0);
                  case 1 ->
                      move(
                          "v-" + thread + "-" + i,
                          MovementType.RESERVATION,
                          0,
                          1 + random.nextInt(3));
                  case 2 ->
                      move(
                          "l-" + thread + "-" + i,
                          MovementType.RELEASE,
                          0,
                          -(1 + random.nextInt(2)));
                  default -> {
                    long units = 1 + random.nextInt(2);
                    yield move("p-" + thread + "-" + i, MovementType.PICK, -units, -units);
                  }
                };
            boolean ok = store.inTransaction(tenant, tx -> inventory(tx).apply(m));
            boolean recorded = store.inTransaction(tenant, tx -> inventory(tx).movement(m.id()).isPresent());
            assertThat(recorded).isEqualTo(ok);
            StockLevel seen = level(store);
            assertThat(seen.isConsistent()).as("level %s", seen).isTrue();
          }
          return 0;
        });

    StockLevel level = level(stores[0]);
    assertThat(level.isConsistent()).isTrue();
    assertLedgerBalances(stores[1], level);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void firstMovementsRacingToCreateALevelAllCount(Dialect dialect) throws Exception {
    JdbcStore[] stores = twoInstances(dialect);

    runConcurrently(
        stores,
        (store, thread) ->
            store.inTransaction(
                    tenant,
                    tx -> inventory(tx).apply(move("first-" + thread, MovementType.RECEIPT, 1, 0)))
                ? 1
                : 0);

    StockLevel level = level(stores[0]);
    assertThat(level.onHand()).isEqualTo(THREADS);
    assertThat(ledger(stores[1])).hasSize(THREADS);
  }

  private JdbcStore[] twoInstances(Dialect dialect) {
    DataSource first = shared(dialect);
    DataSource second =
        dialect == Dialect.H2 ? first : TestDatabases.secondPool((HikariDataSource) first);
    return new JdbcStore[] {store(dialect, first), store(dialect, second)};
  }

  @FunctionalInterface
  private interface Work {
    int run(JdbcStore store, int thread) throws Exception;
  }

  /** Runs {@code work} on {@link #THREADS} threads, half on each store, released together. */
  private static List<Integer> runConcurrently(JdbcStore[] stores, Work work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        JdbcStore store = stores[t % stores.length];
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.run(store, thread);
                }));
      }
      start.countDown();
      List<Integer> results = new ArrayList<>();
      for (Future<Integer> f : futures) {
        results.add(f.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Movement move(String id, MovementType type, long onHand, long reserved) {
    return movement(
        id, SKU.value(), WAREHOUSE.value(), type, new StockDelta(onHand, reserved, 0, 0, 0), T0);
  }

  private static InventoryRepository inventory(StoreTransaction tx) {
    return tx.repository(InventoryRepository.class);
  }

  private StockLevel level(JdbcStore store) {
    return store.inTransaction(tenant, tx -> inventory(tx).level(SKU, WAREHOUSE)).orElseThrow();
  }

  private List<Movement> ledger(JdbcStore store) {
    List<Movement> all = new ArrayList<>();
    PageRequest request = PageRequest.first(7);
    while (true) {
      PageRequest current = request;
      Page<Movement> page =
          store.inTransaction(tenant, tx -> inventory(tx).movements(SKU, WAREHOUSE, current));
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      request = request.next(page);
    }
  }

  /** The level equals the sum of its movements, and the running sum never left the valid range. */
  private void assertLedgerBalances(JdbcStore store, StockLevel level) {
    StockLevel running = StockLevel.empty(SKU, WAREHOUSE);
    for (Movement m : ledger(store)) {
      running = running.plus(m.delta());
      assertThat(running.isConsistent()).as("after %s: %s", m.id(), running).isTrue();
    }
    assertThat(running).isEqualTo(level);
  }
}
