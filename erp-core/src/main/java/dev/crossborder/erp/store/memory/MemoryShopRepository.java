package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import java.util.Optional;

/** The shop repository of one in-memory session. */
final class MemoryShopRepository implements ShopRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryShopRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public void insert(Shop shop) {
    String id = shop.id().value();
    if (s.get(t.shops, id) != null) {
      throw new DuplicateKeyException("shopId", id);
    }
    s.put(t.shops, id, shop.withVersion(0));
    s.requireAbsentAtCommit(t.shops, id, "shop " + id);
  }

  @Override
  public Shop update(Shop shop) {
    String id = shop.id().value();
    Shop stored = s.get(t.shops, id);
    if (stored == null) {
      throw new NotFoundException("shopId", id);
    }
    long expected = shop.version();
    if (stored.version() != expected) {
      throw new ConcurrentUpdateException("shop " + id + " version " + expected);
    }
    Shop next = shop.withVersion(expected + 1);
    boolean rewrite = s.wrote(t.shops, id);
    s.put(t.shops, id, next);
    s.preconditionOnFirstWrite(rewrite,
        () -> {
          Shop c = t.shops.committed.get(id);
          return c == null || c.version() == expected ? null : "shop " + id + " version " + expected;
        });
    return next;
  }

  @Override
  public Optional<Shop> find(ShopId id) {
    return Optional.ofNullable(s.get(t.shops, id.value()));
  }

  @Override
  public Page<Shop> list(PageRequest page) {
    String after = page.cursor().map(Cursors::decode).orElse(null);
    return Paging.page(
        s.scan(t.shops, after, null, (k, v) -> true, page.limit() + 1), page, v -> v, Cursors::encode);
  }
}
