package dev.crossborder.erp.store.jdbc.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventId;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.TenantMismatchException;
import dev.crossborder.erp.store.DeadLetter;
import dev.crossborder.erp.store.OutboxEntry;
import dev.crossborder.erp.store.OutboxRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outbox in {@code erp_outbox} (its identity column {@code position} orders the events) and
 * each listener's delivery state in {@code erp_outbox_delivery}: no row (never tried), {@code
 * RETRY} (failed, with attempts and when to try again), {@code DELIVERED} or {@code DEAD}. Bound to
 * one session; not thread-safe.
 */
final class JdbcOutboxRepository implements OutboxRepository {
  private static final int MAX_NAME = 200;
  private static final int CHUNK = 500;
  private static final String EVENT_COLUMNS =
      "o.position, o.event_id, o.aggregate_type, o.aggregate_id, o.type, o.occurred_at, o.payload";

  private final JdbcSession s;

  JdbcOutboxRepository(JdbcSession session) {
    this.s = session;
  }

  @Override
  public void append(DomainEvent event) {
    requireNonNull(event, "event == null");
    if (!event.tenant().equals(s.tenant())) {
      throw new TenantMismatchException(s.tenant(), event.tenant());
    }
    // Deferred: all of a transaction's events go in one batch (on PostgreSQL), so a duplicate
    // event id may be reported by a later call of this session or by commit.
    s.deferInsert(
        "outbox",
        "INSERT INTO erp_outbox"
            + " (tenant_id, event_id, aggregate_type, aggregate_id, type, occurred_at, payload)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        () -> new DuplicateKeyException("eventId", event.id().value()),
        s.tenantId(),
        event.id().value(),
        event.aggregateType(),
        event.aggregateId(),
        event.type(),
        event.occurredAt(),
        event.payload());
  }

  @Override
  public List<OutboxEntry> pending(String listener, long afterPosition, int limit) {
    s.flushDeferred(); // this transaction's own events first
    checkName("listener", listener);
    checkLimit(limit);
    return s.query(
        "outbox",
        "SELECT "
            + EVENT_COLUMNS
            + ", d.attempts, d.next_attempt_at FROM erp_outbox o"
            + " LEFT JOIN erp_outbox_delivery d"
            + " ON d.tenant_id = o.tenant_id AND d.listener = ? AND d.position = o.position"
            + " WHERE o.tenant_id = ? AND o.position > ? AND (d.state IS NULL OR d.state = 'RETRY')"
            + " ORDER BY o.position LIMIT ?",
        rs -> {
          int attempts = rs.getInt("attempts");
          return new OutboxEntry(
              rs.getLong("position"),
              event(rs),
              rs.wasNull() ? 0 : attempts,
              JdbcSession.instantOrNull(rs, "next_attempt_at"));
        },
        listener,
        s.tenantId(),
        afterPosition,
        limit);
  }

  @Override
  public void markDelivered(String listener, long position) {
    s.flushDeferred(); // this transaction's own events first
    checkName("listener", listener);
    Upserts.updateOrInsert(
        s,
        "outbox delivery",
        "UPDATE erp_outbox_delivery SET state = 'DELIVERED', next_attempt_at = NULL, last_error ="
            + " NULL WHERE tenant_id = ? AND listener = ? AND position = ?",
        new Object[] {s.tenantId(), listener, position},
        "INSERT INTO erp_outbox_delivery"
            + " (tenant_id, listener, position, state, attempts, next_attempt_at, last_error)"
            + " VALUES (?, ?, ?, 'DELIVERED', 0, ?, ?)",
        new Object[] {
          s.tenantId(),
          listener,
          position,
          JdbcSession.nullableInstant(null),
          JdbcSession.nullableText(null)
        });
  }

  @Override
  public void markFailed(
      String listener,
      long position,
      int attempts,
      Instant nextAttemptAt,
      String error,
      boolean dead) {
    s.flushDeferred(); // this transaction's own events first
    checkName("listener", listener);
    requireNonNull(nextAttemptAt, "nextAttemptAt == null");
    requireNonNull(error, "error == null");
    String state = dead ? "DEAD" : "RETRY";
    Upserts.updateOrInsert(
        s,
        "outbox delivery",
        "UPDATE erp_outbox_delivery SET state = ?, attempts = ?, next_attempt_at = ?, last_error ="
            + " ? WHERE tenant_id = ? AND listener = ? AND position = ?",
        new Object[] {state, attempts, nextAttemptAt, error, s.tenantId(), listener, position},
        "INSERT INTO erp_outbox_delivery"
            + " (tenant_id, listener, position, state, attempts, next_attempt_at, last_error)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        new Object[] {s.tenantId(), listener, position, state, attempts, nextAttemptAt, error});
  }

  @Override
  public List<DeadLetter> deadLetters(String listener, int limit) {
    s.flushDeferred(); // this transaction's own events first
    checkName("listener", listener);
    checkLimit(limit);
    return s.query(
        "outbox",
        "SELECT "
            + EVENT_COLUMNS
            + ", d.attempts, d.last_error FROM erp_outbox_delivery d"
            + " JOIN erp_outbox o ON o.tenant_id = d.tenant_id AND o.position = d.position"
            + " WHERE d.tenant_id = ? AND d.listener = ? AND d.state = 'DEAD'"
            + " ORDER BY d.position LIMIT ?",
        rs -> {
          String lastError = rs.getString("last_error");
          return new DeadLetter(
              listener,
              rs.getLong("position"),
              event(rs),
              rs.getInt("attempts"),
              lastError == null ? "" : lastError);
        },
        s.tenantId(),
        listener,
        limit);
  }

  @Override
  public int prune(Instant cutoff, Collection<String> listeners) {
    s.flushDeferred(); // this transaction's own events first
    requireNonNull(cutoff, "cutoff == null");
    Set<String> names = new LinkedHashSet<>();
    for (String listener : requireNonNull(listeners, "listeners == null")) {
      names.add(checkName("listeners", listener));
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT o.position FROM erp_outbox o WHERE o.tenant_id = ? AND o.occurred_at < ?");
    List<Object> args = new ArrayList<>();
    args.add(s.tenantId());
    args.add(cutoff);
    if (!names.isEmpty()) {
      sql.append(
          " AND (SELECT COUNT(*) FROM erp_outbox_delivery d WHERE d.tenant_id = o.tenant_id"
              + " AND d.position = o.position AND d.state = 'DELIVERED' AND d.listener IN (");
      String separator = "";
      for (String name : names) {
        sql.append(separator).append('?');
        args.add(name);
        separator = ", ";
      }
      sql.append(")) = ?");
      args.add(names.size());
    }
    sql.append(" ORDER BY o.position");
    List<Long> positions =
        s.query("outbox", sql.toString(), rs -> rs.getLong("position"), args.toArray());
    for (int from = 0; from < positions.size(); from += CHUNK) {
      List<Long> chunk = positions.subList(from, Math.min(positions.size(), from + CHUNK));
      String in = "?" + ", ?".repeat(chunk.size() - 1);
      Object[] chunkArgs = new Object[chunk.size() + 1];
      chunkArgs[0] = s.tenantId();
      for (int i = 0; i < chunk.size(); i++) {
        chunkArgs[i + 1] = chunk.get(i);
      }
      s.update(
          "outbox",
          "DELETE FROM erp_outbox_delivery WHERE tenant_id = ? AND position IN (" + in + ")",
          chunkArgs);
      s.update(
          "outbox",
          "DELETE FROM erp_outbox WHERE tenant_id = ? AND position IN (" + in + ")",
          chunkArgs);
    }
    return positions.size();
  }

  private DomainEvent event(ResultSet rs) throws SQLException {
    return new DomainEvent(
        EventId.of(rs.getString("event_id")),
        s.tenant(),
        rs.getString("aggregate_type"),
        rs.getString("aggregate_id"),
        rs.getString("type"),
        JdbcSession.instant(rs, "occurred_at"),
        rs.getString("payload"));
  }

  private static String checkName(String field, String name) {
    requireNonNull(name, field + " == null");
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new InvalidInputException(field, name, "must be 1 to " + MAX_NAME + " characters");
    }
    return name;
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new InvalidInputException("limit", limit, "must be positive");
    }
  }
}
