package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.store.StoreTransaction;
import java.util.List;

/**
 * Told of every purchase-order receipt inside the receipt's own transaction, after the lines were
 * checked and the stock moved, so that what it writes through {@code tx} commits or rolls back with
 * the receipt. Finance registers one to record the received units' cost; an exception it throws
 * refuses the receipt. A retried receipt (same key) is not reported again.
 *
 * <p>Implementations must act only through {@code tx} (the transaction may be retried) and be
 * thread-safe.
 */
@FunctionalInterface
public interface ReceiptListener {

  /**
   * Called once per applied receipt.
   *
   * @param tx the receipt's transaction
   * @param order the order as it was before the receipt (its lines carry the prices)
   * @param receiptKey the receipt's key
   * @param lines the lines received
   */
  void received(StoreTransaction tx, PurchaseOrder order, String receiptKey, List<ReceiptLine> lines);
}
