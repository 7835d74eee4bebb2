package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.RoutingRecord;
import dev.crossborder.erp.store.RoutingRepository;
import java.util.Optional;

/** The routing decisions of one in-memory session, one per order (last write wins). */
final class MemoryRoutingRepository implements RoutingRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryRoutingRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public void save(RoutingRecord record) {
    s.put(t.routingDecisions, record.orderId().value(), record);
  }

  @Override
  public Optional<RoutingRecord> find(OrderId order) {
    return Optional.ofNullable(s.get(t.routingDecisions, order.value()));
  }
}
