package dev.crossborder.erp.event;

/** The {@link DomainEvent#type() types} of events erp-core emits. */
public final class EventTypes {
  /** A product was created. Payload: {@code productId}, {@code skus}. */
  public static final String PRODUCT_CREATED = "product.created";
  /** A product was changed. Payload: {@code productId}, {@code version}. */
  public static final String PRODUCT_UPDATED = "product.updated";
  /** A shop was created or changed. Payload: {@code shopId}, {@code status}. */
  public static final String SHOP_SAVED = "shop.saved";
  /** A warehouse was created or changed. Payload: {@code warehouse}, {@code kind}. */
  public static final String WAREHOUSE_SAVED = "warehouse.saved";
  /** An order was imported for the first time. Payload: {@code orderId}, {@code shopId}, {@code platformOrderId}, {@code status}. */
  public static final String ORDER_IMPORTED = "order.imported";
  /** A platform update changed a stored order. Payload: as for import, plus {@code platformStatus}. */
  public static final String ORDER_UPDATED = "order.updated";
  /** An order's local status changed. Payload: {@code orderId}, {@code from}, {@code to}. */
  public static final String ORDER_STATUS_CHANGED = "order.status_changed";
  /**
   * The platform changed an imported order: its address, its lines or its cancellation. Payload:
   * {@code orderId}, {@code platformOrderId}, {@code changed} (any of {@code address}, {@code
   * lines}, {@code cancelled}), {@code held} (whether the change put the order on hold because local
   * work had happened), and for a line change the platform's {@code lines} (line id, SKU, quantity).
   * No buyer data.
   */
  public static final String ORDER_PLATFORM_CHANGED = "order.platform_changed";
  /**
   * Routing an imported order failed; the order stays {@code NEW} and is routed again on the next
   * sync round. Payload: {@code orderId}, {@code shopId}, {@code error} (the typed error's type and
   * message, no buyer data).
   */
  public static final String ORDER_ROUTING_FAILED = "order.routing_failed";
  /**
   * Orders of one buyer and address were merged to ship as one package. Payload: {@code orderId},
   * {@code mergedWith} (the other orders), {@code warehouse}.
   */
  public static final String ORDER_MERGED = "order.merged";
  /** An order's buyer data was erased. Payload: {@code orderId}. */
  public static final String ORDER_BUYER_ERASED = "order.buyer_erased";
  /** Stock moved. Payload: {@code movementId}, {@code sku}, {@code warehouse}, {@code type}, the deltas. */
  public static final String STOCK_MOVED = "stock.moved";

  /** A listing template was saved. Payload: {@code templateId}, {@code platform}. */
  public static final String LISTING_TEMPLATE_SAVED = "listing.template_saved";
  /**
   * A listing's content, price, quantity, pairing or platform snapshot changed. Payload: {@code
   * shopId}, {@code sellerSku}, {@code sku}, {@code status}, {@code change}.
   */
  public static final String LISTING_SAVED = "listing.saved";
  /** A listing's status changed. Payload: {@code shopId}, {@code sellerSku}, {@code sku}, {@code from}, {@code to}. */
  public static final String LISTING_STATUS_CHANGED = "listing.status_changed";
  /** A platform listing was paired with a local SKU. Payload: {@code shopId}, {@code sellerSku}, {@code sku}, {@code method}. */
  public static final String LISTING_PAIRED = "listing.paired";

  private EventTypes() {}
}
