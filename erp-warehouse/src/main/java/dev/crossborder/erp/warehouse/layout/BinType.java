package dev.crossborder.erp.warehouse.layout;

/** What a bin is used for. */
public enum BinType {
  /** A pick face: sellable stock that pickers take from. */
  PICK,
  /** Bulk or reserve storage: sellable stock that replenishes pick faces. */
  BULK,
  /** A receiving dock location where counted goods wait for QC and put-away. */
  RECEIVING,
  /** A QC station where inspected goods wait for put-away. */
  QC,
  /** Defective goods (failed QC, damaged); they count in the ledger's defective bucket. */
  DEFECTIVE;

  /** Whether put-away may shelve sellable stock here (pick and bulk bins). */
  public boolean isStorage() {
    return this == PICK || this == BULK;
  }

  /** Whether the units here are the ledger's defective bucket rather than on hand. */
  public boolean holdsDefective() {
    return this == DEFECTIVE;
  }
}
