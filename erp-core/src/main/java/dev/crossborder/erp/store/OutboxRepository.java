package dev.crossborder.erp.store;

import dev.crossborder.erp.event.DomainEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox of the transaction's tenant and the delivery state of each listener.
 */
public interface OutboxRepository {

  /**
   * Appends an event; it becomes visible to the relay when the transaction commits.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code eventId} if it exists
   */
  void append(DomainEvent event);

  /**
   * Up to {@code limit} events after position {@code afterPosition} that {@code listener} has
   * neither received nor dead-lettered, in position order, including ones whose retry is not yet
   * due (the relay holds back later events of their aggregates). Positions are positive, so {@code
   * 0} reads from the start.
   */
  List<OutboxEntry> pending(String listener, long afterPosition, int limit);

  /** Like {@link #pending(String, long, int)} from the start of the outbox. */
  default List<OutboxEntry> pending(String listener, int limit) {
    return pending(listener, 0, limit);
  }

  /** Records that {@code listener} handled the event at {@code position}. */
  void markDelivered(String listener, long position);

  /**
   * Records a failed delivery: the attempts so far, when to try again, the error (class and short
   * message, never a secret), and whether it is now a dead letter.
   */
  void markFailed(
      String listener, long position, int attempts, Instant nextAttemptAt, String error, boolean dead);

  /** Up to {@code limit} dead letters of {@code listener}, in position order. */
  List<DeadLetter> deadLetters(String listener, int limit);

  /**
   * Deletes events that occurred before {@code cutoff} and were delivered to every listener in
   * {@code listeners}, with their delivery records. Dead letters and undelivered events stay.
   *
   * @return how many events were deleted
   */
  int prune(Instant cutoff, Collection<String> listeners);
}
