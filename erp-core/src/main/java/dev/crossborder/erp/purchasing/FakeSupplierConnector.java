package dev.crossborder.erp.purchasing;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link SupplierConnector} held in memory, for tests: placing an order records it under a
 * reference {@code FAKE-1}, {@code FAKE-2}..., in state {@code waitbuyerpay}; {@link #advance}
 * scripts what the supplier does next. Thread-safe.
 */
public final class FakeSupplierConnector implements SupplierConnector {
  private final SupplierId supplier;
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<PurchaseOrderId, String> placed = new ConcurrentHashMap<>();
  private final Map<String, SupplierOrderStatus> orders = new ConcurrentHashMap<>();

  /** A fake of {@code supplier}. */
  public FakeSupplierConnector(SupplierId supplier) {
    this.supplier = requireNonNull(supplier, "supplier == null");
  }

  @Override
  public SupplierId supplier() {
    return supplier;
  }

  @Override
  public SupplierOrderStatus placeOrder(PurchaseOrder order) {
    requireNonNull(order, "order == null");
    if (!order.supplier().equals(supplier)) {
      throw new NotFoundException("supplier", order.supplier());
    }
    String reference =
        placed.computeIfAbsent(
            order.id(),
            id -> {
              String ref = "FAKE-" + sequence.incrementAndGet();
              orders.put(ref, new SupplierOrderStatus(ref, "waitbuyerpay", List.of()));
              return ref;
            });
    return orders.get(reference);
  }

  @Override
  public SupplierOrderStatus status(String supplierReference) {
    SupplierOrderStatus status = orders.get(requireNonNull(supplierReference, "supplierReference == null"));
    if (status == null) {
      throw new NotFoundException("supplierReference", supplierReference);
    }
    return status;
  }

  /** Moves the placed order {@code supplierReference} to {@code state}, adding tracking numbers. */
  public void advance(String supplierReference, String state, String... trackingNumbers) {
    SupplierOrderStatus now = status(supplierReference);
    List<String> tracking = new ArrayList<>(now.trackingNumbers());
    tracking.addAll(List.of(trackingNumbers));
    orders.put(supplierReference, new SupplierOrderStatus(supplierReference, requireNonNull(state), tracking));
  }

  /** How many distinct orders were placed. */
  public int placedCount() {
    return placed.size();
  }
}
