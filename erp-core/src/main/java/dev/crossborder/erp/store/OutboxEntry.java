package dev.crossborder.erp.store;

import dev.crossborder.erp.event.DomainEvent;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An event in the outbox as one listener sees it: its position, and how delivery to that listener
 * has gone so far.
 *
 * @param position the outbox position, increasing in insertion order
 * @param event the event
 * @param attempts failed delivery attempts to this listener so far
 * @param nextAttemptAt when the next attempt is due, or {@code null} if never attempted
 */
public record OutboxEntry(long position, DomainEvent event, int attempts, @Nullable Instant nextAttemptAt) {}
