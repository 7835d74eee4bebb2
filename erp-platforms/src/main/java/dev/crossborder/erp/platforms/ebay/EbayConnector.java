package dev.crossborder.erp.platforms.ebay;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platforms.ebay.internal.EbayCapabilities;
import dev.crossborder.erp.platforms.ebay.internal.EbayRateLimits;
import dev.crossborder.erp.platforms.http.HostClient;
import dev.crossborder.erp.platforms.http.HttpLogger;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.platforms.http.Sleeper;
import dev.crossborder.erp.shop.PlatformId;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The eBay Sell APIs connector. One instance serves every eBay shop of the host: a shop's {@code
 * marketplace} is its eBay marketplace id (such as {@code EBAY_US}, {@code EBAY_GB}, {@code
 * EBAY_DE}). A shop of another platform is refused with an {@code InvalidInputException} on field
 * {@code shop}, an unknown marketplace id on field {@code marketplace}.
 *
 * <pre>{@code
 * EbayConnector ebay = EbayConnector.builder()
 *     .credentials(credentialsProvider)          // client_id, client_secret, refresh_token
 *     .hostClient(HostClient.of(okHttpClient))   // optional: share the host's pools and proxies
 *     .build();
 * Erp erp = Erp.builder().tenant(tenant).connector(ebay).build();
 * }</pre>
 *
 * <h2>Credentials</h2>
 *
 * <p>Read from the {@link CredentialsProvider} at call time, per shop, by these names:
 *
 * <ul>
 *   <li>{@code client_id}, {@code client_secret}: the application's keyset (App ID and Cert ID),
 *       sent to the token endpoint as HTTP Basic authentication;
 *   <li>{@code refresh_token}: the seller's authorization (a user refresh token, valid about 18
 *       months);
 *   <li>{@code scopes} (optional): the space-separated OAuth scopes to ask for; default {@code
 *       sell.inventory} and {@code sell.fulfillment}.
 * </ul>
 *
 * <p>A missing one is a {@code ConfigurationException} naming it. User access tokens (about two
 * hours) come from the refresh-token grant, are cached per shop until a minute before they expire,
 * and are sent as {@code Authorization: Bearer}; a 401 triggers one refresh and one repeat, then an
 * {@code AuthenticationException}. A refresh token eBay refuses ({@code invalid_grant}) is reason
 * {@code REVOKED}; refused client credentials {@code INVALID_CLIENT}.
 *
 * <h2>Capabilities</h2>
 *
 * <ul>
 *   <li>{@code OrderSource}: Fulfillment API {@code getOrders} with the filter {@code
 *       lastmodifieddate:[from..to]}, offset paging with overlapping pages (an order modified
 *       while paging cannot make another be skipped), each page filtered to {@code [from, to)}.
 *       The cursor holds shop, window and offset, so it survives a restart; a cursor of other
 *       arguments is refused ({@code InvalidCursor}).
 *   <li>{@code ListingSource}, {@code ListingPublisher}, {@code InventoryPublisher}: Inventory API
 *       inventory item, offer and publish; a refusal is a {@code REJECTED} verdict with every error
 *       eBay named; quantities through {@code bulkUpdatePriceQuantity}.
 *   <li>{@code ShipmentConfirmer}: Fulfillment API {@code createShippingFulfillment}, which adds a
 *       package on every call: the order's fulfillments are read before sending (a tracking number
 *       eBay holds answers {@code AlreadyConfirmed}) and after a timeout or 5xx (then {@code
 *       Confirmed} if eBay holds it, else the {@code PlatformUnavailableException}); it is never
 *       re-sent blindly.
 * </ul>
 *
 * <p>eBay has no platform stock or inbound plans: those capabilities are empty. Failures are the
 * SPI's {@code ConnectorException}s; 429s are retried, and 5xx and I/O errors too for reads and
 * full replaces, by the shared HTTP layer within eBay's daily call limits spread over the day.
 * Nothing secret and no buyer data reaches a log line, an exception message or a {@code
 * toString()}. Thread-safe.
 */
public final class EbayConnector implements PlatformConnector {
  private final EbayCapabilities capabilities;

  private EbayConnector(EbayCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  /** A builder; {@link Builder#credentials} is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public PlatformId platform() {
    return PlatformId.EBAY;
  }

  @Override
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    return capabilities.capability(type);
  }

  @Override
  public String toString() {
    return "EbayConnector";
  }

  /**
   * Builds an {@link EbayConnector}. Every setting may be given once; giving one twice is a
   * {@link ConfigurationException}. Not thread-safe.
   *
   * <p>The connector runs on an OkHttp client derived from the host's ({@link #hostClient}) or, by
   * default, a new one of its own.
   */
  public static final class Builder {
    private @Nullable CredentialsProvider credentials;
    private @Nullable HostClient hostClient;
    private @Nullable InstantSource clock;
    private @Nullable Sleeper sleeper;
    private @Nullable HttpLogger logger;
    private @Nullable String endpoint;
    private @Nullable String identityEndpoint;
    private boolean withoutRateLimiting;
    private final Map<String, RateLimit> rateLimits = new LinkedHashMap<>();

    private Builder() {}

    /** Where the shops' credentials come from (required); see the class documentation for names. */
    public Builder credentials(CredentialsProvider credentials) {
      once(this.credentials == null, "credentials");
      this.credentials = requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * The host's OkHttp client to derive from (shares its connection pool, dispatcher, proxy and
     * certificates); default: a new client.
     */
    public Builder hostClient(HostClient hostClient) {
      once(this.hostClient == null, "hostClient");
      this.hostClient = requireNonNull(hostClient, "hostClient == null");
      return this;
    }

    /** The time source of token expiry, rate limits and retries (default: the system's). */
    public Builder clock(InstantSource clock) {
      once(this.clock == null, "clock");
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** What rate limits and retries wait through (default: {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      once(this.sleeper == null, "sleeper");
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Where each HTTP exchange is logged, redacted (default: {@link HttpLogger#slf4j()}). */
    public Builder logger(HttpLogger logger) {
      once(this.logger == null, "logger");
      this.logger = requireNonNull(logger, "logger == null");
      return this;
    }

    /**
     * A base URL of the Sell APIs instead of {@code https://api.ebay.com/}, such as eBay's sandbox
     * ({@code https://api.sandbox.ebay.com/}) or a test server.
     */
    public Builder endpoint(String baseUrl) {
      once(this.endpoint == null, "endpoint");
      this.endpoint = requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /** A base URL of eBay's OAuth token endpoint instead of {@code https://api.ebay.com/} (sandbox, tests). */
    public Builder identityEndpoint(String baseUrl) {
      once(this.identityEndpoint == null, "identityEndpoint");
      this.identityEndpoint = requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /**
     * Replaces the default limit of one operation (such as {@code getOrders} or {@code
     * oauthRefreshToken}): after eBay raised the application's quota, or to share a quota among
     * many shops; each operation once.
     *
     * @throws ConfigurationException if {@code operation} is not one the connector calls, or was
     *     given before
     */
    public Builder rateLimit(String operation, RateLimit limit) {
      requireNonNull(operation, "operation == null");
      requireNonNull(limit, "limit == null");
      if (EbayRateLimits.of(operation).isEmpty()) {
        throw new ConfigurationException("unknown eBay operation " + operation);
      }
      if (rateLimits.putIfAbsent(operation, limit) != null) {
        throw new ConfigurationException("rateLimit of " + operation + " was already set");
      }
      return this;
    }

    /** Switches rate limiting off (benchmarks against stubs); 429s are still retried. */
    public Builder withoutRateLimiting() {
      once(!withoutRateLimiting, "withoutRateLimiting");
      this.withoutRateLimiting = true;
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws ConfigurationException if no credentials provider was given or an endpoint is not
     *     an http(s) URL
     */
    public EbayConnector build() {
      if (credentials == null) {
        throw new ConfigurationException("credentials are required");
      }
      return new EbayConnector(
          EbayCapabilities.create(
              credentials, hostClient == null ? null : hostClient.client(), clock, sleeper, logger, endpoint, identityEndpoint, !withoutRateLimiting, rateLimits));
    }

    private static void once(boolean unset, String name) {
      if (!unset) {
        throw new ConfigurationException(name + " was already set");
      }
    }
  }
}
