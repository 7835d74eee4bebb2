package dev.crossborder.erp.sync;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Duration;

/**
 * How the sync engine polls and leases. Immutable; start from {@link #ofDefaults()} and change
 * what differs with the {@code with...} methods.
 *
 * <p>The engine never asks for orders changed after {@code now - settleDelay} (platforms publish
 * changes with a lag, and Amazon refuses a {@code LastUpdatedBefore} later than two minutes before
 * the request), and starts each window {@code overlap} before the previous window's end, so a
 * change published late still lands in a window read later. A lease lasts {@code leaseDuration}
 * and is renewed before every page; its holder stops using it {@code clockSkewMargin} before it
 * expires by the holder's own clock, so instances whose clocks differ by less than the margin never
 * both believe they hold a shop.
 *
 * @param pollInterval how often each shop is pulled in the background
 * @param overlap how far each window reaches back before the previous one's end
 * @param settleDelay how far before now every window ends
 * @param leaseDuration how long a shop's lease lasts unless renewed; more than the poll interval
 *     plus the margin, so that a polling holder keeps its shops
 * @param clockSkewMargin the largest clock difference between instances the leases tolerate
 * @param initialLookback how far back the first pull of a shop reaches
 * @param minBackoff the pause after a first failed pull (doubled after each further failure)
 * @param maxBackoff the longest pause between failed pulls
 */
public record SyncSettings(
    Duration pollInterval,
    Duration overlap,
    Duration settleDelay,
    Duration leaseDuration,
    Duration clockSkewMargin,
    Duration initialLookback,
    Duration minBackoff,
    Duration maxBackoff) {

  /** Checks the durations and how they relate. */
  public SyncSettings {
    positive("pollInterval", pollInterval);
    nonNegative("overlap", overlap);
    nonNegative("settleDelay", settleDelay);
    positive("leaseDuration", leaseDuration);
    nonNegative("clockSkewMargin", clockSkewMargin);
    positive("initialLookback", initialLookback);
    positive("minBackoff", minBackoff);
    positive("maxBackoff", maxBackoff);
    if (leaseDuration.compareTo(pollInterval.plus(clockSkewMargin)) <= 0) {
      throw new InvalidInputException(
          "leaseDuration", leaseDuration, "must exceed pollInterval plus clockSkewMargin");
    }
    if (maxBackoff.compareTo(minBackoff) < 0) {
      throw new InvalidInputException("maxBackoff", maxBackoff, "must be at least minBackoff");
    }
  }

  /**
   * Polls every minute with a two-minute overlap and settle delay, five-minute leases with a
   * fifteen-second skew margin, a first pull of the last seven days, and backoff from five seconds
   * to fifteen minutes.
   */
  public static SyncSettings ofDefaults() {
    return new SyncSettings(
        Duration.ofMinutes(1),
        Duration.ofMinutes(2),
        Duration.ofMinutes(2),
        Duration.ofMinutes(5),
        Duration.ofSeconds(15),
        Duration.ofDays(7),
        Duration.ofSeconds(5),
        Duration.ofMinutes(15));
  }

  /** These settings with another poll interval. */
  public SyncSettings withPollInterval(Duration value) {
    return new SyncSettings(
        value, overlap, settleDelay, leaseDuration, clockSkewMargin, initialLookback, minBackoff,
        maxBackoff);
  }

  /** These settings with another overlap and settle delay. */
  public SyncSettings withWindow(Duration overlapValue, Duration settleValue) {
    return new SyncSettings(
        pollInterval, overlapValue, settleValue, leaseDuration, clockSkewMargin, initialLookback,
        minBackoff, maxBackoff);
  }

  /** These settings with another lease duration and clock-skew margin. */
  public SyncSettings withLease(Duration duration, Duration skewMargin) {
    return new SyncSettings(
        pollInterval, overlap, settleDelay, duration, skewMargin, initialLookback, minBackoff,
        maxBackoff);
  }

  /** These settings with another initial lookback. */
  public SyncSettings withInitialLookback(Duration value) {
    return new SyncSettings(
        pollInterval, overlap, settleDelay, leaseDuration, clockSkewMargin, value, minBackoff,
        maxBackoff);
  }

  /** These settings with another backoff range. */
  public SyncSettings withBackoff(Duration min, Duration max) {
    return new SyncSettings(
        pollInterval, overlap, settleDelay, leaseDuration, clockSkewMargin, initialLookback, min,
        max);
  }

  private static void positive(String field, Duration value) {
    Checks.present(field, value);
    if (value.isZero() || value.isNegative()) {
      throw new InvalidInputException(field, value, "must be positive");
    }
  }

  private static void nonNegative(String field, Duration value) {
    Checks.present(field, value);
    if (value.isNegative()) {
      throw new InvalidInputException(field, value, "must not be negative");
    }
  }
}
