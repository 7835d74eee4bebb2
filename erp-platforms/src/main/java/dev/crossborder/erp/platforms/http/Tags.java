package dev.crossborder.erp.platforms.http;

import dev.crossborder.erp.kernel.ConfigurationException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;

/** Reads the layer's request tags; converts instants to a nanosecond time line; sleeps. */
final class Tags {
  private Tags() {}

  /** The request's {@link CallContext}; a request without one is a wiring mistake of the connector. */
  static CallContext context(Request request) {
    CallContext context = request.tag(CallContext.class);
    if (context == null) {
      throw new ConfigurationException(
          "request to " + request.url().encodedPath() + " has no CallContext tag; connectors must tag every request");
    }
    return context;
  }

  /** {@code instant} as nanoseconds since the epoch, saturating far from it. */
  static long nanos(Instant instant) {
    try {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    } catch (ArithmeticException e) {
      return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** Waits through the sleeper, turning an interrupt into OkHttp's {@link InterruptedIOException}. */
  static void sleep(Sleeper sleeper, Duration duration) throws InterruptedIOException {
    if (duration.isZero() || duration.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  /** Counts the requests sent for one call, across retries and token refreshes. */
  static final class AttemptCounter {
    private final AtomicInteger sent = new AtomicInteger();

    int next() {
      return sent.incrementAndGet();
    }
  }
}
