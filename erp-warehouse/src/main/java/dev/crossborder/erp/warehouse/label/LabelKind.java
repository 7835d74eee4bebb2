package dev.crossborder.erp.warehouse.label;

/** What a label is stuck on. Immutable and thread-safe. */
public enum LabelKind {
  /** One sellable unit, with the SKU's barcode (SKU条码). */
  SKU_UNIT,
  /** A carton, with the carton's id (箱唛). */
  CARTON,
  /** A unit bound for Amazon FBA, with its FNSKU per Amazon's labelling rules. */
  FNSKU,
  /** A parcel, with the carrier's tracking number (面单). */
  SHIPPING
}
