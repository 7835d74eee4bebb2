package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.CurrencyMismatchException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order (采购单) to one supplier, delivered to one warehouse. Immutable: the service
 * changes it by storing a new value at the next version. See {@link PurchaseOrderStatus} for its
 * life and {@link Purchasing} for the ledger moves that go with each step.
 *
 * @param id the order's id
 * @param supplier the supplier
 * @param warehouse where the goods arrive
 * @param currency the supplier's currency; every line price is in it
 * @param status the state
 * @param lines the lines, one per SKU, numbered from 1
 * @param expectedArrival when the goods are expected at the warehouse, once known
 * @param supplierReference the supplier's order number, once ordered
 * @param receipts the keys of the receipts applied (for idempotent receipts)
 * @param history the audit trail, oldest first
 * @param version the stored version, for optimistic concurrency
 */
public record PurchaseOrder(
    PurchaseOrderId id,
    SupplierId supplier,
    WarehouseId warehouse,
    Currency currency,
    PurchaseOrderStatus status,
    List<PurchaseOrderLine> lines,
    @Nullable LocalDate expectedArrival,
    @Nullable String supplierReference,
    List<String> receipts,
    List<PurchaseOrderChange> history,
    long version) {

  /** Validates every field: at least one line, one line per SKU, prices in the order's currency. */
  public PurchaseOrder {
    Checks.present("purchaseOrderId", id);
    Checks.present("supplier", supplier);
    Checks.present("warehouse", warehouse);
    Checks.present("currency", currency);
    Checks.present("status", status);
    lines = List.copyOf(Checks.notEmpty("lines", lines));
    Set<SkuCode> skus = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      PurchaseOrderLine line = lines.get(i);
      if (!skus.add(line.sku())) {
        throw new InvalidInputException("lines[" + i + "].sku", line.sku(), "is listed twice");
      }
      if (!line.unitPrice().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, line.unitPrice().currency());
      }
    }
    receipts = List.copyOf(new TreeSet<>(receipts));
    history = List.copyOf(history);
    Checks.nonNegative("version", version);
  }

  /** The line of {@code sku}, if any. */
  public Optional<PurchaseOrderLine> line(SkuCode sku) {
    return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
  }

  /** Units still expected, summed over the lines. */
  public long openQuantity() {
    return lines.stream().mapToLong(PurchaseOrderLine::open).sum();
  }

  /**
   * The key of the one draft a supplier may have per warehouse ({@code supplier/warehouse}), or
   * {@code null} if this order is no longer a draft. Stores keep it unique.
   */
  public @Nullable String draftKey() {
    return status == PurchaseOrderStatus.DRAFT ? supplier.value() + "/" + warehouse.value() : null;
  }

  /** This order in {@code next} state with {@code change} appended to its history. */
  public PurchaseOrder with(PurchaseOrderStatus next, List<PurchaseOrderLine> newLines, PurchaseOrderChange change) {
    List<PurchaseOrderChange> h = new ArrayList<>(history);
    h.add(change);
    return new PurchaseOrder(
        id, supplier, warehouse, currency, next, newLines, expectedArrival, supplierReference, receipts, h, version);
  }

  /** This order with its expected arrival and supplier reference set. */
  public PurchaseOrder withOrdering(@Nullable LocalDate arrival, @Nullable String reference) {
    return new PurchaseOrder(
        id, supplier, warehouse, currency, status, lines, arrival, reference, receipts, history, version);
  }

  /** This order with {@code receipt} recorded as applied. */
  public PurchaseOrder withReceipt(String receipt) {
    List<String> r = new ArrayList<>(receipts);
    r.add(receipt);
    return new PurchaseOrder(
        id, supplier, warehouse, currency, status, lines, expectedArrival, supplierReference, r, history, version);
  }

  /** This order at {@code version}. */
  public PurchaseOrder withVersion(long version) {
    return new PurchaseOrder(
        id, supplier, warehouse, currency, status, lines, expectedArrival, supplierReference, receipts, history,
        version);
  }
}
