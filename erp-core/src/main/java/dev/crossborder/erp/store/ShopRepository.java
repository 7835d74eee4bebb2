package dev.crossborder.erp.store;

import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.util.Optional;

/** Shops of the transaction's tenant. */
public interface ShopRepository {

  /**
   * Inserts a new shop at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code shopId} if it exists
   */
  void insert(Shop shop);

  /**
   * Replaces a shop if its stored version equals {@code shop.version()}; returns it at the next
   * version.
   *
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such shop
   */
  Shop update(Shop shop);

  /** The shop with {@code id}. */
  Optional<Shop> find(ShopId id);

  /** Shops ordered by id. */
  Page<Shop> list(PageRequest page);
}
