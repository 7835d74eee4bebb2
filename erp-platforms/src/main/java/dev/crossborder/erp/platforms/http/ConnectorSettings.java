package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.shop.PlatformId;
import java.time.InstantSource;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * What a {@link ConnectorBuilder} hands to a connector's assembly, defaults filled in, with the
 * wiring every connector repeats: a {@link ConnectorHttp} builder on these settings, the
 * per-operation rate limits with the host's overrides, a checked base URL and a Retrofit on a
 * Jackson mapper. Immutable and thread-safe.
 *
 * @param credentials the per-shop credentials
 * @param hostClient the host's client to derive from, or {@code null} for a new one per HTTP layer
 * @param clock the time source
 * @param sleeper what waits go through
 * @param logger where HTTP exchanges are logged
 * @param endpoint the host's base URL replacing the production endpoint, or {@code null}
 * @param rateLimiting whether requests are rate-limited
 * @param rateLimits the host's limits per operation, replacing the connector's defaults
 */
public record ConnectorSettings(
    CredentialsProvider credentials,
    @Nullable OkHttpClient hostClient,
    InstantSource clock,
    Sleeper sleeper,
    HttpLogger logger,
    @Nullable String endpoint,
    boolean rateLimiting,
    Map<String, RateLimit> rateLimits) {

  /** Checks the components; copies {@code rateLimits}. */
  public ConnectorSettings {
    requireNonNull(credentials, "credentials == null");
    requireNonNull(clock, "clock == null");
    requireNonNull(sleeper, "sleeper == null");
    requireNonNull(logger, "logger == null");
    rateLimits = Map.copyOf(requireNonNull(rateLimits, "rateLimits == null"));
  }

  /** A {@link ConnectorHttp} builder of {@code platform} on the host's client, clock, sleeper and logger. */
  public ConnectorHttp.Builder http(PlatformId platform) {
    ConnectorHttp.Builder builder = ConnectorHttp.builder(platform).clock(clock).sleeper(sleeper).logger(logger);
    if (hostClient != null) {
      builder.hostClient(hostClient);
    }
    return builder;
  }

  /**
   * A {@link ConnectorHttp} builder of {@code platform} on {@code client} (one the connector derived
   * from the host's), clock, sleeper and logger.
   */
  public ConnectorHttp.Builder http(PlatformId platform, OkHttpClient client) {
    return ConnectorHttp.builder(platform).hostClient(client).clock(clock).sleeper(sleeper).logger(logger);
  }

  /** The host's client, or a new one when the host gave none: for a connector that derives its own. */
  public OkHttpClient hostClientOrNew() {
    return hostClient == null ? new OkHttpClient() : hostClient;
  }

  /**
   * Gives {@code builder} the limits of {@code defaults}, each replaced by the host's override of
   * the same operation, or switches rate limiting off when the host did.
   *
   * @return {@code builder}
   */
  public ConnectorHttp.Builder limit(ConnectorHttp.Builder builder, Map<String, RateLimit> defaults) {
    if (!rateLimiting) {
      return builder.withoutRateLimiting();
    }
    defaults.forEach((operation, limit) -> builder.rateLimit(operation, rateLimits.getOrDefault(operation, limit)));
    return builder;
  }

  /** The host's endpoint if it gave one, else {@code production}, checked as a base URL. */
  public HttpUrl endpointOr(String production) {
    return baseUrl(endpoint == null ? production : endpoint);
  }

  /**
   * {@code endpoint} as a base URL ending in {@code /}.
   *
   * @throws ConfigurationException if it is not an http(s) URL
   */
  public static HttpUrl baseUrl(String endpoint) {
    HttpUrl url = HttpUrl.parse(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    if (url == null) {
      throw new ConfigurationException("endpoint is not an http(s) URL: " + endpoint);
    }
    return url;
  }

  /** A Retrofit on {@code baseUrl} and {@code client} whose converter reads and writes bodies with {@code mapper}. */
  public static Retrofit retrofit(HttpUrl baseUrl, OkHttpClient client, ObjectMapper mapper) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addConverterFactory(JacksonConverterFactory.create(mapper))
        .build();
  }

  @Override
  public String toString() {
    return "ConnectorSettings[endpoint=" + endpoint + ", rateLimiting=" + rateLimiting + "]";
  }
}
