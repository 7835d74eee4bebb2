package dev.crossborder.erp.platforms.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits, for the rate limiter and the retry backoff. The default {@link #system()} parks the
 * thread; tests pass one that advances a {@code MutableClock} instead, so they never sleep.
 * Implementations must be thread-safe and must give up with {@link InterruptedException} when the
 * thread is interrupted.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for {@code duration} (zero or positive).
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /** A sleeper that blocks the calling thread for real. */
  static Sleeper system() {
    return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }
}
