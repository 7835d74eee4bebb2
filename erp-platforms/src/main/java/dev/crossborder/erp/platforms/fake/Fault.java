package dev.crossborder.erp.platforms.fake;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.time.Duration;

/**
 * One kind of misbehaviour {@link FakePlatform} can inject, as a platform shows it to a connector's
 * caller. A {@link FaultPlan} says when it happens. Immutable values.
 *
 * <ul>
 *   <li>Call faults make an operation fail with a {@link
 *       dev.crossborder.erp.platform.ConnectorException}: {@link #rateLimited}, {@link
 *       #unavailable}, {@link #timeout}, {@link #lostResponse} and {@link #revokedAuth}. They apply
 *       to every {@link Operation}.
 *   <li>Page faults change what a page of {@link Operation#ORDERS} holds, without failing it:
 *       {@link #duplicatePage} and {@link #outOfOrderPage}.
 *   <li>{@link #lateUpdate} changes what {@link FakePlatform#updateOrder} records.
 * </ul>
 */
public sealed interface Fault {

  /**
   * HTTP 429: the call fails with a {@link dev.crossborder.erp.platform.RateLimitedException}
   * carrying {@code retryAfter}; nothing was applied.
   */
  static Fault rateLimited(Duration retryAfter) {
    return new RateLimited(retryAfter);
  }

  /**
   * HTTP 503: the call fails with a {@link
   * dev.crossborder.erp.platform.PlatformUnavailableException}; nothing was applied.
   */
  static Fault unavailable() {
    return new Unavailable(503);
  }

  /**
   * An HTTP 5xx of the given status: the call fails with a {@link
   * dev.crossborder.erp.platform.PlatformUnavailableException}; nothing was applied.
   */
  static Fault unavailable(int httpStatus) {
    return new Unavailable(httpStatus);
  }

  /**
   * No answer in time, before the platform did anything: the call fails with a {@link
   * dev.crossborder.erp.platform.PlatformUnavailableException} without an HTTP status.
   */
  static Fault timeout() {
    return new Timeout();
  }

  /**
   * The platform did the work but its answer was lost: a write is applied, then the call fails
   * like a {@link #timeout()}. This is the case that makes connectors read back before re-sending
   * a write that is not idempotent.
   */
  static Fault lostResponse() {
    return new LostResponse();
  }

  /**
   * The seller revoked the authorization: the call and every later call for the same shop fail
   * with an {@link dev.crossborder.erp.platform.AuthenticationException} of reason {@code
   * REVOKED}, until {@link FakePlatform#restoreAuth} is called for the shop.
   */
  static Fault revokedAuth() {
    return new RevokedAuth();
  }

  /**
   * A page after the first one repeats every order of the page before it, followed by its own
   * orders. Applies to {@link Operation#ORDERS} calls with a cursor.
   */
  static Fault duplicatePage() {
    return new DuplicatePage();
  }

  /**
   * A page's orders arrive shuffled (by the fake's seeded random), not in last-update order, so a
   * reader must not take the last order's time as its watermark. Applies to {@link
   * Operation#ORDERS}.
   */
  static Fault outOfOrderPage() {
    return new OutOfOrderPage();
  }

  /**
   * {@link FakePlatform#updateOrder} records the update {@code lag} before the clock's time, so it
   * lands in a window a reader may already have read (platforms publish changes with a delay).
   */
  static Fault lateUpdate(Duration lag) {
    return new LateUpdate(lag);
  }

  /**
   * Throttling.
   *
   * @param retryAfter the wait the platform asks for, not negative
   */
  record RateLimited(Duration retryAfter) implements Fault {

    /** Validates. */
    public RateLimited {
      requireNonNull(retryAfter, "retryAfter == null");
      if (retryAfter.isNegative()) {
        throw new InvalidInputException("retryAfter", retryAfter, "must not be negative");
      }
    }
  }

  /**
   * A server error.
   *
   * @param httpStatus the status, 500 to 599
   */
  record Unavailable(int httpStatus) implements Fault {

    /** Validates. */
    public Unavailable {
      if (httpStatus < 500 || httpStatus > 599) {
        throw new InvalidInputException("httpStatus", httpStatus, "must be 500 to 599");
      }
    }
  }

  /** A timeout before the platform acted. */
  record Timeout() implements Fault {}

  /** A timeout after the platform acted. */
  record LostResponse() implements Fault {}

  /** A revoked authorization. */
  record RevokedAuth() implements Fault {}

  /** A page that repeats the page before it. */
  record DuplicatePage() implements Fault {}

  /** A page whose orders are shuffled. */
  record OutOfOrderPage() implements Fault {}

  /**
   * An update recorded in the past.
   *
   * @param lag how far before the clock's time the update is recorded, positive
   */
  record LateUpdate(Duration lag) implements Fault {

    /** Validates. */
    public LateUpdate {
      requireNonNull(lag, "lag == null");
      if (lag.isNegative() || lag.isZero()) {
        throw new InvalidInputException("lag", lag, "must be positive");
      }
    }
  }
}
