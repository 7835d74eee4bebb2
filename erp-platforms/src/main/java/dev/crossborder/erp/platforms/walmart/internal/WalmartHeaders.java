package dev.crossborder.erp.platforms.walmart.internal;

import java.io.IOException;
import java.time.InstantSource;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The headers every Walmart request carries, and Walmart's throttling headers read for the shared
 * retry. Both are OkHttp interceptors installed on the client the connector derives from the host's
 * ({@link #install}), so that they sit on either side of the shared HTTP layer:
 *
 * <ul>
 *   <li>{@code WM_SVC.NAME}, {@code WM_QOS.CORRELATION_ID} and {@code Accept: application/json} are
 *       set by an <em>application</em> interceptor, outside the layer's retry. So a logical request
 *       keeps its correlation id across the layer's retries (after a 429, a 5xx on a read) and the
 *       one repeat after a token refresh: Walmart's support can follow one call through its
 *       attempts. Each new logical request (a read-back, the next page) gets a fresh id.
 *   <li>A 429 that carries Walmart's {@code x-next-replenishment-time} (epoch milliseconds) but no
 *       {@code Retry-After} is given a {@code Retry-After} of the seconds until then, by a
 *       <em>network</em> interceptor, inside the retry, so the layer waits exactly that long.
 * </ul>
 *
 * <p>Stateless apart from the injected clock and id source; thread-safe.
 */
final class WalmartHeaders {
  static final String SERVICE_NAME = "WM_SVC.NAME";
  static final String CORRELATION_ID = "WM_QOS.CORRELATION_ID";
  static final String REPLENISHMENT = "x-next-replenishment-time";

  private WalmartHeaders() {}

  /** {@code host} (not changed) with both interceptors added, sharing its pool and dispatcher. */
  static OkHttpClient install(OkHttpClient host, String serviceName, Supplier<String> correlationIds, InstantSource clock) {
    return host.newBuilder()
        .addInterceptor(chain -> chain.proceed(withHeaders(chain.request(), serviceName, correlationIds)))
        .addNetworkInterceptor(chain -> withRetryAfter(chain, clock))
        .build();
  }

  private static Request withHeaders(Request request, String serviceName, Supplier<String> correlationIds) {
    Request.Builder builder = request.newBuilder();
    if (request.header(SERVICE_NAME) == null) {
      builder.header(SERVICE_NAME, serviceName);
    }
    if (request.header(CORRELATION_ID) == null) {
      builder.header(CORRELATION_ID, correlationIds.get());
    }
    if (request.header("Accept") == null) {
      builder.header("Accept", "application/json");
    }
    return builder.build();
  }

  private static Response withRetryAfter(Interceptor.Chain chain, InstantSource clock) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != 429 || response.header("Retry-After") != null) {
      return response;
    }
    String next = response.header(REPLENISHMENT);
    if (next == null) {
      return response;
    }
    long at;
    try {
      at = Long.parseLong(next.strip());
    } catch (NumberFormatException e) {
      return response;
    }
    long millis = Math.max(0, at - clock.millis());
    long seconds = (millis + 999) / 1000;
    return response.newBuilder().header("Retry-After", Long.toString(seconds)).build();
  }
}
