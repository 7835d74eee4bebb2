package dev.crossborder.erp.platforms.http;

import dev.crossborder.erp.kernel.ConfigurationException;

/**
 * The documented rate limit of one platform operation, per shop: a sustained rate in requests per
 * second and a burst of requests that may go at once after a quiet period (Amazon publishes both
 * per operation: {@code searchOrders} 0.0167/s with a burst of 20). Immutable.
 *
 * @param requestsPerSecond the sustained rate, positive (fractions allowed)
 * @param burst how many requests may go without waiting after the bucket has filled, at least 1
 */
public record RateLimit(double requestsPerSecond, int burst) {

  /** Refuses a rate that is not positive and finite, and a burst below 1. */
  public RateLimit {
    if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
      throw new ConfigurationException("rate limit must be positive, not " + requestsPerSecond);
    }
    if (burst < 1) {
      throw new ConfigurationException("rate limit burst must be at least 1, not " + burst);
    }
  }

  /** A limit of {@code requestsPerSecond} with a burst of {@code burst}. */
  public static RateLimit of(double requestsPerSecond, int burst) {
    return new RateLimit(requestsPerSecond, burst);
  }
}
