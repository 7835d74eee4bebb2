package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import dev.crossborder.erp.shop.ShopId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Suppliers, offers and purchase orders. Reached by {@code erp.purchasing()}. Thread-safe; every
 * method runs in its own transaction (or joins the caller's), and each purchase-order step stores
 * the order and moves the ledger in that one transaction, so both happen or neither.
 *
 * <p>Ledger moves (movement keys are derived from the order id, line and receipt key, so a
 * retried step moves nothing twice):
 *
 * <ul>
 *   <li>{@link #approve}: + inbound of every line's quantity at the order's warehouse.
 *   <li>{@link #receive}: per line, + on hand and − inbound up to the open quantity; units beyond
 *       it are refused, or received as unexpected stock (+ on hand only) if the supplier {@link
 *       Supplier#allowsOverReceipt() allows over-receipt}.
 *   <li>{@link #close} of a partially received order and {@link #cancel} of an approved or ordered
 *       one: − inbound of what is still open.
 * </ul>
 *
 * Each step emits {@code purchase_order.<action>}.
 */
public interface Purchasing {

  /** Stores a supplier, or replaces the one with the same id, and emits {@code supplier.saved}. */
  void saveSupplier(Supplier supplier);

  /** The supplier with {@code id}. */
  Optional<Supplier> supplier(SupplierId id);

  /** Suppliers ordered by id, one page at a time. */
  Page<Supplier> suppliers(PageRequest page);

  /**
   * Stores an offer, or replaces the supplier's offer for the same SKU.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code supplier} or {@code sku} if
   *     either is unknown
   * @throws dev.crossborder.erp.money.CurrencyMismatchException if the offer is not in the
   *     supplier's currency
   */
  void saveOffer(SupplierOffer offer);

  /** The offers for {@code sku}, ordered by supplier id. */
  List<SupplierOffer> offers(SkuCode sku);

  /**
   * Adds lines to the supplier's draft for {@code warehouse}, creating the draft if there is none;
   * a line for a SKU already on the draft adds to its quantity. Prices come from the supplier's
   * offer at the merged quantity.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code supplier}, or on {@code
   *     lines[i].sku} if the supplier has no offer for it
   */
  PurchaseOrder addToDraft(SupplierId supplier, WarehouseId warehouse, List<DraftLine> lines);

  /**
   * Turns a plan's purchases into drafts, one per supplier (merged into existing drafts), each
   * line at its SKU's purchase quantity, delivered to its domestic warehouse.
   */
  List<PurchaseOrder> draftsFrom(PurchasePlan plan);

  /**
   * Adds a shortfall to the best supplier's draft for its warehouse, merging with the draft's line
   * for the SKU. The best offer is one whose lead time reaches the warehouse by the needed-by date,
   * then the preferred one, then the shortest lead time, the highest supplier rating, the lowest
   * supplier id.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code sku} if no supplier offers it
   */
  PurchaseOrder addShortfall(Shortfall shortfall);

  /**
   * Changes the quantity of a draft's line, with the reason in the audit trail.
   *
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException if the order is not a draft
   */
  PurchaseOrder changeLine(PurchaseOrderId id, SkuCode sku, long quantity, String reason);

  /** DRAFT → APPROVED: its quantities become inbound. */
  PurchaseOrder approve(PurchaseOrderId id);

  /** APPROVED → ORDERED, with the supplier's order number (if any) and the expected arrival. */
  PurchaseOrder markOrdered(PurchaseOrderId id, @Nullable String supplierReference, LocalDate expectedArrival);

  /**
   * APPROVED → ORDERED through a supplier reachable by API: places the order with {@code
   * connector} (outside any transaction: a remote call never holds a database transaction open),
   * then records the supplier's order number as {@link #markOrdered} does. Connectors place
   * idempotently by purchase-order id, so calling this again after a failure places nothing twice.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code supplier} if the connector
   *     serves another supplier
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException if the order is not approved
   */
  PurchaseOrder placeWith(SupplierConnector connector, PurchaseOrderId id, LocalDate expectedArrival);

  /**
   * Records a receipt against an ordered or partially received order: RECEIVED when every line is
   * received in full, else PARTIALLY_RECEIVED. A receipt whose {@code receiptKey} was applied
   * already changes nothing and returns the order.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code lines[i].quantity} if it
   *     exceeds the line's open quantity and the supplier does not allow over-receipt, or on
   *     {@code lines[i].sku} if the order has no such line; nothing is received
   */
  PurchaseOrder receive(PurchaseOrderId id, String receiptKey, List<ReceiptLine> lines);

  /** RECEIVED or PARTIALLY_RECEIVED → CLOSED; a short close cancels the open rest from inbound. */
  PurchaseOrder close(PurchaseOrderId id, String reason);

  /** DRAFT, APPROVED or ORDERED → CANCELLED; approved quantities leave inbound. */
  PurchaseOrder cancel(PurchaseOrderId id, String reason);

  /**
   * Daily sales counted from the stored orders of the {@code days} days ending on {@code lastDay}
   * (days counted in {@code zone}), loaded once into the returned snapshot. Every order that is not
   * cancelled counts its units on its purchase day at the warehouse of each shipment line; an order
   * without a shipment yet (new, awaiting stock, fulfilled by the platform) counts at the warehouse
   * {@code unshippedAt} names for its shop, or not at all. Orders carry no stock-out days: none are
   * marked. The snapshot answers any window inside the loaded one, and refuses others ({@code
   * InvalidInputException} on {@code days}).
   */
  SalesHistory salesFromOrders(LocalDate lastDay, int days, ZoneId zone, Map<ShopId, WarehouseId> unshippedAt);

  /**
   * The planner's input for {@code skus}, read from the store in one transaction: each SKU's
   * product category, its offer (the preferred one, else the one with the shortest lead time, then
   * the lowest supplier id), and per lane the {@code days} days of sales ending on {@code lastDay}
   * from {@code history} and the stock position from the ledger (on hand, reserved, inbound as open
   * purchase) plus the units {@code inTransitTo} names for the lane's warehouse (the ledger keeps
   * transit at the source, so the caller attributes it). SKUs that no supplier offers are left out:
   * there is nothing to buy them on. Items keep the order of {@code skus}.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code skus[i]} for an unknown SKU
   */
  List<PlanningItem> planningItems(
      List<SkuCode> skus,
      List<Lane> lanes,
      SalesHistory history,
      LocalDate lastDay,
      int days,
      Map<WarehouseId, Long> inTransitTo);

  /** The purchase order with {@code id}. */
  Optional<PurchaseOrder> purchaseOrder(PurchaseOrderId id);

  /** Open purchase orders expected before {@code asOf}, ordered by id, one page at a time. */
  Page<PurchaseOrder> overdue(LocalDate asOf, PageRequest page);

  /**
   * Units of one SKU to add to a draft.
   *
   * @param sku the SKU
   * @param quantity units, at least 1
   * @param neededBy the date they are needed by, if any
   */
  record DraftLine(SkuCode sku, long quantity, @Nullable LocalDate neededBy) {
    /** Validates the fields. */
    public DraftLine {
      dev.crossborder.erp.kernel.internal.Checks.present("sku", sku);
      dev.crossborder.erp.kernel.internal.Checks.positive("quantity", quantity);
    }
  }
}
