package dev.crossborder.erp.store;

import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.RoutingRecord;
import java.util.Optional;

/** The last routing decision of each order of the transaction's tenant. */
public interface RoutingRepository {

  /** Stores {@code record} as its order's last decision, replacing any earlier one. */
  void save(RoutingRecord record);

  /** The last decision stored for {@code order}. */
  Optional<RoutingRecord> find(OrderId order);
}
