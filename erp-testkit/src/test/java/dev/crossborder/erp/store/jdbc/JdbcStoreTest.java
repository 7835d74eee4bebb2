package dev.crossborder.erp.store.jdbc;

import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.newTenant;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.shared;
import static dev.crossborder.erp.store.jdbc.JdbcTestDatabases.store;
import static dev.crossborder.erp.testkit.store.Fixtures.T0;
import static dev.crossborder.erp.testkit.store.Fixtures.buyer;
import static dev.crossborder.erp.testkit.store.Fixtures.order;
import static dev.crossborder.erp.testkit.store.Fixtures.product;
import static dev.crossborder.erp.testkit.store.Fixtures.shop;
import static dev.crossborder.erp.testkit.store.Fixtures.warehouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Parcel;
import dev.crossborder.erp.order.ParcelId;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.Lease;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import dev.crossborder.erp.store.WarehouseRepository;
import dev.crossborder.erp.store.jdbc.JdbcStore.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What is particular to the JDBC store: aggregates round-trip exactly through their JSON documents,
 * instants keep nanoseconds inside documents and microseconds in columns, cursors are opaque and
 * tied to their list, and buyer data lives in a row of its own.
 */
class JdbcStoreTest {
  private final TenantId tenant = newTenant();

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aggregatesRoundTripThroughTheirDocuments(Dialect dialect) {
    JdbcStore store = store(dialect, shared(dialect));
    Instant purchased = Instant.parse("2026-03-02T08:00:00.123456789Z");
    Order order =
        order(OrderId.of("o1"), ShopId.of("s1"), "PO-1", purchased).toBuilder()
            .status(OrderStatus.ON_HOLD)
            .holdReason("address check")
            .shipments(
                List.of(
                    new Shipment(
                        ShipmentId.of("sh1"),
                        WarehouseId.of("w1"),
                        "UPS-GROUND",
                        List.of(new ShipmentLine("L1", SkuCode.of("SKU-A"), Quantity.of(2))),
                        List.of(
                            new Parcel(ParcelId.of("pa1"), "UPS", "1Z999", Weight.ofGrams(800))))))
            .build();
    Bundle bundle =
        new Bundle(
            SkuCode.of("SET-1"),
            "Two mugs",
            List.of(new Bundle.Component(SkuCode.of("SKU-A"), Quantity.of(2))));
    Product product = product("p1", "SKU-A", "SKU-B");

    store.useTransaction(
        tenant,
        tx -> {
          tx.repository(CatalogRepository.class).insertProduct(product);
          tx.repository(CatalogRepository.class).saveBundle(bundle);
          tx.repository(ShopRepository.class).insert(shop("s1"));
          tx.repository(WarehouseRepository.class).save(warehouse("w1"));
          tx.repository(OrderRepository.class).insert(order);
          tx.repository(OrderRepository.class).saveBuyer(OrderId.of("o1"), buyer("Jane Roe"));
        });

    store.useTransaction(
        tenant,
        tx -> {
          CatalogRepository catalog = tx.repository(CatalogRepository.class);
          Product p = catalog.findProduct(ProductId.of("p1")).orElseThrow();
          assertThat(p.skus()).isEqualTo(product.skus());
          assertThat(p.title()).isEqualTo(product.title());
          assertThat(p.brand()).isEqualTo(product.brand());
          assertThat(p.category()).isEqualTo(product.category());
          assertThat(p.version()).isZero();
          assertThat(catalog.findSku(SkuCode.of("SKU-B"))).contains(product.skus().get(1));
          assertThat(catalog.findSku(SkuCode.of("SET-1"))).isEmpty();
          assertThat(catalog.findBundle(SkuCode.of("SET-1"))).contains(bundle);
          assertThat(tx.repository(ShopRepository.class).find(ShopId.of("s1")))
              .contains(shop("s1"));
          assertThat(tx.repository(WarehouseRepository.class).find(WarehouseId.of("w1")))
              .contains(warehouse("w1"));
          Order o = tx.repository(OrderRepository.class).find(OrderId.of("o1")).orElseThrow();
          assertThat(o.purchasedAt()).isEqualTo(purchased);
          assertThat(o.lines()).isEqualTo(order.lines());
          assertThat(o.shipments()).isEqualTo(order.shipments());
          assertThat(o.platformFees()).isEqualTo(order.platformFees());
          assertThat(o.destination()).isEqualTo(order.destination());
          assertThat(o.holdReason()).contains("address check");
          assertThat(o.toString()).isEqualTo(order.toString());
          assertThat(tx.repository(OrderRepository.class).findBuyer(OrderId.of("o1")))
              .contains(buyer("Jane Roe"));
        });
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void erasingABuyerDeletesItsRowAndLeavesTheOrder(Dialect dialect) throws SQLException {
    DataSource db = shared(dialect);
    JdbcStore store = store(dialect, db);
    store.useTransaction(
        tenant,
        tx -> {
          tx.repository(OrderRepository.class)
              .insert(order(OrderId.of("o1"), ShopId.of("s1"), "PO-1", T0));
          tx.repository(OrderRepository.class).saveBuyer(OrderId.of("o1"), buyer("Jane Roe"));
        });

    boolean erased =
        store.inTransaction(
            tenant, tx -> tx.repository(OrderRepository.class).eraseBuyer(OrderId.of("o1")));
    assertThat(erased).isTrue();

    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM erp_order_buyer WHERE tenant_id = '" + tenant.value() + "'"))
        .isZero();
    assertThat(
            count(db, "SELECT COUNT(*) FROM erp_order WHERE tenant_id = '" + tenant.value() + "'"))
        .isEqualTo(1);
    assertThat(count(db, "SELECT COUNT(*) FROM erp_order WHERE doc LIKE '%Jane%'")).isZero();
    boolean again =
        store.inTransaction(
            tenant, tx -> tx.repository(OrderRepository.class).eraseBuyer(OrderId.of("o1")));
    assertThat(again).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void ordersWithTheSamePurchaseTimePageByIdWithoutGapsOrRepeats(Dialect dialect) {
    JdbcStore store = store(dialect, shared(dialect));
    Instant sameMicro = Instant.parse("2026-03-02T08:00:00.000001Z");
    store.useTransaction(
        tenant,
        tx -> {
          for (int i = 0; i < 7; i++) {
            Instant at = i < 5 ? sameMicro : sameMicro.plusSeconds(i);
            tx.repository(OrderRepository.class)
                .insert(order(OrderId.of("o" + i), ShopId.of("s1"), "PO-" + i, at));
          }
        });

    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    while (true) {
      PageRequest current = request;
      Page<Order> page =
          store.inTransaction(
              tenant, tx -> tx.repository(OrderRepository.class).find(OrderQuery.all(), current));
      page.items().forEach(o -> seen.add(o.id().value()));
      if (!page.hasNext()) {
        break;
      }
      request = request.next(page);
    }

    assertThat(seen).containsExactly("o0", "o1", "o2", "o3", "o4", "o5", "o6");
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aCursorOfOneListIsRefusedByAnother(Dialect dialect) {
    JdbcStore store = store(dialect, shared(dialect));
    store.useTransaction(
        tenant,
        tx -> {
          tx.repository(ShopRepository.class).insert(shop("s1"));
          tx.repository(ShopRepository.class).insert(shop("s2"));
        });
    Page<?> shops =
        store.inTransaction(
            tenant, tx -> tx.repository(ShopRepository.class).list(PageRequest.first(1)));
    String cursor = shops.nextCursor().orElseThrow();

    assertThat(cursor).doesNotContain("s1");
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tenant,
                    tx ->
                        tx.repository(CatalogRepository.class)
                            .products(new PageRequest(1, cursor))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cursor");
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tenant,
                    tx ->
                        tx.repository(ShopRepository.class)
                            .list(new PageRequest(1, "not base64 !"))))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void leaseExpiriesAreKeptToTheMicrosecond(Dialect dialect) {
    JdbcStore store = store(dialect, shared(dialect));
    Instant expires = Instant.parse("2026-03-02T08:00:30.123456789Z");

    Lease taken =
        store
            .inTransaction(
                tenant,
                tx -> tx.repository(LeaseRepository.class).tryAcquire("relay", "a", T0, expires))
            .orElseThrow();
    Lease renewed =
        store
            .inTransaction(
                tenant,
                tx -> tx.repository(LeaseRepository.class).tryAcquire("relay", "a", T0, expires))
            .orElseThrow();

    assertThat(taken.expiresAt()).isEqualTo(Instant.parse("2026-03-02T08:00:30.123456Z"));
    assertThat(renewed).isEqualTo(taken);
    Optional<Lease> found =
        store.inTransaction(tenant, tx -> tx.repository(LeaseRepository.class).find("relay"));
    assertThat(found).contains(taken);
  }

  private static long count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
