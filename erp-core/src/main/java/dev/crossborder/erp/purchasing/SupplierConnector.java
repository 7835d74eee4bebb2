package dev.crossborder.erp.purchasing;

import java.util.List;

/**
 * A supplier reachable by API (1688-style sourcing platforms): place an order for an approved
 * purchase order and read its status back (SPI).
 *
 * <p>Implementations must be thread-safe, must make {@link #placeOrder} idempotent by the purchase
 * order's id (placing the same order twice returns the first placement), and report remote
 * failures as {@code dev.crossborder.erp.kernel.RemotePlatformException}s. {@link
 * FakeSupplierConnector} is an in-memory implementation for tests.
 */
public interface SupplierConnector {

  /** The supplier this connector reaches. */
  SupplierId supplier();

  /** Places {@code order} with the supplier and returns the supplier's view of it. */
  SupplierOrderStatus placeOrder(PurchaseOrder order);

  /** The supplier's current view of the order placed as {@code supplierReference}. */
  SupplierOrderStatus status(String supplierReference);

  /**
   * The supplier's view of a placed order.
   *
   * @param supplierReference the supplier's order number
   * @param state the supplier's state, such as {@code waitbuyerpay}, {@code waitsellersend}, {@code
   *     waitbuyerreceive}, {@code success}, {@code cancel}
   * @param trackingNumbers the carrier tracking numbers of shipped parcels
   */
  record SupplierOrderStatus(String supplierReference, String state, List<String> trackingNumbers) {
    /** Copies the tracking numbers. */
    public SupplierOrderStatus {
      trackingNumbers = List.copyOf(trackingNumbers);
    }
  }
}
