package dev.crossborder.erp.event;

/**
 * Receives domain events after their transaction committed. Delivery is at least once: the same
 * event may arrive again (after a crash, or when acknowledging it failed), so a listener
 * deduplicates by {@link DomainEvent#id()}. Events of one aggregate arrive in commit order; events
 * of different aggregates may interleave.
 *
 * <p>An exception thrown here does not undo anything: the event is retried later with backoff,
 * and after the relay's maximum attempts it is recorded as a dead letter. Later events of the same
 * aggregate wait behind a failing one until it succeeds or is dead-lettered. A listener is called
 * from one relay thread at a time.
 */
@FunctionalInterface
public interface EventListener {

  /**
   * Handles one event.
   *
   * @param event the event
   * @throws Exception to have the event retried later
   */
  void onEvent(DomainEvent event) throws Exception;
}
