package dev.crossborder.erp.inventory;

/** The cause of a stock {@link Movement}; each moves its buckets in a fixed way. */
public enum MovementType {
  /** Goods expected on an open purchase order: + inbound. */
  INBOUND_EXPECTED,
  /** Expected goods that will not come (PO line cancelled or closed short): − inbound. */
  INBOUND_CANCELLED,
  /** Goods received into stock: + on hand, and − inbound when they were expected. */
  RECEIPT,
  /** A count correction or write-off: ± on hand (or ± defective). */
  ADJUSTMENT,
  /** Stock promised to a shipment line: + reserved. */
  RESERVATION,
  /** A reservation given back (cancelled or re-routed shipment): − reserved. */
  RELEASE,
  /** Reserved stock picked and shipped: − on hand, − reserved. */
  PICK,
  /** Stock leaving for another warehouse (first leg): − on hand here, + in transit here. */
  TRANSFER_OUT,
  /** Transferred stock arriving: − in transit at the source, + on hand at the destination. */
  TRANSFER_IN,
  /** Sellable stock found defective (QC fail, damaged return): − on hand, + defective. */
  DEFECTIVE,
  /**
   * Units a buyer sent back (RMA), after inspection: + on hand for the sellable ones, + defective
   * for the defective ones; the reference is {@code rma:<return id>}.
   */
  RETURN
}
