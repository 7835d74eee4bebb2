package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Sleeper} for tests and simulations: instead of sleeping it advances a {@link
 * MutableClock} by the wait and records it, so rate limits, retries and polling run in clock time
 * without a real pause. Thread-safe.
 */
public final class RecordingSleeper implements Sleeper {
  private final MutableClock clock;
  private final List<Duration> sleeps = new ArrayList<>();

  /** A sleeper that advances {@code clock}. */
  public RecordingSleeper(MutableClock clock) {
    this.clock = requireNonNull(clock, "clock == null");
  }

  @Override
  public synchronized void sleep(Duration duration) {
    requireNonNull(duration, "duration == null");
    sleeps.add(duration);
    clock.advance(duration);
  }

  /** Every wait so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  @Override
  public String toString() {
    return "RecordingSleeper[" + sleeps().size() + " waits]";
  }
}
