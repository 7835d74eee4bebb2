package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.Optional;

/** The order repository of one in-memory session. */
final class MemoryOrderRepository implements OrderRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryOrderRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  private static String platformKey(ShopId shop, String platformOrderId) {
    return shop.value() + '\u0000' + platformOrderId;
  }

  @Override
  public void insert(Order order) {
    String id = order.id().value();
    String key = platformKey(order.shopId(), order.platformOrderId());
    if (s.get(t.platformOrderIndex, key) != null) {
      throw new DuplicateKeyException("platformOrderId", order.platformOrderId());
    }
    if (s.get(t.orders, id) != null) {
      throw new DuplicateKeyException("orderId", id);
    }
    s.put(t.orders, id, order.toBuilder().version(0).build());
    s.put(t.platformOrderIndex, key, id);
    s.put(t.ordersByTime, new Keys.OrderTime(order.purchasedAt(), id), id);
    s.requireAbsentAtCommit(t.orders, id, "order " + id);
    s.requireAbsentAtCommit(t.platformOrderIndex, key, "platform order " + order.platformOrderId());
  }

  @Override
  public Order update(Order order) {
    String id = order.id().value();
    Order stored = s.get(t.orders, id);
    if (stored == null) {
      throw new NotFoundException("orderId", id);
    }
    if (!stored.shopId().equals(order.shopId())) {
      throw new InvalidInputException("shopId", order.shopId(), "cannot change from " + stored.shopId());
    }
    if (!stored.platformOrderId().equals(order.platformOrderId())) {
      throw new InvalidInputException(
          "platformOrderId", order.platformOrderId(), "cannot change from " + stored.platformOrderId());
    }
    long expected = order.version();
    if (stored.version() != expected) {
      throw new ConcurrentUpdateException("order " + id + " version " + expected);
    }
    Order next = order.toBuilder().version(expected + 1).build();
    boolean rewrite = s.wrote(t.orders, id);
    s.put(t.orders, id, next);
    if (!stored.purchasedAt().equals(next.purchasedAt())) {
      s.remove(t.ordersByTime, new Keys.OrderTime(stored.purchasedAt(), id));
      s.put(t.ordersByTime, new Keys.OrderTime(next.purchasedAt(), id), id);
    }
    s.preconditionOnFirstWrite(rewrite,
        () -> {
          Order c = t.orders.committed.get(id);
          return c == null || c.version() == expected ? null : "order " + id + " version " + expected;
        });
    return next;
  }

  @Override
  public Optional<Order> find(OrderId id) {
    return Optional.ofNullable(s.get(t.orders, id.value()));
  }

  @Override
  public Optional<Order> findByPlatformOrderId(ShopId shop, String platformOrderId) {
    String id = s.get(t.platformOrderIndex, platformKey(shop, platformOrderId));
    return id == null ? Optional.empty() : Optional.ofNullable(s.get(t.orders, id));
  }

  @Override
  public Page<Order> find(OrderQuery query, PageRequest page) {
    Keys.OrderTime after = page.cursor().map(Cursors::decodeOrder).orElse(null);
    var scanned =
        s.scan(
            t.ordersByTime,
            after,
            null,
            (k, id) -> {
              Order o = s.get(t.orders, id);
              return o != null && query.matches(o.status(), o.shopId(), o.purchasedAt());
            },
            page.limit() + 1);
    return Paging.page(scanned, page, id -> s.get(t.orders, id), Cursors::encodeOrder);
  }

  @Override
  public void saveBuyer(OrderId id, BuyerDetails buyer) {
    if (s.get(t.orders, id.value()) == null) {
      throw new NotFoundException("orderId", id.value());
    }
    s.put(t.buyers, id.value(), buyer);
  }

  @Override
  public Optional<BuyerDetails> findBuyer(OrderId id) {
    return Optional.ofNullable(s.get(t.buyers, id.value()));
  }

  @Override
  public boolean eraseBuyer(OrderId id) {
    if (s.get(t.buyers, id.value()) == null) {
      return false;
    }
    s.remove(t.buyers, id.value());
    return true;
  }
}
