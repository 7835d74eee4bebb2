package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.Optional;

/** The catalog repository of one in-memory session. */
final class MemoryCatalogRepository implements CatalogRepository {
  /** The SKU index value marking a bundle code. */
  private static final String BUNDLE = "\u0000bundle";

  private final MemorySession s;
  private final TenantTables t;

  MemoryCatalogRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public void insertProduct(Product product) {
    String id = product.id().value();
    if (s.get(t.products, id) != null) {
      throw new DuplicateKeyException("productId", id);
    }
    for (Sku sku : product.skus()) {
      indexSku(sku.code(), id);
    }
    s.put(t.products, id, product.toBuilder().version(0).build());
    s.requireAbsentAtCommit(t.products, id, "product " + id);
  }

  @Override
  public Product updateProduct(Product product) {
    String id = product.id().value();
    Product stored = s.get(t.products, id);
    if (stored == null) {
      throw new NotFoundException("productId", id);
    }
    long expected = product.version();
    if (stored.version() != expected) {
      throw new ConcurrentUpdateException("product " + id + " version " + expected);
    }
    for (Sku sku : product.skus()) {
      if (stored.sku(sku.code()).isEmpty()) {
        indexSku(sku.code(), id);
      }
    }
    for (Sku old : stored.skus()) {
      if (product.sku(old.code()).isEmpty()) {
        s.remove(t.skuIndex, old.code().value());
      }
    }
    Product next = product.toBuilder().version(expected + 1).build();
    boolean rewrite = s.wrote(t.products, id);
    s.put(t.products, id, next);
    s.preconditionOnFirstWrite(rewrite,
        () -> {
          Product c = t.products.committed.get(id);
          return c == null || c.version() == expected ? null : "product " + id + " version " + expected;
        });
    return next;
  }

  private void indexSku(SkuCode code, String productId) {
    if (s.get(t.skuIndex, code.value()) != null) {
      throw new DuplicateKeyException("sku", code.value());
    }
    s.put(t.skuIndex, code.value(), productId);
    s.requireAbsentAtCommit(t.skuIndex, code.value(), "sku " + code.value());
  }

  @Override
  public Optional<Product> findProduct(ProductId id) {
    return Optional.ofNullable(s.get(t.products, id.value()));
  }

  @Override
  public Optional<Sku> findSku(SkuCode code) {
    String productId = s.get(t.skuIndex, code.value());
    if (productId == null || productId.equals(BUNDLE)) {
      return Optional.empty();
    }
    Product product = s.get(t.products, productId);
    return product == null ? Optional.empty() : product.sku(code);
  }

  @Override
  public Page<Product> products(PageRequest page) {
    String after = page.cursor().map(Cursors::decode).orElse(null);
    return Paging.page(
        s.scan(t.products, after, null, (k, v) -> true, page.limit() + 1), page, p -> p, Cursors::encode);
  }

  @Override
  public void saveBundle(Bundle bundle) {
    String code = bundle.code().value();
    String indexed = s.get(t.skuIndex, code);
    if (indexed != null && !indexed.equals(BUNDLE)) {
      throw new DuplicateKeyException("bundle", code);
    }
    if (indexed == null) {
      s.put(t.skuIndex, code, BUNDLE);
      s.precondition(
          () -> {
            String c = t.skuIndex.committed.get(code);
            return c == null || c.equals(BUNDLE) ? null : "sku " + code;
          });
    }
    s.put(t.bundles, code, bundle);
  }

  @Override
  public Optional<Bundle> findBundle(SkuCode code) {
    return Optional.ofNullable(s.get(t.bundles, code.value()));
  }
}
