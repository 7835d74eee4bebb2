package dev.crossborder.erp.shop;

import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.Optional;

/**
 * The tenant's shops. Reached by {@code erp.shops()}. Thread-safe; every method runs in its own
 * transaction (or joins the caller's).
 */
public interface Shops {

  /**
   * Stores a new shop and emits {@code shop.saved}.
   *
   * @return the shop as stored (version 0)
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException if its id is taken
   */
  Shop create(Shop shop);

  /**
   * Replaces a shop read at {@code shop.version()} and emits {@code shop.saved}.
   *
   * @throws dev.crossborder.erp.store.ConcurrentUpdateException if it changed since it was read
   */
  Shop update(Shop shop);

  /** The shop with {@code id}. */
  Optional<Shop> shop(ShopId id);

  /** Shops ordered by id, one page at a time. */
  Page<Shop> list(PageRequest page);
}
