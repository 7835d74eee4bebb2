/**
 * Domain events and their delivery. Every state change writes a {@link
 * dev.crossborder.erp.event.DomainEvent} to the outbox in the same transaction; the {@link
 * dev.crossborder.erp.event.OutboxRelay} delivers them after commit to registered {@link
 * dev.crossborder.erp.event.EventListener listeners}, at least once, in commit order per
 * aggregate, with per-listener backoff and dead letters.
 */
@NullMarked
package dev.crossborder.erp.event;

import org.jspecify.annotations.NullMarked;
