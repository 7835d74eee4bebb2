package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Products in {@code erp_product}, bundles in {@code erp_bundle}, and every SKU and bundle code in
 * {@code erp_sku_code}, whose primary key keeps codes unique across both. Multi-statement writes
 * run {@linkplain JdbcSession#atomically atomically}. Bound to one session; not thread-safe.
 */
final class JdbcCatalogRepository implements CatalogRepository {
  private static final String LIST = "products";
  private static final String SKU = "SKU";
  private static final String BUNDLE = "BUNDLE";
  private static final String INSERT_CODE =
      "INSERT INTO erp_sku_code (tenant_id, code, kind, product_id) VALUES (?, ?, ?, ?)";

  private final JdbcSession s;

  JdbcCatalogRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void insertProduct(Product product) {
    requireNonNull(product, "product == null");
    String id = product.id().value();
    String doc = s.documents().product(product);
    s.atomically(
        "product",
        () -> {
          boolean inserted =
              s.insertIfAbsent(
                  "product",
                  "INSERT INTO erp_product (tenant_id, id, version, doc) VALUES (?, ?, ?, ?)",
                  s.tenantId(),
                  id,
                  0L,
                  doc);
          if (!inserted) {
            throw new DuplicateKeyException("productId", id);
          }
          for (Sku sku : product.skus()) {
            indexSku(sku.code(), id);
          }
          return null;
        });
  }

  @Override
  public Product updateProduct(Product product) {
    requireNonNull(product, "product == null");
    String id = product.id().value();
    long expected = product.version();
    Product next = product.toBuilder().version(expected + 1).build();
    String doc = s.documents().product(next);
    return s.atomically(
        "product",
        () -> {
          int rows =
              s.update(
                  "product",
                  "UPDATE erp_product SET version = version + 1, doc = ?"
                      + " WHERE tenant_id = ? AND id = ? AND version = ?",
                  doc,
                  s.tenantId(),
                  id,
                  expected);
          if (rows == 0) {
            if (s.exists(
                "product",
                "SELECT 1 FROM erp_product WHERE tenant_id = ? AND id = ?",
                s.tenantId(),
                id)) {
              throw new ConcurrentUpdateException("product " + id + " version " + expected);
            }
            throw new NotFoundException("productId", id);
          }
          Set<String> indexed =
              new HashSet<>(
                  s.query(
                      "product",
                      "SELECT code FROM erp_sku_code WHERE tenant_id = ? AND product_id = ?",
                      rs -> rs.getString("code"),
                      s.tenantId(),
                      id));
          Set<String> wanted = new HashSet<>();
          for (Sku sku : next.skus()) {
            wanted.add(sku.code().value());
          }
          for (String code : indexed) {
            if (!wanted.contains(code)) {
              s.update(
                  "product",
                  "DELETE FROM erp_sku_code WHERE tenant_id = ? AND code = ? AND product_id = ?",
                  s.tenantId(),
                  code,
                  id);
            }
          }
          for (Sku sku : next.skus()) {
            if (!indexed.contains(sku.code().value())) {
              indexSku(sku.code(), id);
            }
          }
          return next;
        });
  }

  private void indexSku(SkuCode code, String productId) {
    if (!s.insertIfAbsent("sku code", INSERT_CODE, s.tenantId(), code.value(), SKU, productId)) {
      throw new DuplicateKeyException("sku", code.value());
    }
  }

  @Override
  public Optional<Product> findProduct(ProductId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "product",
        "SELECT version, doc FROM erp_product WHERE tenant_id = ? AND id = ?",
        rs -> s.documents().product(rs.getString("doc"), rs.getLong("version")),
        s.tenantId(),
        id.value());
  }

  @Override
  public Optional<Sku> findSku(SkuCode code) {
    requireNonNull(code, "code == null");
    return s.queryOne(
            "product",
            "SELECT p.version, p.doc FROM erp_sku_code c"
                + " JOIN erp_product p ON p.tenant_id = c.tenant_id AND p.id = c.product_id"
                + " WHERE c.tenant_id = ? AND c.code = ? AND c.kind = ?",
            rs -> s.documents().product(rs.getString("doc"), rs.getLong("version")),
            s.tenantId(),
            code.value(),
            SKU)
        .flatMap(product -> product.sku(code));
  }

  @Override
  public Page<Product> products(PageRequest page) {
    requireNonNull(page, "page == null");
    List<Product> rows;
    if (page.after() == null) {
      rows =
          s.query(
              "product",
              "SELECT version, doc FROM erp_product WHERE tenant_id = ? ORDER BY id LIMIT ?",
              rs -> s.documents().product(rs.getString("doc"), rs.getLong("version")),
              s.tenantId(),
              page.limit() + 1);
    } else {
      rows =
          s.query(
              "product",
              "SELECT version, doc FROM erp_product WHERE tenant_id = ? AND id > ? ORDER BY id"
                  + " LIMIT ?",
              rs -> s.documents().product(rs.getString("doc"), rs.getLong("version")),
              s.tenantId(),
              Keyset.decode(LIST, page.after()),
              page.limit() + 1);
    }
    return Keyset.page(rows, page, p -> p, p -> Keyset.encode(LIST, p.id().value()));
  }

  @Override
  public void saveBundle(Bundle bundle) {
    requireNonNull(bundle, "bundle == null");
    String code = bundle.code().value();
    String doc = s.documents().bundle(bundle);
    s.atomically(
        "bundle",
        () -> {
          if (!s.insertIfAbsent(
              "bundle", INSERT_CODE, s.tenantId(), code, BUNDLE, JdbcSession.nullableText(null))) {
            String kind =
                s.queryOne(
                        "bundle",
                        "SELECT kind FROM erp_sku_code WHERE tenant_id = ? AND code = ?",
                        rs -> rs.getString("kind"),
                        s.tenantId(),
                        code)
                    .orElseThrow(() -> new ConcurrentUpdateException("sku code " + code));
            if (!BUNDLE.equals(kind)) {
              throw new DuplicateKeyException("bundle", code);
            }
          }
          Upserts.updateOrInsert(
              s,
              "bundle",
              "UPDATE erp_bundle SET doc = ? WHERE tenant_id = ? AND code = ?",
              new Object[] {doc, s.tenantId(), code},
              "INSERT INTO erp_bundle (tenant_id, code, doc) VALUES (?, ?, ?)",
              new Object[] {s.tenantId(), code, doc});
          return null;
        });
  }

  @Override
  public Optional<Bundle> findBundle(SkuCode code) {
    requireNonNull(code, "code == null");
    return s.queryOne(
        "bundle",
        "SELECT doc FROM erp_bundle WHERE tenant_id = ? AND code = ?",
        rs -> s.documents().bundle(rs.getString("doc")),
        s.tenantId(),
        code.value());
  }
}
