package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.NotFoundException;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.store.PurchasingRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Suppliers in {@code erp_supplier}, offers in {@code erp_supplier_offer} and purchase orders in
 * {@code erp_purchase_order}, bound to one session. Not thread-safe.
 */
final class JdbcPurchasingRepository implements PurchasingRepository {
  private static final String SUPPLIERS = "suppliers";
  private static final String OVERDUE = "overdue";
  private static final String OPEN_STATUSES = "('APPROVED', 'ORDERED', 'PARTIALLY_RECEIVED')";

  private final JdbcSession s;

  JdbcPurchasingRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void saveSupplier(Supplier supplier) {
    requireNonNull(supplier, "supplier == null");
    String doc = s.documents().write(supplier, "supplier", false);
    Upserts.updateOrInsert(
        s,
        "supplier",
        "UPDATE erp_supplier SET doc = ? WHERE tenant_id = ? AND id = ?",
        new Object[] {doc, s.tenantId(), supplier.id().value()},
        "INSERT INTO erp_supplier (tenant_id, id, doc) VALUES (?, ?, ?)",
        new Object[] {s.tenantId(), supplier.id().value(), doc});
  }

  @Override
  public Optional<Supplier> findSupplier(SupplierId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "supplier",
        "SELECT doc FROM erp_supplier WHERE tenant_id = ? AND id = ?",
        this::supplier,
        s.tenantId(),
        id.value());
  }

  @Override
  public Page<Supplier> suppliers(PageRequest page) {
    requireNonNull(page, "page == null");
    String after = page.after() == null ? "" : Keyset.decode(SUPPLIERS, page.after());
    List<Supplier> rows =
        s.query(
            "supplier",
            "SELECT doc FROM erp_supplier WHERE tenant_id = ? AND id > ? ORDER BY id LIMIT ?",
            this::supplier,
            s.tenantId(),
            after,
            page.limit() + 1);
    return Keyset.page(rows, page, x -> x, x -> Keyset.encode(SUPPLIERS, x.id().value()));
  }

  @Override
  public void saveOffer(SupplierOffer offer) {
    requireNonNull(offer, "offer == null");
    String doc = s.documents().write(offer, "offer", false);
    String sku = offer.sku().value();
    String supplier = offer.supplier().value();
    Upserts.updateOrInsert(
        s,
        "offer",
        "UPDATE erp_supplier_offer SET doc = ? WHERE tenant_id = ? AND sku = ? AND supplier_id = ?",
        new Object[] {doc, s.tenantId(), sku, supplier},
        "INSERT INTO erp_supplier_offer (tenant_id, sku, supplier_id, doc) VALUES (?, ?, ?, ?)",
        new Object[] {s.tenantId(), sku, supplier, doc});
  }

  @Override
  public List<SupplierOffer> offers(SkuCode sku) {
    requireNonNull(sku, "sku == null");
    return s.query(
        "offer",
        "SELECT doc FROM erp_supplier_offer WHERE tenant_id = ? AND sku = ? ORDER BY supplier_id",
        rs -> s.documents().read(rs.getString("doc"), SupplierOffer.class, "offer", false),
        s.tenantId(),
        sku.value());
  }

  @Override
  public void insertOrder(PurchaseOrder order) {
    requireNonNull(order, "order == null");
    PurchaseOrder stored = order.withVersion(0);
    String id = order.id().value();
    boolean inserted =
        s.insertIfAbsent(
            "purchase order",
            "INSERT INTO erp_purchase_order"
                + " (tenant_id, id, version, status, expected_arrival, draft_key, doc)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            s.tenantId(),
            id,
            0L,
            stored.status().name(),
            arrival(stored),
            JdbcSession.nullableText(stored.draftKey()),
            s.documents().write(stored, "purchase order", false));
    if (!inserted) {
      if (s.exists(
          "purchase order",
          "SELECT 1 FROM erp_purchase_order WHERE tenant_id = ? AND id = ?",
          s.tenantId(),
          id)) {
        throw new DuplicateKeyException("purchaseOrderId", id);
      }
      throw new ConcurrentUpdateException("draft " + stored.draftKey());
    }
  }

  @Override
  public PurchaseOrder updateOrder(PurchaseOrder order) {
    requireNonNull(order, "order == null");
    String id = order.id().value();
    long expected = order.version();
    PurchaseOrder next = order.withVersion(expected + 1);
    int rows =
        s.update(
            "purchase order",
            "UPDATE erp_purchase_order SET version = version + 1, status = ?, expected_arrival = ?,"
                + " draft_key = ?, doc = ? WHERE tenant_id = ? AND id = ? AND version = ?",
            next.status().name(),
            arrival(next),
            JdbcSession.nullableText(next.draftKey()),
            s.documents().write(next, "purchase order", false),
            s.tenantId(),
            id,
            expected);
    if (rows == 0) {
      if (s.exists(
          "purchase order",
          "SELECT 1 FROM erp_purchase_order WHERE tenant_id = ? AND id = ?",
          s.tenantId(),
          id)) {
        throw new ConcurrentUpdateException("purchase order " + id + " version " + expected);
      }
      throw new NotFoundException("purchaseOrderId", id);
    }
    return next;
  }

  @Override
  public Optional<PurchaseOrder> findOrder(PurchaseOrderId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "purchase order",
        "SELECT version, doc FROM erp_purchase_order WHERE tenant_id = ? AND id = ?",
        this::order,
        s.tenantId(),
        id.value());
  }

  @Override
  public Optional<PurchaseOrder> lockOrder(PurchaseOrderId id) {
    requireNonNull(id, "id == null");
    return s.queryOne(
        "purchase order",
        "SELECT version, doc FROM erp_purchase_order WHERE tenant_id = ? AND id = ? FOR UPDATE",
        this::order,
        s.tenantId(),
        id.value());
  }

  @Override
  public Optional<PurchaseOrder> findDraft(SupplierId supplier, WarehouseId warehouse) {
    requireNonNull(supplier, "supplier == null");
    requireNonNull(warehouse, "warehouse == null");
    return s.queryOne(
        "purchase order",
        "SELECT version, doc FROM erp_purchase_order WHERE tenant_id = ? AND draft_key = ? FOR UPDATE",
        this::order,
        s.tenantId(),
        supplier.value() + "/" + warehouse.value());
  }

  @Override
  public Page<PurchaseOrder> overdue(LocalDate asOf, PageRequest page) {
    requireNonNull(asOf, "asOf == null");
    requireNonNull(page, "page == null");
    String after = page.after() == null ? "" : Keyset.decode(OVERDUE, page.after());
    List<PurchaseOrder> rows =
        s.query(
            "purchase order",
            "SELECT version, doc FROM erp_purchase_order WHERE tenant_id = ? AND status IN "
                + OPEN_STATUSES
                + " AND expected_arrival < ? AND id > ? ORDER BY id LIMIT ?",
            this::order,
            s.tenantId(),
            asOf.toString(),
            after,
            page.limit() + 1);
    return Keyset.page(rows, page, x -> x, x -> Keyset.encode(OVERDUE, x.id().value()));
  }

  private Supplier supplier(ResultSet rs) throws SQLException {
    return s.documents().read(rs.getString("doc"), Supplier.class, "supplier", false);
  }

  private PurchaseOrder order(ResultSet rs) throws SQLException {
    long version = rs.getLong("version");
    return s.documents().read(rs.getString("doc"), PurchaseOrder.class, "purchase order", false).withVersion(version);
  }

  private static Object arrival(PurchaseOrder order) {
    return JdbcSession.nullableText(order.expectedArrival() == null ? null : order.expectedArrival().toString());
  }
}
