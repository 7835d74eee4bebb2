package dev.crossborder.erp.catalog;

import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.Optional;

/**
 * The tenant's catalog: products with their SKUs, and bundles. Reached by {@code erp.catalog()}.
 * Thread-safe; every method runs in its own transaction (or joins the caller's).
 */
public interface Catalog {

  /**
   * Stores a new product and emits {@code product.created}.
   *
   * @return the product as stored (version 0)
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException if its id or one of its SKU codes is
   *     taken
   */
  Product create(Product product);

  /**
   * Replaces a product read at {@code product.version()} and emits {@code product.updated}.
   *
   * @return the product as stored, at the next version
   * @throws dev.crossborder.erp.store.ConcurrentUpdateException if it changed since it was read
   */
  Product update(Product product);

  /** The product with {@code id}. */
  Optional<Product> product(ProductId id);

  /** The SKU with {@code code}. */
  Optional<Sku> sku(SkuCode code);

  /** Products ordered by id, one page at a time. */
  Page<Product> products(PageRequest page);

  /**
   * Stores or replaces a bundle after checking that every component SKU exists.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException naming the first unknown component
   */
  void saveBundle(Bundle bundle);

  /** The bundle with {@code code}. */
  Optional<Bundle> bundle(SkuCode code);
}
