package dev.crossborder.erp.platforms.http;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Holds each request until its (shop, operation) token bucket lets it go, and adopts the rate the
 * platform reports in its rate-limit header. Buckets live as long as the client: a few per shop and
 * operation, which is bounded by the seller's shops.
 */
final class RateLimitInterceptor implements Interceptor {
  private static final double MAX_REPORTED_RATE = 100_000;

  private final Map<String, RateLimit> limits;
  private final RateLimit defaultLimit;
  private final @Nullable String rateHeader;
  private final Sleeper sleeper;
  private final InstantSource clock;
  private final ConcurrentHashMap<BucketKey, TokenBucket> buckets = new ConcurrentHashMap<>();

  RateLimitInterceptor(
      Map<String, RateLimit> limits, RateLimit defaultLimit, @Nullable String rateHeader, Sleeper sleeper, InstantSource clock) {
    this.limits = Map.copyOf(limits);
    this.defaultLimit = defaultLimit;
    this.rateHeader = rateHeader;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    CallContext context = Tags.context(chain.request());
    TokenBucket bucket = bucket(context);
    long wait = bucket.reserve(Tags.nanos(clock.instant()));
    Tags.sleep(sleeper, Duration.ofNanos(wait));
    Response response = chain.proceed(chain.request());
    if (rateHeader != null) {
      String reported = response.header(rateHeader);
      if (reported != null) {
        adopt(bucket, reported);
      }
    }
    return response;
  }

  TokenBucket bucket(CallContext context) {
    return buckets.computeIfAbsent(
        new BucketKey(context.shopKey(), context.operation()),
        key -> new TokenBucket(limits.getOrDefault(key.operation(), defaultLimit)));
  }

  private static void adopt(TokenBucket bucket, String reported) {
    double rate;
    try {
      rate = Double.parseDouble(reported.trim());
    } catch (NumberFormatException e) {
      return;
    }
    if (rate > 0 && rate <= MAX_REPORTED_RATE) {
      bucket.adjust(rate);
    }
  }

  private record BucketKey(ShopKey shop, String operation) {}
}
