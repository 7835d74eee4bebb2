package dev.crossborder.erp.warehouse.inbound;

/** What a receipt is counted against. */
public enum ReceiptSource {
  /** A purchase order of erp-core's purchasing: its lines are the expected quantities. */
  PURCHASE_ORDER,
  /** An advance shipping notice: expected lines given when the receipt is opened. */
  ASN,
  /** No expectation: whatever is scanned is received. */
  BLIND
}
