package dev.crossborder.erp.kernel;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An {@link InstantSource} whose time moves only when told to, for tests and simulations.
 *
 * <p>Thread-safe: readers always see the latest {@link #set} or {@link #advance}. Time may be set
 * backwards on purpose (to simulate clock skew).
 */
public final class MutableClock implements InstantSource {
  private final AtomicReference<Instant> now;

  private MutableClock(Instant start) {
    this.now = new AtomicReference<>(requireNonNull(start, "start == null"));
  }

  /** Returns a clock standing at {@code start}. */
  public static MutableClock at(Instant start) {
    return new MutableClock(start);
  }

  /** Returns a clock standing at {@code text}, an ISO-8601 instant such as {@code 2026-01-01T00:00:00Z}. */
  public static MutableClock at(String text) {
    return new MutableClock(Instant.parse(text));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  /** Moves the clock to {@code instant}. */
  public void set(Instant instant) {
    now.set(requireNonNull(instant, "instant == null"));
  }

  /** Moves the clock forward by {@code duration} (backward if it is negative) and returns the new time. */
  public Instant advance(Duration duration) {
    requireNonNull(duration, "duration == null");
    return now.updateAndGet(t -> t.plus(duration));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + "]";
  }
}
