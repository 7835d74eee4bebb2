package dev.crossborder.erp.shop.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.shop.Shops;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.ShopRepository;
import java.util.Map;
import java.util.Optional;

/** {@link Shops} over the store's {@link ShopRepository}. Thread-safe. */
public final class StoreShops implements Shops {
  private final ErpContext ctx;

  /** Creates the service for {@code ctx}'s tenant. */
  public StoreShops(ErpContext ctx) {
    this.ctx = requireNonNull(ctx, "ctx == null");
  }

  @Override
  public Shop create(Shop shop) {
    requireNonNull(shop, "shop == null");
    return ctx.tx(
        tx -> {
          ShopRepository repo = tx.repository(ShopRepository.class);
          repo.insert(shop);
          emit(ctx, tx, shop);
          return repo.find(shop.id()).orElseThrow();
        });
  }

  @Override
  public Shop update(Shop shop) {
    requireNonNull(shop, "shop == null");
    return ctx.tx(
        tx -> {
          Shop stored = tx.repository(ShopRepository.class).update(shop);
          emit(ctx, tx, stored);
          return stored;
        });
  }

  private static void emit(ErpContext ctx, dev.crossborder.erp.store.StoreTransaction tx, Shop shop) {
    ctx.emit(
        tx,
        "shop",
        shop.id().value(),
        EventTypes.SHOP_SAVED,
        Map.of("shopId", shop.id(), "platform", shop.platform(), "status", shop.status()));
  }

  @Override
  public Optional<Shop> shop(ShopId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(ShopRepository.class).find(id));
  }

  @Override
  public Page<Shop> list(PageRequest page) {
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(ShopRepository.class).list(page));
  }
}
