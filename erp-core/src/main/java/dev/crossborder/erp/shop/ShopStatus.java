package dev.crossborder.erp.shop;

/** Whether the SDK works a shop: syncs its orders, pushes its stock, publishes its listings. */
public enum ShopStatus {
  /** Authorized and worked normally. */
  ACTIVE,
  /** Paused by the seller: kept, but no platform calls are made for it. */
  PAUSED,
  /** The platform refused its credentials; work resumes once the host supplies new ones. */
  AUTH_EXPIRED,
  /** Closed for good; kept for history. */
  CLOSED
}
