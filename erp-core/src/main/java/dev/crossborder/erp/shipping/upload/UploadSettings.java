package dev.crossborder.erp.shipping.upload;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.Duration;

/**
 * How tracking uploads retry and claim.
 *
 * @param firstRetry the delay after the first failed call; each further failure doubles it
 * @param maxRetry the longest delay between attempts
 * @param lease how long a runner's claim on a job lasts; a runner that dies mid-call leaves the
 *     job to be claimed again after it (the connector reads back before re-sending)
 * @param batchSize at most this many jobs per {@link TrackingUploads#runDue()}
 */
public record UploadSettings(Duration firstRetry, Duration maxRetry, Duration lease, int batchSize) {

  /** Validates. */
  public UploadSettings {
    positive("firstRetry", firstRetry);
    positive("maxRetry", maxRetry);
    positive("lease", lease);
    if (maxRetry.compareTo(firstRetry) < 0) {
      throw new InvalidInputException("maxRetry", maxRetry, "must not be shorter than firstRetry");
    }
    if (batchSize < 1 || batchSize > 10_000) {
      throw new InvalidInputException("batchSize", batchSize, "must be 1 to 10000");
    }
  }

  /** One minute first, doubling up to six hours; five-minute leases; 200 jobs per run. */
  public static UploadSettings ofDefaults() {
    return new UploadSettings(Duration.ofMinutes(1), Duration.ofHours(6), Duration.ofMinutes(5), 200);
  }

  private static void positive(String field, Duration value) {
    Checks.present(field, value);
    if (value.isNegative() || value.isZero()) {
      throw new InvalidInputException(field, value, "must be positive");
    }
  }
}
