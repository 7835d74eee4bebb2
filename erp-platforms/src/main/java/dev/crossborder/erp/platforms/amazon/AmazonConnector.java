package dev.crossborder.erp.platforms.amazon;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platforms.amazon.internal.AmazonCapabilities;
import dev.crossborder.erp.platforms.amazon.internal.RateLimits;
import dev.crossborder.erp.platforms.http.ConnectorBuilder;
import dev.crossborder.erp.shop.PlatformId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Amazon Selling Partner API connector. One instance serves every Amazon shop of the host, in
 * every region: a shop's {@code marketplace} is its Amazon marketplace id (such as {@code
 * ATVPDKIKX0DER}), which picks the regional endpoint (North America, Europe, Far East). A shop of
 * another platform is refused with an {@code InvalidInputException} on field {@code shop}, an
 * unknown marketplace id on field {@code marketplace}.
 *
 * <h2>Credentials</h2>
 *
 * <p>Read from the {@link CredentialsProvider} at call time, per shop, by these names:
 *
 * <ul>
 *   <li>{@code client_id}, {@code client_secret}: the LWA credentials of the SP-API application
 *       (rotate the secret in the provider; the next token refresh uses it);
 *   <li>{@code refresh_token}: the seller's authorization ({@code Atzr|…});
 *   <li>{@code seller_id}: the seller (merchant) id, which the Listings Items paths need; required
 *       by {@code ListingSource}, {@code ListingPublisher} and {@code InventoryPublisher} only;
 *   <li>{@code ship_from_phone} and, optionally, {@code ship_from_company}: the ship-from contact
 *       that Amazon requires on an inbound plan; required by {@code InboundPlans.create} only.
 * </ul>
 *
 * <p>A missing one is a {@code ConfigurationException} naming it. Access tokens come from Login
 * with Amazon's refresh-token grant, are cached per shop until a minute before they expire, and
 * are sent as {@code x-amz-access-token}; SP-API answers an expired token with 403, so a 401 or a
 * 403 triggers one refresh and one repeat. A refresh token Amazon refuses ({@code invalid_grant})
 * is an {@code AuthenticationException} with reason {@code REVOKED}; refused client credentials
 * ({@code invalid_client}) {@code INVALID_CLIENT}; a fresh token refused with 403 {@code
 * FORBIDDEN} (the application lacks the role).
 *
 * <h2>Capabilities</h2>
 *
 * <ul>
 *   <li>{@code OrderSource}: Orders API v2026-01-01 {@code searchOrders} by last-update time. The
 *       window's {@code from} is sent as {@code lastUpdatedAfter} (inclusive at Amazon) and {@code
 *       to} as {@code lastUpdatedBefore}; every page is filtered to {@code [from, to)} here, so the
 *       edges hold whatever Amazon's bound is. A page may repeat orders and may be empty while
 *       another page follows. The cursor wraps Amazon's next token with the shop, marketplace and
 *       window, so it survives a restart and a cursor of other arguments is refused with a {@code
 *       PlatformRequestException} (code {@code InvalidCursor}).
 *   <li>{@code ListingSource}, {@code ListingPublisher}, {@code InventoryPublisher}: Listings Items
 *       2021-08-01 search, get (404 → empty), put (a 200 with {@code status: INVALID}, or a 400, is
 *       a {@code REJECTED} verdict with Amazon's issues), delete (404 → accepted) and the {@code
 *       fulfillment_availability} patch of the seller-fulfilled quantity (after reading the
 *       listing's product type, which the patch must name; an unknown SKU is {@code REJECTED}).
 *   <li>{@code ShipmentConfirmer}: Orders v0 {@code confirmShipment}. It is not idempotent, so it
 *       is never re-sent: a 400 is read back with {@code getOrder} and answered {@code
 *       AlreadyConfirmed} when the order holds the tracking number (or reports no packages and
 *       shows the lines shipped), else {@code Rejected} with Amazon's error; after a 5xx or no
 *       answer the order is read back and the answer is {@code Confirmed} if it holds the tracking
 *       number, else the {@code PlatformUnavailableException} is thrown (repeating is then safe).
 *   <li>{@code PlatformStockSource}: FBA Inventory {@code getInventorySummaries} with details, by
 *       marketplace.
 *   <li>{@code InboundPlans}: Fulfillment Inbound 2024-03-20. {@code create} returns the plan of
 *       the same name if Amazon holds one, else creates it once, polls the operation through the
 *       sleeper (bounded) and reads the plan back; after a 5xx it looks the name up instead of
 *       creating again.
 *   <li>{@code SettlementSource}: Finances v0 {@code listFinancialEvents} by posted date; the
 *       shipment and refund events' charges, fees and promotions, with ids built from what
 *       identifies each component (Amazon gives none).
 * </ul>
 *
 * <p>Failures are the SPI's {@code ConnectorException}s; 429s are retried, and 5xx and I/O errors
 * too for reads and full replaces, by the shared HTTP layer with the documented per-operation rate
 * limits. Nothing secret and no buyer data reaches a log line, an exception message or a {@code
 * toString()}. Thread-safe.
 */
public final class AmazonConnector implements PlatformConnector {
  private final AmazonCapabilities capabilities;

  private AmazonConnector(AmazonCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  /** A builder; {@link Builder#credentials} is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public PlatformId platform() {
    return PlatformId.AMAZON;
  }

  @Override
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    return capabilities.capability(type);
  }

  @Override
  public String toString() {
    return "AmazonConnector";
  }

  /**
   * Builds an {@link AmazonConnector}. Every setting may be given once; giving one twice is a
   * {@link ConfigurationException}. Not thread-safe.
   *
   * <p>The connector runs on an OkHttp client derived from the host's ({@link #hostClient}) or, by
   * default, a new one of its own. {@link #rateLimit} takes an SP-API operation id (such as {@code
   * searchOrders}, or {@code lwaRefreshToken} for the token endpoint), for an application whose
   * usage plan Amazon raised; the sleeper also paces inbound-plan polling.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private @Nullable String lwaEndpoint;

    private Builder() {
      super("SP-API", operation -> RateLimits.of(operation).isPresent());
    }

    /**
     * A base URL used for every region instead of the production endpoints, such as the SP-API
     * sandbox ({@code https://sandbox.sellingpartnerapi-na.amazon.com/}) or a test server.
     */
    @Override
    public Builder endpoint(String baseUrl) {
      return super.endpoint(baseUrl);
    }

    /** A base URL of the Login with Amazon token endpoint instead of {@code https://api.amazon.com/}. */
    public Builder lwaEndpoint(String baseUrl) {
      once(this.lwaEndpoint == null, "lwaEndpoint");
      this.lwaEndpoint = requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    @Override
    public AmazonConnector build() {
      return new AmazonConnector(AmazonCapabilities.create(settings(), lwaEndpoint));
    }
  }
}
