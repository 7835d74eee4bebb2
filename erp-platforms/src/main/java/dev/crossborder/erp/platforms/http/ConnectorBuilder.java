package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.PlatformConnector;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The settings every HTTP connector's builder shares: credentials, the host's client, clock,
 * sleeper, logger, endpoint, per-operation rate limits and switching rate limiting off. A
 * connector's public {@code Builder} extends it (self-typed, so every setter returns the
 * connector's own builder), adds its own settings and implements {@link #build()} from {@link
 * #settings()}. Every setting may be given once; giving one twice is a {@link
 * ConfigurationException}. Not thread-safe.
 *
 * @param <B> the connector's builder type
 */
public abstract class ConnectorBuilder<B extends ConnectorBuilder<B>> {
  private final String api;
  private final Predicate<String> knownOperations;
  private @Nullable CredentialsProvider credentials;
  private @Nullable HostClient hostClient;
  private @Nullable InstantSource clock;
  private @Nullable Sleeper sleeper;
  private @Nullable HttpLogger logger;
  private @Nullable String endpoint;
  private boolean withoutRateLimiting;
  private final Map<String, RateLimit> rateLimits = new LinkedHashMap<>();

  /**
   * A builder for a connector of {@code api}.
   *
   * @param api the platform API's name in messages (such as {@code SP-API} or {@code eBay})
   * @param knownOperations which operation names {@link #rateLimit} accepts: those the connector
   *     calls
   */
  protected ConnectorBuilder(String api, Predicate<String> knownOperations) {
    this.api = requireNonNull(api, "api == null");
    this.knownOperations = requireNonNull(knownOperations, "knownOperations == null");
  }

  /** Where the shops' credentials come from (required); see the connector's documentation for names. */
  public B credentials(CredentialsProvider credentials) {
    once(this.credentials == null, "credentials");
    this.credentials = requireNonNull(credentials, "credentials == null");
    return self();
  }

  /**
   * The host's OkHttp client to derive from (shares its connection pool, dispatcher, proxy and
   * certificates); default: a new client.
   */
  public B hostClient(HostClient hostClient) {
    once(this.hostClient == null, "hostClient");
    this.hostClient = requireNonNull(hostClient, "hostClient == null");
    return self();
  }

  /** The time source of access tokens, rate limits and retries (default: the system's). */
  public B clock(InstantSource clock) {
    once(this.clock == null, "clock");
    this.clock = requireNonNull(clock, "clock == null");
    return self();
  }

  /**
   * What rate limits, retries and the connector's polling wait through (default: {@link
   * Sleeper#system()}).
   */
  public B sleeper(Sleeper sleeper) {
    once(this.sleeper == null, "sleeper");
    this.sleeper = requireNonNull(sleeper, "sleeper == null");
    return self();
  }

  /** Where each HTTP exchange is logged, redacted (default: {@link HttpLogger#slf4j()}). */
  public B logger(HttpLogger logger) {
    once(this.logger == null, "logger");
    this.logger = requireNonNull(logger, "logger == null");
    return self();
  }

  /**
   * A base URL used instead of the platform's production endpoint, such as its sandbox or a test
   * server; the connector's documentation says which endpoints it replaces.
   */
  public B endpoint(String baseUrl) {
    once(this.endpoint == null, "endpoint");
    this.endpoint = requireNonNull(baseUrl, "baseUrl == null");
    return self();
  }

  /**
   * Replaces the connector's rate limit of one operation (named as in the connector's
   * documentation), for an application or seller whose limits the platform raised, or to share a
   * quota among many shops; each operation once.
   *
   * @throws ConfigurationException if {@code operation} is not one the connector calls, or was
   *     given before
   */
  public B rateLimit(String operation, RateLimit limit) {
    requireNonNull(operation, "operation == null");
    requireNonNull(limit, "limit == null");
    if (!knownOperations.test(operation)) {
      throw new ConfigurationException("unknown " + api + " operation " + operation);
    }
    if (rateLimits.putIfAbsent(operation, limit) != null) {
      throw new ConfigurationException("rateLimit of " + operation + " was already set");
    }
    return self();
  }

  /** Switches rate limiting off (benchmarks against stubs); 429s are still retried. */
  public B withoutRateLimiting() {
    once(!withoutRateLimiting, "withoutRateLimiting");
    this.withoutRateLimiting = true;
    return self();
  }

  /**
   * Builds the connector.
   *
   * @throws ConfigurationException if no credentials provider was given or an endpoint is not an
   *     http(s) URL
   */
  public abstract PlatformConnector build();

  /**
   * The settings given so far, defaults filled in, for {@link #build()}.
   *
   * @throws ConfigurationException if no credentials provider was given
   */
  protected final ConnectorSettings settings() {
    if (credentials == null) {
      throw new ConfigurationException("credentials are required");
    }
    return new ConnectorSettings(
        credentials,
        hostClient == null ? null : hostClient.client(),
        clock == null ? InstantSource.system() : clock,
        sleeper == null ? Sleeper.system() : sleeper,
        logger == null ? HttpLogger.slf4j() : logger,
        endpoint,
        !withoutRateLimiting,
        rateLimits);
  }

  /**
   * Fails if a setting is given twice: for a subclass's own settings.
   *
   * @param unset whether the setting is still unset
   * @param name the setting's name, for the message
   * @throws ConfigurationException if {@code unset} is false
   */
  protected static void once(boolean unset, String name) {
    if (!unset) {
      throw new ConfigurationException(name + " was already set");
    }
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
