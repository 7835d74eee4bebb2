package dev.crossborder.erp.warehouse.inbound;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.purchasing.PurchaseOrderId;
import dev.crossborder.erp.warehouse.layout.BinCode;
import java.util.Map;
import java.util.Optional;

/**
 * Receiving into bin-managed warehouses. Reached by {@code Warehouses.of(erp).receiving()}.
 * Thread-safe; every method runs in its own transaction (or joins the caller's).
 *
 * <p>Flow: open a receipt, {@link #scan} units (a PDA sends one command per scan, each with its own
 * idempotency key, so a resent scan counts nothing twice), then {@link #inspect} each line: passed
 * units become on hand in the receipt's dock bin, failed ones defective in a defective bin, and for a
 * purchase order the PO line's received quantity and the ledger's inbound move in the same
 * transaction (through erp-core's {@code Purchasing.receive}). Over-receipt of a purchase order is
 * refused at the scan unless the supplier allows it. Bad input is a typed error naming the field.
 */
public interface Receiving {

  /**
   * Opens (or, with the same id and arguments, returns) a receipt against a purchase order that is
   * ORDERED or PARTIALLY_RECEIVED; any other status is an {@code InvalidInputException} on {@code
   * purchaseOrderId}. Passed units will go to {@code dock} (a RECEIVING or QC bin).
   */
  Receipt openForPurchaseOrder(ReceiptId id, PurchaseOrderId purchaseOrder, BinCode dock);

  /** Opens (or returns) a receipt against an ASN: {@code expected} units by SKU. */
  Receipt openForAsn(ReceiptId id, WarehouseId warehouse, String asnReference, Map<SkuCode, Long> expected, BinCode dock);

  /** Opens (or returns) a blind receipt: whatever is scanned is received. */
  Receipt openBlind(ReceiptId id, WarehouseId warehouse, String reference, BinCode dock);

  /**
   * Counts {@code quantity} units of the SKU whose barcode (or SKU code) is {@code barcode}. An
   * unknown barcode is an {@code InvalidInputException} on {@code barcode}; a SKU the purchase order
   * or ASN does not list, or more than it still expects when the supplier does not allow
   * over-receipt, one on {@code quantity} (or {@code barcode}).
   *
   * @param key the scan's idempotency key
   */
  Receipt scan(String key, ReceiptId receipt, String barcode, long quantity);

  /**
   * Records the QC of {@code passed + failed} counted, not yet inspected units of {@code sku}:
   * passed → on hand in the dock bin, failed → defective in {@code defectiveBin} (or the layout's
   * first defective bin) with {@code reason}. Moves the purchase order, the ledger and the bins in
   * one transaction.
   *
   * @param key the command's idempotency key
   */
  Receipt inspect(String key, ReceiptId receipt, SkuCode sku, long passed, long failed, String reason);

  /** Closes a receipt whose counted units are all inspected. */
  Receipt close(ReceiptId receipt);

  /** The receipt {@code id}. */
  Optional<Receipt> receipt(ReceiptId id);
}
