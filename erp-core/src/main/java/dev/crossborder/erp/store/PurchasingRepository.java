package dev.crossborder.erp.store;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.purchasing.PurchaseOrder;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.purchasing.Supplier;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Suppliers, their offers and purchase orders of the transaction's tenant. */
public interface PurchasingRepository {

  /** Inserts or replaces a supplier. */
  void saveSupplier(Supplier supplier);

  /** The supplier with {@code id}. */
  Optional<Supplier> findSupplier(SupplierId id);

  /** Suppliers ordered by id. */
  Page<Supplier> suppliers(PageRequest page);

  /** Inserts or replaces the offer of its supplier for its SKU. */
  void saveOffer(SupplierOffer offer);

  /** The offers for {@code sku}, ordered by supplier id. */
  List<SupplierOffer> offers(SkuCode sku);

  /**
   * Inserts a new purchase order at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code purchaseOrderId} if the id
   *     exists
   * @throws ConcurrentUpdateException if it is a draft and its supplier already has a draft for its
   *     warehouse ({@link PurchaseOrder#draftKey()} is unique): a concurrent writer created it, and a
   *     retry finds it
   */
  void insertOrder(PurchaseOrder order);

  /**
   * Replaces a purchase order if its stored version equals {@code order.version()}; returns it at
   * the next version.
   *
   * @throws ConcurrentUpdateException if the stored version differs, or the draft key is taken
   * @throws dev.crossborder.erp.kernel.NotFoundException if there is no such order
   */
  PurchaseOrder updateOrder(PurchaseOrder order);

  /** The purchase order with {@code id}. */
  Optional<PurchaseOrder> findOrder(PurchaseOrderId id);

  /**
   * The purchase order with {@code id}, locked against other writers until the transaction ends,
   * for a read-modify-write: a database store selects it {@code FOR UPDATE}, so concurrent steps
   * on one order queue up instead of failing their version check; a store without row locks may
   * return it unlocked, since {@link #updateOrder} checks the version anyway.
   */
  Optional<PurchaseOrder> lockOrder(PurchaseOrderId id);

  /**
   * The draft of {@code supplier} for {@code warehouse}, if there is one, locked like {@link
   * #lockOrder} (drafts are read to be changed).
   */
  Optional<PurchaseOrder> findDraft(SupplierId supplier, WarehouseId warehouse);

  /**
   * Open purchase orders ({@link dev.crossborder.erp.purchasing.PurchaseOrderStatus#isOpen()})
   * whose expected arrival is before {@code asOf}, ordered by id.
   */
  Page<PurchaseOrder> overdue(LocalDate asOf, PageRequest page);
}
