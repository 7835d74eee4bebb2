package dev.crossborder.erp.order;

/** Who fulfils an order. */
public enum FulfillmentChannel {
  /** The seller, from its own or a 3PL warehouse, through the SDK. */
  MERCHANT,
  /** The platform (Amazon FBA, Walmart WFS); the SDK records it but ships nothing. */
  PLATFORM
}
