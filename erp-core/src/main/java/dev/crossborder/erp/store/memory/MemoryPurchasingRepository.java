package dev.crossborder.erp.store.memory;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The purchasing repository of one in-memory session. */
final class MemoryPurchasingRepository implements PurchasingRepository {
  private final MemorySession s;
  private final PurchasingTables t;

  MemoryPurchasingRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables.purchasing;
  }

  @Override
  public void saveSupplier(Supplier supplier) {
    s.put(t.suppliers, supplier.id().value(), supplier);
  }

  @Override
  public Optional<Supplier> findSupplier(SupplierId id) {
    return Optional.ofNullable(s.get(t.suppliers, id.value()));
  }

  @Override
  public Page<Supplier> suppliers(PageRequest page) {
    String after = page.cursor().map(Cursors::decode).orElse(null);
    return Paging.page(
        s.scan(t.suppliers, after, null, (k, v) -> true, page.limit() + 1), page, v -> v, Cursors::encode);
  }

  @Override
  public void saveOffer(SupplierOffer offer) {
    s.put(t.offers, offerKey(offer.sku(), offer.supplier().value()), offer);
  }

  @Override
  public List<SupplierOffer> offers(SkuCode sku) {
    return s.scan(t.offers, offerKey(sku, ""), offerKey(sku, "\uffff"), (k, v) -> true, Integer.MAX_VALUE).stream()
        .map(Map.Entry::getValue)
        .toList();
  }

  @Override
  public void insertOrder(PurchaseOrder order) {
    String id = order.id().value();
    if (s.get(t.orders, id) != null) {
      throw new DuplicateKeyException("purchaseOrderId", id);
    }
    String draftKey = order.draftKey();
    if (draftKey != null) {
      claimDraft(draftKey, id);
    }
    s.put(t.orders, id, order.withVersion(0));
    s.requireAbsentAtCommit(t.orders, id, "purchase order " + id);
  }

  @Override
  public PurchaseOrder updateOrder(PurchaseOrder order) {
    String id = order.id().value();
    PurchaseOrder stored = s.get(t.orders, id);
    if (stored == null) {
      throw new NotFoundException("purchaseOrderId", id);
    }
    long expected = order.version();
    if (stored.version() != expected) {
      throw new ConcurrentUpdateException("purchase order " + id + " version " + expected);
    }
    String oldKey = stored.draftKey();
    String newKey = order.draftKey();
    if (!Objects.equals(oldKey, newKey)) {
      if (oldKey != null) {
        s.remove(t.drafts, oldKey);
      }
      if (newKey != null) {
        claimDraft(newKey, id);
      }
    }
    PurchaseOrder next = order.withVersion(expected + 1);
    boolean rewrite = s.wrote(t.orders, id);
    s.put(t.orders, id, next);
    s.preconditionOnFirstWrite(rewrite,
        () -> {
          PurchaseOrder c = t.orders.committed.get(id);
          return c == null || c.version() == expected ? null : "purchase order " + id + " version " + expected;
        });
    return next;
  }

  @Override
  public Optional<PurchaseOrder> findOrder(PurchaseOrderId id) {
    return Optional.ofNullable(s.get(t.orders, id.value()));
  }

  @Override
  public Optional<PurchaseOrder> lockOrder(PurchaseOrderId id) {
    return findOrder(id); // no row locks: updateOrder's version check, re-checked at commit, decides
  }

  @Override
  public Optional<PurchaseOrder> findDraft(SupplierId supplier, WarehouseId warehouse) {
    String id = s.get(t.drafts, supplier.value() + "/" + warehouse.value());
    return id == null ? Optional.empty() : Optional.ofNullable(s.get(t.orders, id));
  }

  @Override
  public Page<PurchaseOrder> overdue(LocalDate asOf, PageRequest page) {
    String after = page.cursor().map(Cursors::decode).orElse(null);
    return Paging.page(
        s.scan(
            t.orders,
            after,
            null,
            (k, v) -> v.status().isOpen() && v.expectedArrival() != null && v.expectedArrival().isBefore(asOf),
            page.limit() + 1),
        page,
        v -> v,
        Cursors::encode);
  }

  private void claimDraft(String draftKey, String id) {
    String holder = s.get(t.drafts, draftKey);
    if (holder != null && !holder.equals(id)) {
      throw new ConcurrentUpdateException("draft " + draftKey);
    }
    s.put(t.drafts, draftKey, id);
    s.precondition(
        () -> {
          String c = t.drafts.committed.get(draftKey);
          return c == null || c.equals(id) ? null : "draft " + draftKey;
        });
  }

  private static String offerKey(SkuCode sku, String supplier) {
    return sku.value() + "\u0000" + supplier;
  }
}
