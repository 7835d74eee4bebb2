package dev.crossborder.erp.store;

import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import java.util.Optional;

/** Products, their SKUs and bundles of the transaction's tenant. */
public interface CatalogRepository {

  /**
   * Inserts a new product at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on field {@code productId} if the id
   *     exists, or {@code sku} if one of its SKU codes is already used by any product or bundle
   */
  void insertProduct(Product product);

  /**
   * Replaces a product if its stored version equals {@code product.version()}, and returns it at
   * the next version. SKUs removed from the product are removed from the SKU index.
   *
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such product
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code sku} if an added SKU code
   *     belongs to another product or a bundle
   */
  Product updateProduct(Product product);

  /** The product with {@code id}. */
  Optional<Product> findProduct(ProductId id);

  /** The SKU with {@code code}, from whichever product holds it. */
  Optional<Sku> findSku(SkuCode code);

  /** Products ordered by id. */
  Page<Product> products(PageRequest page);

  /**
   * Inserts or replaces a bundle.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code bundle} if a SKU has its code
   */
  void saveBundle(Bundle bundle);

  /** The bundle with {@code code}. */
  Optional<Bundle> findBundle(SkuCode code);
}
