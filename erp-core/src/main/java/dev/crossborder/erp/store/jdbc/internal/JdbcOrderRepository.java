package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Orders in {@code erp_order} (the document plus id, shop, platform order id, status, purchase time
 * and version columns; the platform order id is unique per tenant and shop) and buyer data in
 * {@code erp_order_buyer}, so that erasing it deletes one row and leaves the order as it was. Bound
 * to one session; not thread-safe.
 */
final class JdbcOrderRepository implements OrderRepository {
  private static final String LIST = "orders";

  private final JdbcSession s;

  JdbcOrderRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void insert(Order order) {
    requireNonNull(order, "order == null");
    String id = order.id().value();
    boolean inserted =
        s.insertIfAbsent(
            "order",
            "INSERT INTO erp_order"
                + " (tenant_id, id, shop_id, platform_order_id, status, purchased_at, version, doc)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            id,
            order.shopId().value(),
            order.platformOrderId(),
            order.status().name(),
            order.purchasedAt(),
            0L,
            s.documents().order(order));
    if (inserted) {
      return;
    }
    if (s.exists(
        "order",
        "SELECT 1 FROM erp_order WHERE tenant_id = ? AND shop_id = ? AND platform_order_id = ?",
        s.tenantId(),
        order.shopId().value(),
        order.platformOrderId())) {
      throw new DuplicateKeyException("platformOrderId", order.platformOrderId());
    }
    throw new DuplicateKeyException("orderId", id);
  }

  @Override
  public Order update(Order order) {
    requireNonNull(order, "order == null");
    String id = order.id().value();
    long expected = order.version();
    Order next = order.toBuilder().version(expected + 1).build();
    int rows =
        s.update(
            "order",
            "UPDATE erp_order SET version = version + 1, status = ?, purchased_at = ?, doc = ?"
                + " WHERE tenant_id = ? AND id = ? AND version = ? AND shop_id = ? AND"
                + " platform_order_id = ?",
            next.status().name(),
            next.purchasedAt(),
            s.documents().order(next),
            s.tenantId(),
            id,
            expected,
            order.shopId().value(),
            order.platformOrderId());
    if (rows > 0) {
      return next;
    }
    Stored stored =
        s.queryOne(
                "order",
                "SELECT shop_id, platform_order_id FROM erp_order WHERE tenant_id = ? AND id = ?",
                rs -> new Stored(rs.getString("shop_id"), rs.getString("platform_order_id")),
                s.tenantId(),
                id)
            .orElseThrow(() -> new NotFoundException("orderId", id));
    if (!stored.shopId().equals(order.shopId().value())) {
      throw new InvalidInputException(
          "shopId", order.shopId(), "cannot change from " + stored.shopId());
    }
    if (!stored.platformOrderId().equals(order.platformOrderId())) {
      throw new InvalidInputException(
          "platformOrderId",
          order.platformOrderId(),
          "cannot change from " + stored.platformOrderId());
    }
    throw new ConcurrentUpdateException("order " + id + " version " + expected);
  }

  @Override
  public Optional<Order> find(OrderId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "order",
        "SELECT version, doc FROM erp_order WHERE tenant_id = ? AND id = ?",
        this::order,
        s.tenantId(),
        id.value());
  }

  @Override
  public Optional<Order> findByPlatformOrderId(ShopId shop, String platformOrderId) {
    requireNonNull(shop, "shop == null");
    requireNonNull(platformOrderId, "platformOrderId == null");
    return s.queryOne(
        "order",
        "SELECT version, doc FROM erp_order WHERE tenant_id = ? AND shop_id = ? AND"
            + " platform_order_id = ?",
        this::order,
        s.tenantId(),
        shop.value(),
        platformOrderId);
  }

  @Override
  public Page<Order> find(OrderQuery query, PageRequest page) {
    requireNonNull(query, "query == null");
    requireNonNull(page, "page == null");
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, purchased_at, version, doc FROM erp_order WHERE tenant_id = ?");
    List<Object> args = new ArrayList<>();
    args.add(s.tenantId());
    JdbcSession.appendIn(sql, args, "status", query.statuses(), OrderStatus.class);
    if (query.shop() != null) {
      sql.append(" AND shop_id = ?");
      args.add(query.shop().value());
    }
    if (query.purchasedFrom() != null) {
      sql.append(" AND purchased_at >= ?");
      args.add(query.purchasedFrom());
    }
    if (query.purchasedBefore() != null) {
      sql.append(" AND purchased_at < ?");
      args.add(query.purchasedBefore());
    }
    if (page.after() != null) {
      Keyset.TimeAndId after = Keyset.decodeTimeAndId(LIST, page.after());
      sql.append(" AND (purchased_at, id) > (?, ?)");
      args.add(after.at());
      args.add(after.id());
    }
    sql.append(" ORDER BY purchased_at, id LIMIT ?");
    args.add(page.limit() + 1);
    List<Row> rows =
        s.query(
            "order",
            sql.toString(),
            rs -> new Row(JdbcSession.instant(rs, "purchased_at"), rs.getString("id"), order(rs)),
            args.toArray());
    return Keyset.page(
        rows, page, Row::order, row -> Keyset.encodeTimeAndId(LIST, row.purchasedAt(), row.id()));
  }

  @Override
  public void saveBuyer(OrderId id, BuyerDetails buyer) {
    requireNonNull(id, "id == null");
    requireNonNull(buyer, "buyer == null");
    s.personal(
        () -> {
          if (!s.exists(
              "order",
              "SELECT 1 FROM erp_order WHERE tenant_id = ? AND id = ?",
              s.tenantId(),
              id.value())) {
            throw new NotFoundException("orderId", id.value());
          }
          String doc = s.documents().buyer(buyer);
          Upserts.updateOrInsert(
              s,
              "order buyer",
              "UPDATE erp_order_buyer SET doc = ? WHERE tenant_id = ? AND order_id = ?",
              new Object[] {doc, s.tenantId(), id.value()},
              "INSERT INTO erp_order_buyer (tenant_id, order_id, doc) VALUES (?, ?, ?)",
              new Object[] {s.tenantId(), id.value(), doc});
          return null;
        });
  }

  @Override
  public Optional<BuyerDetails> findBuyer(OrderId id) {
    requireNonNull(id, "id == null");
    return s.personal(
        () ->
            s.queryOne(
                "order buyer",
                "SELECT doc FROM erp_order_buyer WHERE tenant_id = ? AND order_id = ?",
                rs -> s.documents().buyer(rs.getString("doc")),
                s.tenantId(),
                id.value()));
  }

  @Override
  public boolean eraseBuyer(OrderId id) {
    requireNonNull(id, "id == null");
    return s.personal(
        () ->
            s.update(
                    "order buyer",
                    "DELETE FROM erp_order_buyer WHERE tenant_id = ? AND order_id = ?",
                    s.tenantId(),
                    id.value())
                > 0);
  }

  private Order order(ResultSet rs) throws SQLException {
    return s.documents().order(rs.getString("doc"), rs.getLong("version"));
  }

  private record Stored(String shopId, String platformOrderId) {}

  private record Row(Instant purchasedAt, String id, Order order) {}
}
