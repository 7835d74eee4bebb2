package dev.crossborder.erp.inventory;

/** Who runs a warehouse, which decides how its stock is known and moved. */
public enum WarehouseKind {
  /** The seller's own warehouse; stock moves through the SDK's commands. */
  OWN,
  /** A third-party overseas warehouse (海外仓); stock is mirrored from the 3PL's snapshots. */
  OVERSEAS_3PL,
  /** Amazon FBA for one marketplace; stock is read from Amazon. */
  FBA,
  /** Another platform's fulfilment pool (Walmart WFS and the like); stock is read from the platform. */
  PLATFORM
}
