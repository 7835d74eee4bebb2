package dev.crossborder.erp.warehouse.label;

/**
 * The barcode symbologies labels use. Immutable and thread-safe.
 */
public enum Symbology {
  /**
   * Code 128 (ISO/IEC 15417), the symbology of SKU, carton, FNSKU and most shipping labels. The
   * SDK prints the printable ASCII characters (space to {@code ~}); control characters and
   * anything beyond ASCII cannot be encoded in Code 128 without extensions scanners do not agree
   * on, and are refused.
   */
  CODE_128
}
