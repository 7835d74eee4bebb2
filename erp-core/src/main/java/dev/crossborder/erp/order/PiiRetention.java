package dev.crossborder.erp.order;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.shop.PlatformId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long the buyer's personal data of a finished order is kept, per platform. Immutable.
 *
 * <p>An order's retention clock starts when it is finished: {@code SHIPPED}, {@code CONFIRMED}
 * or {@code CANCELLED}, or {@code EXTERNALLY_FULFILLED} once the platform reports it shipped or
 * cancelled. Orders record no delivery date, so the clock starts at the order's last platform
 * update ({@link Order#platformUpdatedAt()}, never before {@link Order#purchasedAt()}); for a
 * shipped order that is the platform's shipment update, which precedes delivery, so erasure never
 * comes later than the period after delivery would allow. Orders that are not finished are never
 * due. Used by {@link Orders#eraseDueBuyers}.
 *
 * @param defaultRetention how long buyer data is kept for platforms without their own entry
 * @param perPlatform the retention of each platform that has its own
 */
public record PiiRetention(Duration defaultRetention, Map<PlatformId, Duration> perPlatform) {

  /**
   * Amazon's retention: 30 days. Amazon's Data Protection Policy (Selling Partner API) requires
   * developers to delete PII no later than 30 days after order delivery.
   */
  public static final Duration AMAZON_RETENTION = Duration.ofDays(30);

  /** The default of {@link #standard()} for platforms without a rule of their own: 90 days. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(90);

  /** Validates every period and copies the map. */
  public PiiRetention {
    positive("defaultRetention", defaultRetention);
    Checks.present("perPlatform", perPlatform);
    perPlatform.forEach((platform, period) -> positive("perPlatform." + platform, period));
    perPlatform = Map.copyOf(perPlatform);
  }

  /** Amazon 30 days ({@link #AMAZON_RETENTION}), every other platform {@link #DEFAULT_RETENTION}. */
  public static PiiRetention standard() {
    return new PiiRetention(DEFAULT_RETENTION, Map.of(PlatformId.AMAZON, AMAZON_RETENTION));
  }

  /** This policy with {@code platform} kept for {@code period}. */
  public PiiRetention withPlatform(PlatformId platform, Duration period) {
    Map<PlatformId, Duration> copy = new HashMap<>(perPlatform);
    copy.put(Checks.present("platform", platform), period);
    return new PiiRetention(defaultRetention, copy);
  }

  /** This policy with {@code period} for platforms without a rule of their own. */
  public PiiRetention withDefault(Duration period) {
    return new PiiRetention(period, perPlatform);
  }

  /** How long buyer data of {@code platform}'s orders is kept. */
  public Duration retentionFor(PlatformId platform) {
    return perPlatform.getOrDefault(platform, defaultRetention);
  }

  /** The shortest period of this policy. */
  public Duration shortest() {
    return perPlatform.values().stream().reduce(defaultRetention, (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  /**
   * When the buyer data of {@code order}, sold on {@code platform}, is due for erasure; empty
   * while the order is not finished.
   */
  public Optional<Instant> dueAt(Order order, PlatformId platform) {
    if (!finished(order)) {
      return Optional.empty();
    }
    Instant start =
        order.platformUpdatedAt().isAfter(order.purchasedAt()) ? order.platformUpdatedAt() : order.purchasedAt();
    return Optional.of(start.plus(retentionFor(platform)));
  }

  private static boolean finished(Order order) {
    switch (order.status()) {
      case SHIPPED:
      case CONFIRMED:
      case CANCELLED:
        return true;
      case EXTERNALLY_FULFILLED:
        return order.platformStatus() == PlatformOrderStatus.SHIPPED
            || order.platformStatus() == PlatformOrderStatus.CANCELLED;
      default:
        return false;
    }
  }

  private static void positive(String field, Duration period) {
    Checks.present(field, period);
    if (period.isNegative() || period.isZero()) {
      throw new InvalidInputException(field, period, "must be positive");
    }
  }
}
