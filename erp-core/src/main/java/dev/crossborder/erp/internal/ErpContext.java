package dev.crossborder.erp.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventId;
import dev.crossborder.erp.kernel.IdGenerator;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.store.OutboxRepository;
import dev.crossborder.erp.store.Store;
import dev.crossborder.erp.store.StoreTransaction;
import java.time.InstantSource;
import java.util.Map;

/**
 * What every service of one {@code Erp} shares: the tenant, the store, the clock, the id generator
 * and the JSON mapper. Immutable and thread-safe.
 *
 * @param tenant the tenant
 * @param store the store
 * @param clock the clock
 * @param ids the id generator
 * @param json the mapper for event payloads
 */
public record ErpContext(TenantId tenant, Store store, InstantSource clock, IdGenerator ids, ObjectMapper json) {

  /** Runs {@code callback} in a transaction of this context's tenant. */
  public <T> T tx(Store.TransactionCallback<T> callback) {
    return store.inTransaction(tenant, callback);
  }

  /**
   * Writes a domain event to the outbox of {@code tx}: it commits or rolls back with the change it
   * describes. The payload must hold no buyer data and no secret.
   */
  public void emit(
      StoreTransaction tx, String aggregateType, String aggregateId, String type, Map<String, ?> payload) {
    String body;
    try {
      body = json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event payload of " + type + " is not serialisable", e);
    }
    tx.repository(OutboxRepository.class)
        .append(
            new DomainEvent(
                EventId.of(ids.nextId()), tenant, aggregateType, aggregateId, type, clock.instant(), body));
  }
}
