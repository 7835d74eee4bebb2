package dev.crossborder.erp.platforms.http;

/**
 * A token bucket in its "theoretical arrival time" form (GCRA): one long per bucket, exact integer
 * arithmetic in nanoseconds, and waits handed out as reservations, so threads that arrive together
 * are spaced one interval apart instead of all waking at once. Thread-safe.
 */
final class TokenBucket {
  private final int burst;
  private long intervalNanos;
  private long theoreticalArrival;
  private boolean started;

  TokenBucket(RateLimit limit) {
    this.burst = limit.burst();
    this.intervalNanos = interval(limit.requestsPerSecond());
  }

  /** Takes one request's place; returns how long (nanoseconds) to wait before sending it. */
  synchronized long reserve(long nowNanos) {
    if (!started || theoreticalArrival < nowNanos) {
      theoreticalArrival = nowNanos;
      started = true;
    }
    long wait = theoreticalArrival - nowNanos - (burst - 1) * intervalNanos;
    theoreticalArrival += intervalNanos;
    return Math.max(0, wait);
  }

  /** Changes the sustained rate (the platform told its current one); places taken are kept. */
  synchronized void adjust(double requestsPerSecond) {
    intervalNanos = interval(requestsPerSecond);
  }

  /** The current sustained rate in requests per second. */
  synchronized double rate() {
    return 1e9 / intervalNanos;
  }

  private static long interval(double requestsPerSecond) {
    return Math.max(1, Math.round(1e9 / requestsPerSecond));
  }
}
