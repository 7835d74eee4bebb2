package dev.crossborder.erp.event.internal;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventListener;
import dev.crossborder.erp.event.OutboxRelay;
import dev.crossborder.erp.event.RelayPolicy;
import dev.crossborder.erp.internal.ErpContext;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.store.DeadLetter;
import dev.crossborder.erp.store.LeaseRepository;
import dev.crossborder.erp.store.OutboxEntry;
import dev.crossborder.erp.store.OutboxRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link OutboxRelay} over the store's outbox and lease repositories. Thread-safe. */
public final class StoreOutboxRelay implements OutboxRelay {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  /** The name of the lease that makes one instance the relay. */
  public static final String LEASE = "outbox-relay";

  private final ErpContext ctx;
  private final Map<String, EventListener> listeners;
  private final RelayPolicy policy;
  private final String instanceId;
  private final ReentrantLock draining = new ReentrantLock();

  /**
   * Creates the relay of {@code ctx}'s tenant for {@code listeners} (by name, in registration
   * order), run by the host instance {@code instanceId}.
   */
  public StoreOutboxRelay(
      ErpContext ctx, Map<String, EventListener> listeners, RelayPolicy policy, String instanceId) {
    this.ctx = requireNonNull(ctx, "ctx == null");
    this.listeners = new LinkedHashMap<>(listeners);
    this.policy = requireNonNull(policy, "policy == null");
    this.instanceId = requireNonNull(instanceId, "instanceId == null");
  }

  @Override
  public int drain() {
    draining.lock();
    try {
      if (listeners.isEmpty() || !holdLease()) {
        return 0;
      }
      int delivered = 0;
      for (Map.Entry<String, EventListener> listener : listeners.entrySet()) {
        delivered += drain(listener.getKey(), listener.getValue());
      }
      return delivered;
    } finally {
      draining.unlock();
    }
  }

  private boolean holdLease() {
    Instant now = ctx.clock().instant();
    return ctx.tx(
            tx ->
                tx.repository(LeaseRepository.class)
                    .tryAcquire(LEASE, instanceId, now, now.plus(policy.leaseDuration())))
        .isPresent();
  }

  private int drain(String name, EventListener listener) {
    int delivered = 0;
    // Aggregates held back for the rest of this round: their head event failed now or is not due.
    Set<String> blocked = new HashSet<>();
    long after = 0;
    while (true) {
      long from = after;
      List<OutboxEntry> batch =
          ctx.tx(tx -> tx.repository(OutboxRepository.class).pending(name, from, policy.batchSize()));
      for (OutboxEntry entry : batch) {
        after = entry.position();
        DomainEvent event = entry.event();
        String aggregate = event.aggregateType() + '\u0000' + event.aggregateId();
        if (blocked.contains(aggregate)) {
          continue;
        }
        Instant now = ctx.clock().instant();
        if (entry.nextAttemptAt() != null && entry.nextAttemptAt().isAfter(now)) {
          blocked.add(aggregate);
          continue;
        }
        switch (deliver(name, listener, entry, now)) {
          case DELIVERED -> delivered++;
          case RETRY_LATER -> blocked.add(aggregate);
          case DEAD_LETTERED -> {
            // No longer pending: the aggregate's later events may flow in this round.
          }
        }
      }
      if (batch.size() < policy.batchSize()) {
        return delivered;
      }
    }
  }

  private enum Outcome {
    DELIVERED,
    RETRY_LATER,
    DEAD_LETTERED
  }

  /** Delivers one event and records success or failure. */
  private Outcome deliver(String name, EventListener listener, OutboxEntry entry, Instant now) {
    try {
      listener.onEvent(entry.event());
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable e) { // a listener's AssertionError or LinkageError is its failure, not ours
      int attempts = entry.attempts() + 1;
      boolean dead = attempts >= policy.maxAttempts();
      Instant next = now.plus(policy.backoffAfter(attempts));
      String error = describe(e);
      ctx.tx(
          tx -> {
            tx.repository(OutboxRepository.class).markFailed(name, entry.position(), attempts, next, error, dead);
            return null;
          });
      // The exception's message may carry data of the host's; log only its class.
      log.warn(
          "listener {} failed on event {} ({}), attempt {} of {}{}: {}",
          name,
          entry.event().id(),
          entry.event().type(),
          attempts,
          policy.maxAttempts(),
          dead ? ", dead-lettered" : "",
          e.getClass().getName());
      return dead ? Outcome.DEAD_LETTERED : Outcome.RETRY_LATER;
    }
    ctx.tx(
        tx -> {
          tx.repository(OutboxRepository.class).markDelivered(name, entry.position());
          return null;
        });
    return Outcome.DELIVERED;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String text = e.getClass().getName() + (message == null ? "" : ": " + message);
    return text.length() <= 500 ? text : text.substring(0, 497) + "...";
  }

  @Override
  public List<DeadLetter> deadLetters(String listener, int limit) {
    requireNonNull(listener, "listener == null");
    if (limit < 1 || limit > 1000) {
      throw new InvalidInputException("limit", limit, "must be 1 to 1000");
    }
    return ctx.tx(tx -> tx.repository(OutboxRepository.class).deadLetters(listener, limit));
  }

  @Override
  public int prune() {
    Instant cutoff = ctx.clock().instant().minus(policy.retention());
    return ctx.tx(tx -> tx.repository(OutboxRepository.class).prune(cutoff, listeners.keySet()));
  }

  @Override
  public AutoCloseable start(ScheduledExecutorService scheduler, Duration interval) {
    requireNonNull(scheduler, "scheduler == null");
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new InvalidInputException("interval", interval, "must be positive");
    }
    ScheduledFuture<?> future =
        scheduler.scheduleWithFixedDelay(
            () -> {
              try {
                drain();
              } catch (VirtualMachineError fatal) {
                throw fatal;
              } catch (Throwable e) { // anything else must not end the schedule
                log.warn("outbox relay round failed: {}", e.getClass().getName(), e);
              }
            },
            0,
            TimeUnit.NANOSECONDS.convert(interval),
            TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }
}
