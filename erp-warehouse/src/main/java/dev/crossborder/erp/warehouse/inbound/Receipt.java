package dev.crossborder.erp.warehouse.inbound;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.warehouse.layout.BinCode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One delivery being received into a warehouse: against a purchase order, an ASN or blind. Scans
 * count units into its lines; QC splits them into passed (sellable, into the receipt's dock bin)
 * and failed (defective, into a defective bin). A purchase order arriving in two deliveries has
 * two receipts. Immutable.
 *
 * @param id the receipt's id
 * @param warehouse where it is received
 * @param source what it is counted against
 * @param purchaseOrder the purchase order, for {@link ReceiptSource#PURCHASE_ORDER}
 * @param reference the ASN or delivery note reference, or {@code ""}
 * @param dock the receiving or QC bin that passed units go to
 * @param status OPEN or CLOSED
 * @param lines the lines, one per SKU
 * @param version the optimistic version
 */
public record Receipt(
    ReceiptId id,
    WarehouseId warehouse,
    ReceiptSource source,
    @Nullable PurchaseOrderId purchaseOrder,
    String reference,
    BinCode dock,
    ReceiptStatus status,
    List<ReceiptLine> lines,
    long version) {

  /** Copies the lines. */
  public Receipt {
    lines = List.copyOf(lines);
  }

  /** The line of {@code sku}, if the receipt has one. */
  public Optional<ReceiptLine> line(SkuCode sku) {
    return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
  }

  /** This receipt with {@code line} replacing the line of its SKU, or added at the end. */
  public Receipt withLine(ReceiptLine line) {
    List<ReceiptLine> next = new java.util.ArrayList<>(lines);
    int i = 0;
    while (i < next.size() && !next.get(i).sku().equals(line.sku())) {
      i++;
    }
    if (i < next.size()) {
      next.set(i, line);
    } else {
      next.add(line);
    }
    return new Receipt(id, warehouse, source, purchaseOrder, reference, dock, status, next, version);
  }

  /** This receipt in {@code next} status. */
  public Receipt withStatus(ReceiptStatus next) {
    return new Receipt(id, warehouse, source, purchaseOrder, reference, dock, next, lines, version);
  }

  /** This receipt at {@code next} version. */
  public Receipt withVersion(long next) {
    return new Receipt(id, warehouse, source, purchaseOrder, reference, dock, status, lines, next);
  }
}
