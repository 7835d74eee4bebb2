package dev.crossborder.erp.platforms.listing;

import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSubmission;
import dev.crossborder.erp.platform.ListingVerdict;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connector that dies like a process would at the n-th listing put: before the request leaves
 * ({@link Point#BEFORE_REQUEST}) or after the platform accepted it but before the caller sees the
 * verdict ({@link Point#AFTER_ACCEPT}). It throws an {@link Error}, which no service may swallow.
 */
final class CrashingConnector implements PlatformConnector {
  enum Point { BEFORE_REQUEST, AFTER_ACCEPT }

  /** The simulated death of the process. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;

    Crash(String message) {
      super(message);
    }
  }

  private final PlatformConnector delegate;
  private final int crashAt;
  private final Point point;
  private final AtomicInteger puts = new AtomicInteger();

  CrashingConnector(PlatformConnector delegate, int crashAt, Point point) {
    this.delegate = delegate;
    this.crashAt = crashAt;
    this.point = point;
  }

  @Override
  public PlatformId platform() {
    return delegate.platform();
  }

  @Override
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    Optional<T> capability = delegate.capability(type);
    if (type != ListingPublisher.class || capability.isEmpty()) {
      return capability;
    }
    ListingPublisher real = (ListingPublisher) capability.get();
    ListingPublisher crashing = new ListingPublisher() {
      @Override
      public ListingVerdict put(Shop shop, ListingSubmission submission) {
        boolean crash = puts.incrementAndGet() == crashAt;
        if (crash && point == Point.BEFORE_REQUEST) {
          throw new Crash("died before sending " + submission.sellerSku());
        }
        ListingVerdict verdict = real.put(shop, submission);
        if (crash) {
          throw new Crash("died after " + submission.sellerSku() + " was accepted");
        }
        return verdict;
      }

      @Override
      public ListingVerdict delete(Shop shop, String sellerSku) {
        return real.delete(shop, sellerSku);
      }
    };
    return Optional.of(type.cast(crashing));
  }
}
