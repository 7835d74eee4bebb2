package dev.crossborder.erp.catalog.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.Bundle;
import dev.crossborder.erp.catalog.Catalog;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.event.EventTypes;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.store.CatalogRepository;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.util.Map;
import java.util.Optional;

/** {@link Catalog} over the store's {@link CatalogRepository}. Thread-safe. */
public final class StoreCatalog implements Catalog {
  private final ErpContext ctx;

  /** Creates the service for {@code ctx}'s tenant. */
  public StoreCatalog(ErpContext ctx) {
    this.ctx = requireNonNull(ctx, "ctx == null");
  }

  @Override
  public Product create(Product product) {
    requireNonNull(product, "product == null");
    return ctx.tx(
        tx -> {
          CatalogRepository repo = tx.repository(CatalogRepository.class);
          repo.insertProduct(product);
          ctx.emit(
              tx,
              "product",
              product.id().value(),
              EventTypes.PRODUCT_CREATED,
              Map.of("productId", product.id(), "skus", product.skus().stream().map(Sku::code).toList()));
          return repo.findProduct(product.id()).orElseThrow();
        });
  }

  @Override
  public Product update(Product product) {
    requireNonNull(product, "product == null");
    return ctx.tx(
        tx -> {
          Product stored = tx.repository(CatalogRepository.class).updateProduct(product);
          ctx.emit(
              tx,
              "product",
              stored.id().value(),
              EventTypes.PRODUCT_UPDATED,
              Map.of("productId", stored.id(), "version", stored.version()));
          return stored;
        });
  }

  @Override
  public Optional<Product> product(ProductId id) {
    requireNonNull(id, "id == null");
    return ctx.tx(tx -> tx.repository(CatalogRepository.class).findProduct(id));
  }

  @Override
  public Optional<Sku> sku(SkuCode code) {
    requireNonNull(code, "code == null");
    return ctx.tx(tx -> tx.repository(CatalogRepository.class).findSku(code));
  }

  @Override
  public Page<Product> products(PageRequest page) {
    requireNonNull(page, "page == null");
    return ctx.tx(tx -> tx.repository(CatalogRepository.class).products(page));
  }

  @Override
  public void saveBundle(Bundle bundle) {
    requireNonNull(bundle, "bundle == null");
    ctx.tx(
        tx -> {
          CatalogRepository repo = tx.repository(CatalogRepository.class);
          for (int i = 0; i < bundle.components().size(); i++) {
            SkuCode sku = bundle.components().get(i).sku();
            if (repo.findSku(sku).isEmpty()) {
              throw new NotFoundException("components[" + i + "].sku", sku);
            }
          }
          repo.saveBundle(bundle);
          return null;
        });
  }

  @Override
  public Optional<Bundle> bundle(SkuCode code) {
    requireNonNull(code, "code == null");
    return ctx.tx(tx -> tx.repository(CatalogRepository.class).findBundle(code));
  }
}
