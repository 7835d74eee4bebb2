package dev.crossborder.erp.shipping.upload;

import dev.crossborder.erp.kernel.IllegalTransitionException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.shop.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The upload of one shipment's tracking to its platform: one job per shipment, keyed by the
 * shipment's id. Immutable; the transition methods return the next job and refuse what {@link
 * UploadState} forbids with an {@link IllegalTransitionException}. The version is the store's
 * optimistic-concurrency counter: a runner claims a job by writing it at the version it read.
 *
 * @param shipmentId the shipment (and the job's id)
 * @param orderId the order the shipment belongs to
 * @param shopId the order's shop
 * @param state where the job is
 * @param carrierCode the platform carrier code to send, or {@code null} if the shipment had none
 * @param trackingNumber the tracking number to send, or {@code null} if the shipment had none
 * @param shippedAt when the order shipped (sent to the platform as the ship date)
 * @param attempts platform calls made so far (pre-check refusals do not count)
 * @param nextAttemptAt when a {@code PENDING} job is due
 * @param leaseUntil until when a {@code SENDING} job is claimed; {@code null} in other states
 * @param problems why the last attempt did not confirm; empty after a confirmation
 * @param version the store's version of the job
 */
public record UploadJob(
    ShipmentId shipmentId,
    OrderId orderId,
    ShopId shopId,
    UploadState state,
    @Nullable String carrierCode,
    @Nullable String trackingNumber,
    Instant shippedAt,
    int attempts,
    Instant nextAttemptAt,
    @Nullable Instant leaseUntil,
    List<UploadProblem> problems,
    long version) {

  /** Validates and copies. */
  public UploadJob {
    Checks.present("shipmentId", shipmentId);
    Checks.present("orderId", orderId);
    Checks.present("shopId", shopId);
    Checks.present("state", state);
    carrierCode = carrierCode == null ? null : Checks.text("carrierCode", carrierCode, 100);
    trackingNumber = trackingNumber == null ? null : Checks.token("trackingNumber", trackingNumber, 64);
    if (attempts < 0) {
      throw new InvalidInputException("attempts", attempts, "must not be negative");
    }
    Checks.present("shippedAt", shippedAt);
    Checks.present("nextAttemptAt", nextAttemptAt);
    if ((state == UploadState.SENDING) != (leaseUntil != null)) {
      throw new InvalidInputException(
          "leaseUntil", String.valueOf(leaseUntil), "is set exactly while the job is SENDING");
    }
    problems = List.copyOf(Checks.present("problems", problems));
  }

  /** A new job of a shipment shipped at {@code now}, due at once. */
  public static UploadJob pending(
      ShipmentId shipment,
      OrderId order,
      ShopId shop,
      @Nullable String carrierCode,
      @Nullable String trackingNumber,
      Instant now) {
    return new UploadJob(
        shipment, order, shop, UploadState.PENDING, carrierCode, trackingNumber, now, 0, now, null, List.of(),
        0);
  }

  /** Whether a runner may claim the job at {@code now}: due, or its claim has run out. */
  public boolean isDue(Instant now) {
    return state == UploadState.PENDING && !nextAttemptAt.isAfter(now)
        || state == UploadState.SENDING && leaseUntil != null && !leaseUntil.isAfter(now);
  }

  /** The job claimed by a runner at {@code now} for {@code lease}. */
  public UploadJob claim(Instant now, Duration lease) {
    if (!isDue(now)) {
      throw new IllegalTransitionException("state", state, UploadState.SENDING);
    }
    return to(UploadState.SENDING, attempts, nextAttemptAt, now.plus(lease), problems);
  }

  /** The job after the platform accepted it (or already held it). */
  public UploadJob confirmed() {
    return to(UploadState.CONFIRMED, attempts + 1, nextAttemptAt, null, List.of());
  }

  /** The job refused before any platform call (pre-check, no tracking): waits for a person. */
  public UploadJob refused(List<UploadProblem> why) {
    return to(UploadState.FAILED, attempts, nextAttemptAt, null, why);
  }

  /** The job after the platform rejected the confirmation: waits for a person. */
  public UploadJob rejected(List<UploadProblem> why) {
    return to(UploadState.FAILED, attempts + 1, nextAttemptAt, null, why);
  }

  /**
   * The job after a failed call, due again after exponential backoff: {@code first} after the
   * first failed call, doubling with each further one, at most {@code max}.
   */
  public UploadJob retryLater(Instant now, Duration first, Duration max, UploadProblem why) {
    return retryLater(now, first, max, null, why);
  }

  /**
   * The job after a failed call, due again when the platform said ({@code retryAfter}, a rate
   * limit's {@code Retry-After}) or, if it said nothing, after the exponential backoff of {@link
   * #retryLater(Instant, Duration, Duration, UploadProblem)}. The platform's time replaces the
   * backoff in both directions: a shorter one is not delayed by it, a longer one is not cut to
   * {@code max} (calling earlier would only be throttled again). A negative value counts as zero.
   * The attempt is counted either way.
   */
  public UploadJob retryLater(
      Instant now, Duration first, Duration max, @Nullable Duration retryAfter, UploadProblem why) {
    int failed = attempts + 1;
    Duration delay;
    if (retryAfter != null) {
      delay = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    } else {
      delay = first.multipliedBy(1L << Math.min(failed - 1, 30));
      if (delay.compareTo(max) > 0 || delay.isNegative()) {
        delay = max;
      }
    }
    return to(UploadState.PENDING, failed, now.plus(delay), null, List.of(why));
  }

  /**
   * The failed (or waiting) job made due at {@code now} again, with the carrier code and tracking number to
   * send (a person's correction, or the same values).
   */
  public UploadJob retry(Instant now, @Nullable String carrier, @Nullable String tracking) {
    if (state != UploadState.FAILED && state != UploadState.PENDING) {
      throw new IllegalTransitionException("state", state, UploadState.PENDING);
    }
    return new UploadJob(
        shipmentId, orderId, shopId, UploadState.PENDING, carrier, tracking, shippedAt, attempts, now, null, problems,
        version);
  }

  /** This job with the store's version {@code next} (for stores). */
  public UploadJob atVersion(long next) {
    return new UploadJob(
        shipmentId, orderId, shopId, state, carrierCode, trackingNumber, shippedAt, attempts, nextAttemptAt,
        leaseUntil,
        problems, next);
  }

  private UploadJob to(
      UploadState next,
      int attemptCount,
      Instant due,
      @Nullable Instant lease,
      List<UploadProblem> why) {
    if (!state.canChangeTo(next)) {
      throw new IllegalTransitionException("state", state, next);
    }
    return new UploadJob(
        shipmentId, orderId, shopId, next, carrierCode, trackingNumber, shippedAt, attemptCount, due, lease, why,
        version);
  }
}
