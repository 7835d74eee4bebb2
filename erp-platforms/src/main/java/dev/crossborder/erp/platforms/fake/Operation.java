package dev.crossborder.erp.platforms.fake;

/**
 * The operations {@link FakePlatform} serves through its capabilities: what {@link
 * FakePlatform#calls()} counts and what a {@link FaultPlan} can be restricted to.
 */
public enum Operation {
  /** {@code OrderSource.orders}. */
  ORDERS("orders"),
  /** {@code ListingSource.listings}. */
  LISTINGS("listings"),
  /** {@code ListingSource.listing}. */
  LISTING("listing"),
  /** {@code ListingPublisher.put}. */
  PUT_LISTING("putListing"),
  /** {@code ListingPublisher.delete}. */
  DELETE_LISTING("deleteListing"),
  /** {@code InventoryPublisher.setQuantity}. */
  SET_QUANTITY("setQuantity"),
  /** {@code ShipmentConfirmer.confirm}. */
  CONFIRM_SHIPMENT("confirmShipment"),
  /** {@code PlatformStockSource.stock}. */
  PLATFORM_STOCK("platformStock"),
  /** {@code InboundPlans.create}. */
  CREATE_INBOUND_PLAN("createInboundPlan"),
  /** {@code InboundPlans.find} and {@code InboundPlans.findByName}. */
  FIND_INBOUND_PLAN("findInboundPlan"),
  /** {@code CustomerServiceSource.cases}. */
  CASES("cases"),
  /** {@code CustomerServiceSource.respond}. */
  RESPOND_CASE("respondCase"),
  /** {@code SettlementSource.settlements}. */
  SETTLEMENTS("settlements");

  private final String operationName;

  Operation(String operationName) {
    this.operationName = operationName;
  }

  /**
   * The name that {@link dev.crossborder.erp.platform.ConnectorException#operation()} reports for
   * this operation, such as {@code putListing}.
   */
  public String operationName() {
    return operationName;
  }
}
