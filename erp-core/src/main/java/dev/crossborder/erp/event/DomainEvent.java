package dev.crossborder.erp.event;

import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Instant;

/**
 * Something that happened to an aggregate, as written to the outbox in the transaction that made
 * it happen. The payload is JSON (written with the SDK's Jackson module) so that a host can relay
 * it to any broker unchanged; it never carries buyer personal data or secrets. Immutable.
 *
 * @param id unique id; listeners deduplicate by it
 * @param tenant the tenant it belongs to
 * @param aggregateType the kind of aggregate, such as {@code order} or {@code stock}
 * @param aggregateId the aggregate's id; delivery keeps commit order per (type, id)
 * @param type what happened, such as {@code order.imported}; see {@link EventTypes}
 * @param occurredAt when, by the injected clock
 * @param payload a JSON object describing the change
 */
public record DomainEvent(
    EventId id,
    TenantId tenant,
    String aggregateType,
    String aggregateId,
    String type,
    Instant occurredAt,
    String payload) {

  /** Validates every field. */
  public DomainEvent {
    Checks.present("eventId", id);
    Checks.present("tenant", tenant);
    aggregateType = Checks.text("aggregateType", aggregateType, 64);
    aggregateId = Checks.text("aggregateId", aggregateId, 200);
    type = Checks.text("type", type, 100);
    Checks.present("occurredAt", occurredAt);
    Checks.present("payload", payload);
  }
}
