package dev.crossborder.erp.listing;

/** How a listing came to be paired (配对) with its local SKU. */
public enum PairingMethod {
  /** Published from the product master by this SDK. */
  PUBLISHED,
  /** An explicit entry of the mapping table (shop + seller SKU → SKU). */
  MAPPING,
  /** The platform's seller SKU equals a local SKU code. */
  SELLER_SKU,
  /** The platform listing's barcode (GTIN, EAN, UPC) equals exactly one local SKU's barcode. */
  BARCODE
}
