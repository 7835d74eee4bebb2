package dev.crossborder.erp.store.jdbc;

import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.newTenant;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.shared;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.singleAttemptStore;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.store;
import static dev.crossborder.erp.testkit.store.Fixtures.T0;
import static dev.crossborder.erp.testkit.store.Fixtures.buyer;
import static dev.crossborder.erp.testkit.store.Fixtures.event;
import static dev.crossborder.erp.testkit.store.Fixtures.movement;
import static dev.crossborder.erp.testkit.store.Fixtures.order;
import static dev.crossborder.erp.testkit.store.Fixtures.product;
import static dev.crossborder.erp.testkit.store.Fixtures.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.Reservation;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.StockLevel;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.shop.ShopStatus;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.InventoryRepository;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.StoreException;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.jdbc.JdbcStore.Dialect;
import dev.crossborder.erp.testkit.support.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How SQL failures reach callers: unique keys as {@link DuplicateKeyException} naming the field,
 * stale versions and database conflicts as {@link ConcurrentUpdateException} (retried), everything
 * else as {@link StoreException} without statement values or buyer data.
 */
class JdbcStoreErrorMappingTest {
  private final TenantId tenant = newTenant();

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void duplicateInsertsNameTheirField(Dialect dialect) {
    JdbcStore store = store(dialect, shared(dialect));
    store.useTransaction(
        tenant,
        tx -> {
          tx.repository(CatalogRepository.class).insertProduct(product("p1", "SKU-1"));
          tx.repository(ShopRepository.class).insert(shop("s1"));
          tx.repository(OrderRepository.class)
              .insert(order(OrderId.of("o1"), ShopId.of("s1"), "PO-1", T0));
          tx.repository(InventoryRepository.class).apply(receipt("m1", 5));
          tx.repository(InventoryRepository.class).insertReservation(reservation("r1"));
          tx.repository(OutboxRepository.class).append(event(tenant, "e1", "o1", T0));
        });

    assertDuplicate(
        store,
        "productId",
        tx -> tx.repository(CatalogRepository.class).insertProduct(product("p1", "SKU-2")));
    assertDuplicate(
        store,
        "sku",
        tx ->
            tx.repository(CatalogRepository.class).insertProduct(product("p2", "SKU-3", "SKU-1")));
    assertDuplicate(
        store,
        "bundle",
        tx ->
            tx.repository(CatalogRepository.class)
                .saveBundle(
                    new Bundle(
                        SkuCode.of("SKU-1"),
                        "set",
                        List.of(new Bundle.Component(SkuCode.of("SKU-9"), Quantity.of(2))))));
    assertDuplicate(store, "shopId", tx -> tx.repository(ShopRepository.class).insert(shop("s1")));
    assertDuplicate(
        store,
        "platformOrderId",
        tx ->
            tx.repository(OrderRepository.class)
                .insert(order(OrderId.of("o2"), ShopId.of("s1"), "PO-1", T0)));
    assertDuplicate(
        store,
        "orderId",
        tx ->
            tx.repository(OrderRepository.class)
                .insert(order(OrderId.of("o1"), ShopId.of("s1"), "PO-2", T0)));
    assertDuplicate(
        store,
        "movementId",
        tx -> tx.repository(InventoryRepository.class).apply(receipt("m1", 1)));
    assertDuplicate(
        store,
        "key",
        tx -> tx.repository(InventoryRepository.class).insertReservation(reservation("r1")));
    assertDuplicate(
        store,
        "eventId",
        tx -> tx.repository(OutboxRepository.class).append(event(tenant, "e1", "o1", T0)));

    // Nothing of the refused product p2 was written, not even its first, free SKU code.
    Optional<Sku> refused =
        store.inTransaction(
            tenant, tx -> tx.repository(CatalogRepository.class).findSku(SkuCode.of("SKU-3")));
    assertThat(refused).isEmpty();
    Optional<StockLevel> level =
        store.inTransaction(
            tenant,
            tx ->
                tx.repository(InventoryRepository.class)
                    .level(SkuCode.of("SKU-1"), WarehouseId.of("w1")));
    assertThat(level).hasValueSatisfying(l -> assertThat(l.onHand()).isEqualTo(5));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aTransactionGoesOnAfterCatchingADuplicateKey(Dialect dialect) {
    JdbcStore store = store(dialect, shared(dialect));
    store.useTransaction(tenant, tx -> tx.repository(ShopRepository.class).insert(shop("s1")));

    store.useTransaction(
        tenant,
        tx -> {
          ShopRepository shops = tx.repository(ShopRepository.class);
          assertThatThrownBy(() -> shops.insert(shop("s1")))
              .isInstanceOf(DuplicateKeyException.class);
          tx.repository(CatalogRepository.class).insertProduct(product("p1", "SKU-1", "SKU-1b"));
          assertThatThrownBy(
                  () ->
                      tx.repository(CatalogRepository.class)
                          .insertProduct(product("p2", "SKU-2", "SKU-1")))
              .isInstanceOf(DuplicateKeyException.class);
          shops.insert(shop("s2"));
        });

    store.useTransaction(
        tenant,
        tx -> {
          assertThat(tx.repository(ShopRepository.class).find(ShopId.of("s2"))).isPresent();
          assertThat(tx.repository(CatalogRepository.class).findProduct(ProductId.of("p1")))
              .isPresent();
          assertThat(tx.repository(CatalogRepository.class).findProduct(ProductId.of("p2")))
              .isEmpty();
          assertThat(tx.repository(CatalogRepository.class).findSku(SkuCode.of("SKU-2"))).isEmpty();
        });
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aStaleVersionIsAConcurrentUpdateRetriedUpToTheLimit(Dialect dialect) {
    JdbcStore store =
        JdbcStore.builder(shared(dialect)).dialect(dialect).maxAttempts(3).migrate(true).build();
    store.useTransaction(tenant, tx -> tx.repository(ShopRepository.class).insert(shop("s1")));
    Shop read =
        store
            .inTransaction(tenant, tx -> tx.repository(ShopRepository.class).find(ShopId.of("s1")))
            .orElseThrow();
    store.useTransaction(
        tenant,
        tx -> tx.repository(ShopRepository.class).update(read.withStatus(ShopStatus.PAUSED)));
    AtomicInteger attempts = new AtomicInteger();

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant,
                    tx -> {
                      attempts.incrementAndGet();
                      tx.repository(ShopRepository.class)
                          .update(read.withStatus(ShopStatus.CLOSED));
                    }))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("shop s1 version 0");
    assertThat(attempts).hasValue(3);
    Shop stored =
        store
            .inTransaction(tenant, tx -> tx.repository(ShopRepository.class).find(ShopId.of("s1")))
            .orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.status()).isEqualTo(ShopStatus.PAUSED);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void updatingSomethingAbsentIsNotFound(Dialect dialect) {
    JdbcStore store = store(dialect, shared(dialect));

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant, tx -> tx.repository(ShopRepository.class).update(shop("nope"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("shopId");
    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant,
                    tx ->
                        tx.repository(CatalogRepository.class).updateProduct(product("nope", "X"))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("productId");
    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant,
                    tx ->
                        tx.repository(OrderRepository.class)
                            .update(order(OrderId.of("nope"), ShopId.of("s"), "P", T0))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("orderId");
  }

  @ParameterizedTest
  @CsvSource({
    "40001, 0, serialization failure",
    "40P01, 0, deadlock",
    "55P03, 0, lock not available",
    "HYT00, 50200, h2 lock timeout",
    "90131, 90131, h2 concurrent update",
    "23505, 23505, unique key taken outside an insert method"
  })
  void databaseConflictsAreRetriedAsConcurrentUpdates(String state, int code, String what) {
    DataSource db = TestDatabases.h2();
    store(Dialect.H2, db);
    AtomicInteger attempts = new AtomicInteger();
    DataSource faulty =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (!commit && n == 2 && attempts.get() < 3) {
                throw new SQLException(what, state, code);
              }
            });
    JdbcStore store = JdbcStore.builder(faulty).dialect(Dialect.H2).maxAttempts(3).build();

    store.useTransaction(
        tenant,
        tx -> {
          attempts.incrementAndGet();
          tx.repository(ShopRepository.class).insert(shop("s1"));
          assertThat(tx.repository(ShopRepository.class).find(ShopId.of("s1"))).isPresent();
        });

    assertThat(attempts).hasValue(3);
    Optional<Shop> stored =
        store.inTransaction(
            tenant, tx -> tx.repository(ShopRepository.class).find(ShopId.of("s1")));
    assertThat(stored).isPresent();
  }

  @ParameterizedTest
  @CsvSource({"40001, 0", "40P01, 0", "HYT00, 50200"})
  void aConflictThatOutlastsTheAttemptsReachesTheCaller(String state, int code) {
    DataSource db = TestDatabases.h2();
    store(Dialect.H2, db);
    DataSource faulty =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (commit) {
                throw new SQLException("conflict at commit", state, code);
              }
            });
    JdbcStore store = JdbcStore.builder(faulty).dialect(Dialect.H2).maxAttempts(2).build();

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant, tx -> tx.repository(ShopRepository.class).insert(shop("s1"))))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining(state);
    Optional<Shop> stored =
        singleAttemptStore(Dialect.H2, db)
            .inTransaction(tenant, tx -> tx.repository(ShopRepository.class).find(ShopId.of("s1")));
    assertThat(stored).isEmpty();
  }

  @Test
  void otherFailuresAreStoreExceptionsWithoutTheDriversValuesInTheMessage() {
    DataSource db = TestDatabases.h2();
    store(Dialect.H2, db);
    DataSource faulty =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (!commit && n == 1) {
                throw new SQLException("value 'Jane Roe' too long for column", "22001", 22001);
              }
            });
    Store store = JdbcStore.builder(faulty).dialect(Dialect.H2).build();

    assertThatThrownBy(
            () ->
                store.useTransaction(
                    tenant, tx -> tx.repository(ShopRepository.class).insert(shop("s1"))))
        .isExactlyInstanceOf(StoreException.class)
        .hasMessageContaining("22001")
        .hasMessageNotContaining("Jane");
  }

  @Test
  void failuresOnBuyerDataKeepNoDriverMessageAnywhereInTheChain() {
    DataSource db = TestDatabases.h2();
    JdbcStore plain = store(Dialect.H2, db);
    plain.useTransaction(
        tenant,
        tx -> {
          tx.repository(ShopRepository.class).insert(shop("s1"));
          tx.repository(OrderRepository.class)
              .insert(order(OrderId.of("o1"), ShopId.of("s1"), "PO-1", T0));
        });
    DataSource faulty =
        FaultyDataSource.wrap(
            db,
            (commit, n, real) -> {
              if (!commit && n == 2) {
                throw new SQLException("row {\"name\":\"Jane Roe\"} rejected", "22000", 1);
              }
            });
    Store store = JdbcStore.builder(faulty).dialect(Dialect.H2).build();

    Throwable thrown =
        catchThrowable(
            () ->
                store.useTransaction(
                    tenant,
                    tx ->
                        tx.repository(OrderRepository.class)
                            .saveBuyer(OrderId.of("o1"), buyer("Jane Roe"))));

    assertThat(thrown).isExactlyInstanceOf(StoreException.class);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(t.getMessage()).doesNotContain("Jane");
    }
  }

  private void assertDuplicate(Store store, String field, Consumer<StoreTransaction> insert) {
    assertThatThrownBy(() -> store.useTransaction(tenant, insert::accept))
        .isInstanceOfSatisfying(
            DuplicateKeyException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static Movement receipt(String id, long units) {
    return movement(id, "SKU-1", "w1", MovementType.RECEIPT, new StockDelta(units, 0, 0, 0, 0), T0);
  }

  private static Reservation reservation(String key) {
    return new Reservation(
        key, SkuCode.of("SKU-1"), WarehouseId.of("w1"), Quantity.of(1), Reservation.State.ACTIVE);
  }
}
