package dev.crossborder.erp.store.jdbc.internal;

import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.RoutingRecord;
import dev.crossborder.erp.store.ConcurrentUpdateException;
import dev.crossborder.erp.store.RoutingRepository;
import java.util.Optional;

/**
 * Routing decisions in {@code erp_routing_decision}, one row per order: saving updates the row and
 * inserts it when there is none. Bound to one session; not thread-safe.
 */
final class JdbcRoutingRepository implements RoutingRepository {
  private final JdbcSession s;

  JdbcRoutingRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void save(RoutingRecord r) {
    int rows =
        s.update(
            "routing decision",
            "UPDATE erp_routing_decision SET rule_set_id = ?, rule_set_version = ?, status = ?,"
                + " explanation = ?, decided_at = ? WHERE tenant_id = ? AND order_id = ?",
            r.ruleSetId(),
            r.ruleSetVersion(),
            r.status().name(),
            r.explanation(),
            r.decidedAt(),
            s.tenantId(),
            r.orderId().value());
    if (rows == 0
        && !s.insertIfAbsent(
          "routing decision",
          "INSERT INTO erp_routing_decision (tenant_id, order_id, rule_set_id, rule_set_version,"
              + " status, explanation, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
          s.tenantId(),
          r.orderId().value(),
          r.ruleSetId(),
          r.ruleSetVersion(),
          r.status().name(),
          r.explanation(),
          r.decidedAt())) {
      // Another transaction inserted the order's first decision meanwhile: retry, which updates it.
      throw new ConcurrentUpdateException("routing decision of order " + r.orderId());
    }
  }

  @Override
  public Optional<RoutingRecord> find(OrderId order) {
    return s.queryOne(
        "routing decision",
        "SELECT order_id, rule_set_id, rule_set_version, status, explanation, decided_at"
            + " FROM erp_routing_decision WHERE tenant_id = ? AND order_id = ?",
        rs ->
            new RoutingRecord(
                OrderId.of(rs.getString("order_id")),
                rs.getString("rule_set_id"),
                rs.getInt("rule_set_version"),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getString("explanation"),
                JdbcSession.instant(rs, "decided_at")),
        s.tenantId(),
        order.value());
  }
}
