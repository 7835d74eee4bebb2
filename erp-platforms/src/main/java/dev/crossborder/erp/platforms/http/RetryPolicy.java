package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import java.time.Duration;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * How often and how long {@link ConnectorHttp} retries a request the platform throttled (429,
 * always), failed (5xx) or never answered (I/O error), the last two for {@linkplain
 * CallContext#idempotent() idempotent} requests only.
 *
 * <p>The wait before retry {@code n} (1-based) is the platform's {@code Retry-After} when it sent
 * one (seconds or an HTTP date), taken exactly; otherwise {@code min(maxDelay, baseDelay * 2^(n-1))}
 * shortened by a random fraction of up to {@code jitter} of itself, so that many clients throttled
 * together do not come back together. The budget is bounded twice: at most {@link #maxAttempts()}
 * requests in all, and at most {@link #maxTotalWait()} spent waiting; a retry whose wait would
 * exceed what is left is not made, and the caller gets the last failure as a typed exception.
 *
 * <p>Immutable and thread-safe (the {@link Random} it draws jitter from is thread-safe).
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration maxTotalWait;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final double jitter;
  private final Random random;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts == 0 ? 4 : builder.maxAttempts;
    this.maxTotalWait = builder.maxTotalWait == null ? Duration.ofMinutes(2) : builder.maxTotalWait;
    this.baseDelay = builder.baseDelay == null ? Duration.ofSeconds(1) : builder.baseDelay;
    this.maxDelay = builder.maxDelay == null ? Duration.ofSeconds(30) : builder.maxDelay;
    this.jitter = Double.isNaN(builder.jitter) ? 0.5 : builder.jitter;
    this.random = builder.random == null ? new Random() : builder.random;
    if (maxDelay.compareTo(baseDelay) < 0) {
      throw new ConfigurationException("retry maxDelay must not be shorter than baseDelay");
    }
  }

  /**
   * The defaults: 4 attempts, at most 2 minutes of waiting, backoff from 1 s doubling up to 30 s,
   * jitter 0.5.
   */
  public static RetryPolicy ofDefaults() {
    return new Builder().build();
  }

  /** A policy that never retries: one attempt. */
  public static RetryPolicy none() {
    return new Builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults of {@link #ofDefaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The most requests made for one call, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The most time spent waiting between attempts of one call. */
  public Duration maxTotalWait() {
    return maxTotalWait;
  }

  /** The backoff before the first retry when the platform gave no {@code Retry-After}. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The longest backoff between two attempts when the platform gave no {@code Retry-After}. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The largest fraction (0 to 1) by which a backoff is randomly shortened. */
  public double jitter() {
    return jitter;
  }

  /** The backoff before retry {@code retry} (1 for the first retry), jitter applied. */
  Duration backoff(int retry) {
    Duration delay = maxDelay;
    int shift = retry - 1;
    if (shift < 62) {
      long nanos = baseDelay.toNanos();
      if (nanos <= maxDelay.toNanos() >> shift) {
        delay = Duration.ofNanos(nanos << shift);
      }
    }
    if (jitter == 0) {
      return delay;
    }
    double factor = 1 - jitter * random.nextDouble();
    return Duration.ofNanos((long) (delay.toNanos() * factor));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", maxTotalWait=" + maxTotalWait + ", baseDelay="
        + baseDelay + ", maxDelay=" + maxDelay + ", jitter=" + jitter + "]";
  }

  /**
   * Builds a {@link RetryPolicy}. Each setting may be given once; giving one twice is a {@link
   * ConfigurationException}. Not thread-safe.
   */
  public static final class Builder {
    private int maxAttempts;
    private @Nullable Duration maxTotalWait;
    private @Nullable Duration baseDelay;
    private @Nullable Duration maxDelay;
    private double jitter = Double.NaN;
    private @Nullable Random random;

    private Builder() {}

    /** Sets the most requests per call, the first included (1 means no retry). */
    public Builder maxAttempts(int maxAttempts) {
      once(this.maxAttempts == 0, "maxAttempts");
      if (maxAttempts < 1) {
        throw new ConfigurationException("retry maxAttempts must be at least 1, not " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Sets the most time spent waiting between the attempts of one call. */
    public Builder maxTotalWait(Duration maxTotalWait) {
      once(this.maxTotalWait == null, "maxTotalWait");
      this.maxTotalWait = nonNegative("maxTotalWait", maxTotalWait);
      return this;
    }

    /** Sets the backoff before the first retry when the platform gave no {@code Retry-After}. */
    public Builder baseDelay(Duration baseDelay) {
      once(this.baseDelay == null, "baseDelay");
      this.baseDelay = nonNegative("baseDelay", baseDelay);
      return this;
    }

    /** Sets the longest backoff when the platform gave no {@code Retry-After}. */
    public Builder maxDelay(Duration maxDelay) {
      once(this.maxDelay == null, "maxDelay");
      this.maxDelay = nonNegative("maxDelay", maxDelay);
      return this;
    }

    /** Sets the largest fraction, 0 (none) to 1, by which a backoff is randomly shortened. */
    public Builder jitter(double jitter) {
      once(Double.isNaN(this.jitter), "jitter");
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new ConfigurationException("retry jitter must be between 0 and 1, not " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Sets the source of jitter; pass {@code new Random(seed)} for repeatable tests. */
    public Builder random(Random random) {
      once(this.random == null, "random");
      this.random = requireNonNull(random, "random == null");
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(String name, Duration value) {
      requireNonNull(value, name + " == null");
      if (value.isNegative()) {
        throw new ConfigurationException("retry " + name + " must not be negative, not " + value);
      }
      return value;
    }

    private static void once(boolean unset, String name) {
      if (!unset) {
        throw new ConfigurationException("retry " + name + " was already set");
      }
    }
  }
}
