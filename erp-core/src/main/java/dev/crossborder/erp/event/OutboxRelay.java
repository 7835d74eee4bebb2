package dev.crossborder.erp.event;

import dev.crossborder.erp.store.DeadLetter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Delivers the tenant's outbox to the listeners registered on the {@code Erp} builder. Reached by
 * {@code erp.events()}. Thread-safe.
 *
 * <p>One instance at a time relays: each round first takes or renews the relay lease in the store,
 * so when several host instances share a database only the lease holder delivers, and another
 * takes over when its lease lapses. Delivery is at least once, in position (commit) order per
 * aggregate; a failing listener is retried with the policy's backoff, and later events of the same
 * aggregate wait behind the failing one, until it is dead-lettered after the maximum attempts.
 * Listeners are independent: one failing listener does not hold back another.
 */
public interface OutboxRelay {

  /**
   * Delivers every event that is due, to every listener, and returns how many deliveries
   * succeeded. Returns 0 at once if another instance holds the relay lease. Tests call it (or
   * {@code erp.drainOutbox()}) after a command to see its events.
   */
  int drain();

  /** Up to {@code limit} dead letters of the listener {@code listener}, oldest first. */
  List<DeadLetter> deadLetters(String listener, int limit);

  /**
   * Deletes events older than the policy's retention that every registered listener has received;
   * dead letters stay. Returns how many events were deleted.
   */
  int prune();

  /**
   * Drains on {@code scheduler} every {@code interval} (after each round ends) until the returned
   * handle is closed. A failing round is logged and the next one runs as planned.
   */
  AutoCloseable start(ScheduledExecutorService scheduler, Duration interval);
}
