package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.kernel.DuplicateKeyException;
import dev.crossborder.erp.store.DeadLetter;
import dev.crossborder.erp.store.OutboxEntry;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.memory.TenantTables.Delivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The outbox repository of one in-memory session. */
final class MemoryOutboxRepository implements OutboxRepository {
  private final MemorySession s;
  private final TenantTables t;

  MemoryOutboxRepository(MemorySession session) {
    this.s = session;
    this.t = session.tables;
  }

  @Override
  public void append(DomainEvent event) {
    String id = event.id().value();
    if (s.get(t.eventIds, id) != null) {
      throw new DuplicateKeyException("eventId", id);
    }
    s.put(t.outbox, s.provisionalPosition(), event);
    s.put(t.eventIds, id, Boolean.TRUE);
    s.requireAbsentAtCommit(t.eventIds, id, "event " + id);
  }

  @Override
  public List<OutboxEntry> pending(String listener, long afterPosition, int limit) {
    List<OutboxEntry> out = new ArrayList<>();
    for (Map.Entry<Long, DomainEvent> e :
        s.scan(
            t.outbox,
            afterPosition,
            null,
            (position, event) -> {
              Delivery d = s.get(t.deliveries, new Keys.Delivery(listener, position));
              return d == null || d.state() == Delivery.State.RETRY;
            },
            limit)) {
      Delivery d = s.get(t.deliveries, new Keys.Delivery(listener, e.getKey()));
      out.add(
          new OutboxEntry(
              e.getKey(), e.getValue(), d == null ? 0 : d.attempts(), d == null ? null : d.nextAttemptAt()));
    }
    return out;
  }

  @Override
  public void markDelivered(String listener, long position) {
    Keys.Delivery key = new Keys.Delivery(listener, position);
    Delivery d = s.get(t.deliveries, key);
    s.put(t.deliveries, key, new Delivery(Delivery.State.DELIVERED, d == null ? 0 : d.attempts(), null, ""));
  }

  @Override
  public void markFailed(
      String listener, long position, int attempts, Instant nextAttemptAt, String error, boolean dead) {
    s.put(
        t.deliveries,
        new Keys.Delivery(listener, position),
        new Delivery(dead ? Delivery.State.DEAD : Delivery.State.RETRY, attempts, nextAttemptAt, error));
  }

  @Override
  public List<DeadLetter> deadLetters(String listener, int limit) {
    List<DeadLetter> out = new ArrayList<>();
    for (Map.Entry<Keys.Delivery, Delivery> e :
        s.scan(
            t.deliveries,
            new Keys.Delivery(listener, Long.MIN_VALUE),
            new Keys.Delivery(listener, Long.MAX_VALUE),
            (k, d) -> d.state() == Delivery.State.DEAD,
            limit)) {
      DomainEvent event = s.get(t.outbox, e.getKey().position());
      if (event != null) {
        out.add(
            new DeadLetter(listener, e.getKey().position(), event, e.getValue().attempts(), e.getValue().lastError()));
      }
    }
    return out;
  }

  @Override
  public int prune(Instant cutoff, Collection<String> listeners) {
    List<Map.Entry<Long, DomainEvent>> old =
        s.scan(
            t.outbox,
            null,
            null,
            (position, event) -> event.occurredAt().isBefore(cutoff) && deliveredToAll(position, listeners),
            Integer.MAX_VALUE);
    for (Map.Entry<Long, DomainEvent> e : old) {
      s.remove(t.outbox, e.getKey());
      s.remove(t.eventIds, e.getValue().id().value());
      for (String listener : listeners) {
        s.remove(t.deliveries, new Keys.Delivery(listener, e.getKey()));
      }
    }
    return old.size();
  }

  private boolean deliveredToAll(long position, Collection<String> listeners) {
    for (String listener : listeners) {
      Delivery d = s.get(t.deliveries, new Keys.Delivery(listener, position));
      if (d == null || d.state() != Delivery.State.DELIVERED) {
        return false;
      }
    }
    return true;
  }
}
