package dev.crossborder.erp.warehouse.inbound;

/** The state of a receipt: OPEN → CLOSED. */
public enum ReceiptStatus {
  /** Scans and QC are accepted. */
  OPEN,
  /** Done: every counted unit was inspected; nothing more is accepted. */
  CLOSED
}
