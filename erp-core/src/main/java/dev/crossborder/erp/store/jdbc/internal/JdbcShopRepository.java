package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import java.util.List;
import java.util.Optional;

/** Shops in {@code erp_shop}, bound to one session. Not thread-safe. */
final class JdbcShopRepository implements ShopRepository {
  private static final String LIST = "shops";

  private final JdbcSession s;

  JdbcShopRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void insert(Shop shop) {
    requireNonNull(shop, "shop == null");
    boolean inserted =
        s.insertIfAbsent(
            "shop",
            "INSERT INTO erp_shop (tenant_id, id, version, doc) VALUES (?, ?, ?, ?)",
            s.tenantId(),
            shop.id().value(),
            0L,
            s.documents().shop(shop.withVersion(0)));
    if (!inserted) {
      throw new DuplicateKeyException("shopId", shop.id().value());
    }
  }

  @Override
  public Shop update(Shop shop) {
    requireNonNull(shop, "shop == null");
    String id = shop.id().value();
    long expected = shop.version();
    Shop next = shop.withVersion(expected + 1);
    int rows =
        s.update(
            "shop",
            "UPDATE erp_shop SET version = version + 1, doc = ?"
                + " WHERE tenant_id = ? AND id = ? AND version = ?",
            s.documents().shop(next),
            s.tenantId(),
            id,
            expected);
    if (rows == 0) {
      if (s.exists(
          "shop", "SELECT 1 FROM erp_shop WHERE tenant_id = ? AND id = ?", s.tenantId(), id)) {
        throw new ConcurrentUpdateException("shop " + id + " version " + expected);
      }
      throw new NotFoundException("shopId", id);
    }
    return next;
  }

  @Override
  public Optional<Shop> find(ShopId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "shop",
        "SELECT version, doc FROM erp_shop WHERE tenant_id = ? AND id = ?",
        rs -> s.documents().shop(rs.getString("doc"), rs.getLong("version")),
        s.tenantId(),
        id.value());
  }

  @Override
  public Page<Shop> list(PageRequest page) {
    requireNonNull(page, "page == null");
    List<Shop> rows;
    if (page.after() == null) {
      rows =
          s.query(
              "shop",
              "SELECT version, doc FROM erp_shop WHERE tenant_id = ? ORDER BY id LIMIT ?",
              rs -> s.documents().shop(rs.getString("doc"), rs.getLong("version")),
              s.tenantId(),
              page.limit() + 1);
    } else {
      rows =
          s.query(
              "shop",
              "SELECT version, doc FROM erp_shop WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT"
                  + " ?",
              rs -> s.documents().shop(rs.getString("doc"), rs.getLong("version")),
              s.tenantId(),
              Keyset.decode(LIST, page.after()),
              page.limit() + 1);
    }
    return Keyset.page(rows, page, shop -> shop, shop -> Keyset.encode(LIST, shop.id().value()));
  }
}
