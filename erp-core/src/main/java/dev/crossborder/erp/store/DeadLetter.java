package dev.crossborder.erp.store;

import dev.crossborder.erp.event.DomainEvent;

/**
 * An event a listener failed to handle the maximum number of times; kept until a person acts.
 *
 * @param listener the listener's name
 * @param position the outbox position
 * @param event the event
 * @param attempts how many times delivery failed
 * @param lastError the last failure's class and message, shortened
 */
public record DeadLetter(String listener, long position, DomainEvent event, int attempts, String lastError) {}
