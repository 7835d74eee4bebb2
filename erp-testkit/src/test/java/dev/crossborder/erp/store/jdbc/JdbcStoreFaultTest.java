package dev.crossborder.erp.store.jdbc;

import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.newTenant;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.shared;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.store;
import static dev.crossborder.erp.testkit.store.Fixtures.T0;
import static dev.crossborder.erp.testkit.store.Fixtures.movement;
import static dev.crossborder.erp.testkit.store.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.StoreException;
import dev.crossborder.erp.store.jdbc.JdbcStore.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A connection that dies, a commit that fails, a statement that fails inside a callback: in every
 * case nothing of the transaction is written.
 */
class JdbcStoreFaultTest {
  private final TenantId tenant = newTenant();

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aConnectionThatDiesMidTransactionLeavesNoPartialWrite(Dialect dialect) {
    DataSource db = shared(dialect);
    JdbcStore healthy = store(dialect, db);
    AtomicBoolean killed = new AtomicBoolean();
    DataSource dying =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (!commit && n == 3 && killed.compareAndSet(false, true)) {
                kill(dialect, real);
              }
            });
    JdbcStore store = JdbcStore.builder(dying).dialect(dialect).maxAttempts(1).build();

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant,
                    tx -> {
                      ShopRepository shops = tx.repository(ShopRepository.class);
                      shops.insert(shop("s1"));
                      shops.insert(shop("s2"));
                      shops.insert(shop("s3"));
                    }))
        .isInstanceOf(StoreException.class)
        .isNotInstanceOf(ConcurrentUpdateException.class);

    assertThat(killed).isTrue();
    assertNoShops(healthy, "s1", "s2", "s3");
    // The store goes on working with fresh connections.
    store.useTransaction(tenant, tx -> tx.repository(ShopRepository.class).insert(shop("s4")));
    Optional<Shop> s4 =
        healthy.inTransaction(
            tenant, tx -> tx.repository(ShopRepository.class).find(ShopId.of("s4")));
    assertThat(s4).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aConnectionThatDiesAtCommitLeavesNothingWritten(Dialect dialect) {
    DataSource db = shared(dialect);
    JdbcStore healthy = store(dialect, db);
    AtomicBoolean killed = new AtomicBoolean();
    DataSource dying =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (commit && killed.compareAndSet(false, true)) {
                kill(dialect, real);
              }
            });
    JdbcStore store = JdbcStore.builder(dying).dialect(dialect).maxAttempts(1).build();

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant,
                    tx -> {
                      tx.repository(ShopRepository.class).insert(shop("s1"));
                      tx.repository(InventoryRepository.class)
                          .apply(
                              movement(
                                  "m1",
                                  "SKU-1",
                                  "w1",
                                  MovementType.RECEIPT,
                                  new StockDelta(5, 0, 0, 0, 0),
                                  T0));
                    }))
        .isInstanceOf(StoreException.class);

    assertThat(killed).isTrue();
    assertNoShops(healthy, "s1");
    healthy.useTransaction(
        tenant,
        tx -> {
          InventoryRepository inventory = tx.repository(InventoryRepository.class);
          assertThat(inventory.movement("m1")).isEmpty();
          assertThat(inventory.level(SkuCode.of("SKU-1"), WarehouseId.of("w1"))).isEmpty();
        });
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aConflictAtCommitRetriesTheWholeCallbackAndWritesOnce(Dialect dialect) {
    DataSource db = shared(dialect);
    JdbcStore healthy = store(dialect, db);
    AtomicInteger commits = new AtomicInteger();
    DataSource flaky =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (commit && commits.incrementAndGet() == 1) {
                real.rollback();
                throw new SQLException("could not serialize access", "40001");
              }
            });
    JdbcStore store = JdbcStore.builder(flaky).dialect(dialect).maxAttempts(3).build();
    AtomicInteger attempts = new AtomicInteger();

    store.useTransaction(
        tenant,
        tx -> {
          attempts.incrementAndGet();
          tx.repository(InventoryRepository.class)
              .apply(
                  movement(
                      "m1",
                      "SKU-1",
                      "w1",
                      MovementType.RECEIPT,
                      new StockDelta(5, 0, 0, 0, 0),
                      T0));
        });

    assertThat(attempts).hasValue(2);
    healthy.useTransaction(
        tenant,
        tx ->
            assertThat(
                    tx.repository(InventoryRepository.class)
                        .level(SkuCode.of("SKU-1"), WarehouseId.of("w1")))
                .hasValueSatisfying(level -> assertThat(level.onHand()).isEqualTo(5)));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aCallbackThatSwallowsAnSqlFailureCannotCommitWhatCameBefore(Dialect dialect) {
    DataSource db = shared(dialect);
    JdbcStore healthy = store(dialect, db);
    DataSource failing =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (!commit && n == 2) {
                throw new SQLException("disk full", "53100");
              }
            });
    JdbcStore store = JdbcStore.builder(failing).dialect(dialect).maxAttempts(1).build();

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant,
                    tx -> {
                      ShopRepository shops = tx.repository(ShopRepository.class);
                      shops.insert(shop("s1"));
                      assertThatThrownBy(() -> shops.insert(shop("s2")))
                          .isInstanceOf(StoreException.class);
                      // swallowed: the transaction is rollback-only from here on
                    }))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("failed earlier");

    assertNoShops(healthy, "s1", "s2");
  }

  private void assertNoShops(JdbcStore store, String... ids) {
    store.useTransaction(
        tenant,
        tx -> {
          for (String id : ids) {
            assertThat(tx.repository(ShopRepository.class).find(ShopId.of(id))).as(id).isEmpty();
          }
        });
  }

  /** Ends the server side of {@code connection} the way a crash or a network cut would. */
  private static void kill(Dialect dialect, Connection connection) throws SQLException {
    if (dialect == Dialect.POSTGRES) {
      try (Statement st = connection.createStatement()) {
        st.execute("SELECT pg_terminate_backend(pg_backend_pid())");
      } catch (SQLException expected) {
        // the server ends the session while answering
      }
    } else {
      connection.close();
    }
  }
}
