package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platforms.shopify.internal.GraphQlWire.ThrottleStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;
import okio.Source;
import org.jspecify.annotations.Nullable;

/**
 * Shopify answers a throttled GraphQL request with HTTP 200 and {@code
 * errors[].extensions.code = THROTTLED}; this network interceptor rewrites such an answer to a
 * 429 with a {@code Retry-After} of the seconds the bucket needs to hold the query's requested cost
 * again (({@code requestedQueryCost} − {@code currentlyAvailable}) ÷ {@code restoreRate}, rounded
 * up, at least one), so the shared HTTP layer retries it like any 429 (the query did not run, so a
 * mutation is safe to send again) and, when its budget runs out, reports a {@code
 * RateLimitedException}.
 *
 * <p>Only a body that could be a throttle answer is read: a 200 whose first {@value #PEEK} bytes
 * (decompressed when gzipped) mention {@code THROTTLED}, read from a peeked copy, so the connector
 * still reads the original.
 * Installed as a network interceptor on the client the HTTP layer derives from, so it runs inside
 * the layer's retry, rate-limit, auth and logging interceptors. Stateless and thread-safe.
 */
final class ThrottleInterceptor implements Interceptor {
  static final String THROTTLED = "THROTTLED";
  static final long PEEK = 16 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 200) {
      return response;
    }
    byte[] bytes = peek(response);
    if (bytes == null || !new String(bytes, StandardCharsets.UTF_8).contains(THROTTLED)) {
      return response;
    }
    GraphQlWire.Envelope envelope;
    try {
      envelope = GraphQl.WIRE.mapper().readValue(bytes, GraphQlWire.Envelope.class);
    } catch (IOException | RuntimeException e) {
      return response; // longer than the peek, or not JSON: not a throttle answer
    }
    if (envelope == null || !throttled(envelope.errors())) {
      return response;
    }
    return response.newBuilder()
        .code(429)
        .message("Throttled")
        .header("Retry-After", Long.toString(waitSeconds(envelope)))
        .build();
  }

  /**
   * The first {@value #PEEK} bytes of the body, decompressed if the network sent it gzipped (this
   * runs below OkHttp's transparent decompression), without consuming it; {@code null} if they
   * cannot be read.
   */
  private static byte @Nullable [] peek(Response response) {
    ResponseBody body = response.body();
    if (body == null) {
      return null;
    }
    Source peek = body.source().peek();
    boolean gzip = "gzip".equalsIgnoreCase(response.header("Content-Encoding"));
    try (BufferedSource source = Okio.buffer(gzip ? new GzipSource(peek) : peek)) {
      source.request(PEEK);
      Buffer buffer = source.getBuffer();
      return buffer.readByteArray(Math.min(PEEK, buffer.size()));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean throttled(@Nullable List<GraphQlWire.Error> errors) {
    return errors != null && errors.stream()
        .anyMatch(e -> e != null && e.extensions() != null && THROTTLED.equals(e.extensions().code()));
  }

  /** Seconds until the bucket holds the requested cost again, from the reported status; 1 if unknown. */
  static long waitSeconds(GraphQlWire.Envelope envelope) {
    return Math.max(1, deficitSeconds(envelope.extensions() == null ? null : envelope.extensions().cost()));
  }

  /**
   * Seconds until the bucket, as {@code cost} reports it, holds the query's requested cost again:
   * ⌈(requestedQueryCost − currentlyAvailable) ÷ restoreRate⌉, at most an hour; 0 when it holds it
   * already or the report is incomplete.
   */
  static long deficitSeconds(GraphQlWire.@Nullable Cost cost) {
    ThrottleStatus status = cost == null ? null : cost.throttleStatus();
    if (cost == null || status == null || cost.requestedQueryCost() == null || status.currentlyAvailable() == null
        || status.restoreRate() == null || status.restoreRate().signum() <= 0) {
      return 0;
    }
    BigDecimal missing = cost.requestedQueryCost().subtract(status.currentlyAvailable());
    if (missing.signum() <= 0) {
      return 0;
    }
    return Math.min(missing.divide(status.restoreRate(), 0, RoundingMode.CEILING).longValueExact(), 3600);
  }
}
