package dev.crossborder.erp.platforms.ebay;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platforms.ebay.internal.EbayCapabilities;
import dev.crossborder.erp.platforms.ebay.internal.EbayRateLimits;
import dev.crossborder.erp.platforms.http.ConnectorBuilder;
import dev.crossborder.erp.shop.PlatformId;
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
 *   <li>{@code CustomerServiceSource}: Post-Order API v2 return and cancellation requests created
 *       in the window (returns first, then cancellations, by eBay's page number), accept or decline
 *       a return ({@code decide}), approve or reject a cancellation. The Post-Order API takes the
 *       same user token as {@code Authorization: IAF <token>}. No free text, no message types, no
 *       INR/SNAD cases: {@code limits} says so and such actions are refused before any call.
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
   * default, a new one of its own. {@link #rateLimit} takes an operation such as {@code getOrders}
   * or {@code oauthRefreshToken}: after eBay raised the application's quota, or to share a quota
   * among many shops.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private @Nullable String identityEndpoint;

    private Builder() {
      super("eBay", operation -> EbayRateLimits.of(operation).isPresent());
    }

    /**
     * A base URL of the Sell APIs instead of {@code https://api.ebay.com/}, such as eBay's sandbox
     * ({@code https://api.sandbox.ebay.com/}) or a test server.
     */
    @Override
    public Builder endpoint(String baseUrl) {
      return super.endpoint(baseUrl);
    }

    /** A base URL of eBay's OAuth token endpoint instead of {@code https://api.ebay.com/} (sandbox, tests). */
    public Builder identityEndpoint(String baseUrl) {
      once(this.identityEndpoint == null, "identityEndpoint");
      this.identityEndpoint = requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    @Override
    public EbayConnector build() {
      return new EbayConnector(EbayCapabilities.create(settings(), identityEndpoint));
    }
  }
}
