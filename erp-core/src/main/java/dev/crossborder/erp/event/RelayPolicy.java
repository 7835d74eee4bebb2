package dev.crossborder.erp.event;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.time.Duration;

/**
 * How the {@link OutboxRelay} delivers: attempts before an event becomes a dead letter, the
 * exponential backoff between attempts, how many events it reads at once, how long delivered
 * events are kept, and how long its lease lasts. Immutable; start from {@link #ofDefaults()}.
 *
 * @param maxAttempts failed attempts after which an event is dead-lettered for a listener (≥ 1)
 * @param initialBackoff wait after the first failure; doubled after each further failure
 * @param maxBackoff the longest wait between attempts
 * @param batchSize events read per round (1 to 1000)
 * @param retention how long delivered events stay in the outbox before {@link OutboxRelay#prune()}
 * @param leaseDuration how long one relay instance holds the relay lease without renewing it
 */
public record RelayPolicy(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    int batchSize,
    Duration retention,
    Duration leaseDuration) {

  /** Validates every field. */
  public RelayPolicy {
    if (maxAttempts < 1) {
      throw new InvalidInputException("maxAttempts", maxAttempts, "must be at least 1");
    }
    positive("initialBackoff", initialBackoff);
    positive("maxBackoff", maxBackoff);
    if (batchSize < 1 || batchSize > 1000) {
      throw new InvalidInputException("batchSize", batchSize, "must be 1 to 1000");
    }
    positive("retention", retention);
    positive("leaseDuration", leaseDuration);
  }

  /** 8 attempts, backoff from 1 second doubling to 15 minutes, batches of 500, 7 days' retention, 30-second lease. */
  public static RelayPolicy ofDefaults() {
    return new RelayPolicy(8, Duration.ofSeconds(1), Duration.ofMinutes(15), 500, Duration.ofDays(7), Duration.ofSeconds(30));
  }

  /** This policy with another maximum of attempts. */
  public RelayPolicy withMaxAttempts(int value) {
    return new RelayPolicy(value, initialBackoff, maxBackoff, batchSize, retention, leaseDuration);
  }

  /** This policy with other backoff bounds. */
  public RelayPolicy withBackoff(Duration initial, Duration max) {
    return new RelayPolicy(maxAttempts, initial, max, batchSize, retention, leaseDuration);
  }

  /** This policy with another batch size. */
  public RelayPolicy withBatchSize(int value) {
    return new RelayPolicy(maxAttempts, initialBackoff, maxBackoff, value, retention, leaseDuration);
  }

  /** This policy with another retention. */
  public RelayPolicy withRetention(Duration value) {
    return new RelayPolicy(maxAttempts, initialBackoff, maxBackoff, batchSize, value, leaseDuration);
  }

  /** The wait after the {@code attempts}-th failure: initial × 2^(attempts−1), at most the maximum. */
  public Duration backoffAfter(int attempts) {
    int shift = Math.min(Math.max(attempts - 1, 0), 30);
    Duration d = initialBackoff.multipliedBy(1L << shift);
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }

  private static void positive(String field, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new InvalidInputException(field, d, "must be positive");
    }
  }
}
