package dev.crossborder.erp.platforms.walmart;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platforms.http.ConnectorBuilder;
import dev.crossborder.erp.platforms.walmart.internal.WalmartCapabilities;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The Walmart Marketplace (US) connector. One instance serves every Walmart shop of the host; a
 * shop of another platform is refused with an {@code InvalidInputException} on field {@code shop}.
 *
 * <pre>{@code
 * WalmartConnector walmart = WalmartConnector.builder()
 *     .credentials(credentialsProvider)          // client_id, client_secret per shop
 *     .hostClient(HostClient.of(okHttpClient))   // optional: share the host's pools and proxies
 *     .build();
 * Erp erp = Erp.builder().tenant(tenant).connector(walmart).build();
 * }</pre>
 *
 * <h2>Credentials</h2>
 *
 * <p>Read from the {@link CredentialsProvider} at call time, per shop: {@code client_id} and {@code
 * client_secret} of the seller's Marketplace API key. A missing one is a {@code
 * ConfigurationException} naming it. Access tokens come from Walmart's Token API ({@code POST
 * /v3/token}, client-credentials grant, Basic authorization), live about 15 minutes, are cached per
 * shop until a minute before they expire, and are sent as {@code WM_SEC.ACCESS_TOKEN}. A 401 (a
 * token that expired mid-page, say) triggers one refresh and one repeat; refused client
 * credentials are an {@code AuthenticationException} with reason {@code INVALID_CLIENT}.
 *
 * <h2>Headers</h2>
 *
 * <p>Every request carries {@code WM_SVC.NAME} ({@link Builder#serviceName}), {@code
 * Accept: application/json} and a {@code WM_QOS.CORRELATION_ID}: a new random UUID per logical
 * request, kept across the HTTP layer's retries of that request and its repeat after a token
 * refresh, so Walmart's support sees one id per call; a read-back or the next page gets a new one.
 *
 * <h2>Capabilities</h2>
 *
 * <ul>
 *   <li>{@code OrderSource}: {@code GET /v3/orders} by last-modified window, paged with {@code
 *       nextCursor}, for the ship node types {@code SellerFulfilled}, {@code WFSFulfilled} and
 *       {@code 3PLFulfilled} in turn; every page is filtered to {@code [from, to)} by each order's
 *       last update (its latest line status date). The cursor survives a restart; a cursor of other
 *       arguments is refused with a {@code PlatformRequestException} (code {@code InvalidCursor}).
 *   <li>{@code InventoryPublisher}: {@code PUT /v3/inventory?sku=…}; a refusal is {@code REJECTED}.
 *   <li>{@code ShipmentConfirmer}: {@code POST /v3/orders/{id}/shipping}, never re-sent blindly: the
 *       order is read first (a tracking number Walmart already holds answers {@code
 *       AlreadyConfirmed} without sending; a {@code Created} order is acknowledged first) and read
 *       back after a refusal or an unknown outcome.
 *   <li>No {@code ListingSource} or {@code ListingPublisher}: Walmart publishes items through
 *       asynchronous item feeds, which this connector does not cover; no {@code
 *       PlatformStockSource} or {@code InboundPlans} (WFS inventory and inbound shipments).
 * </ul>
 *
 * <p>Walmart's errors ({@code errors[]} with {@code code}, {@code field}, {@code description}) are
 * {@code PlatformRequestException}s; a 429 is waited out (its {@code Retry-After}, or else the time
 * in {@code x-next-replenishment-time}) and retried by the shared HTTP layer, 5xx and I/O errors
 * too for reads and absolute updates; HTML and truncated bodies are typed errors. Nothing secret
 * and no buyer data reaches a log line, an exception message or a {@code toString()}. Thread-safe.
 */
public final class WalmartConnector implements PlatformConnector {
  private final WalmartCapabilities capabilities;

  private WalmartConnector(WalmartCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  /** A builder; {@link Builder#credentials} is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public PlatformId platform() {
    return PlatformId.WALMART;
  }

  @Override
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    return capabilities.capability(type);
  }

  /**
   * Acknowledges a purchase order (Walmart expects sellers to acknowledge released orders within
   * hours); repeating it is harmless. The shipment confirmer acknowledges a {@code Created} order
   * itself before it ships it.
   *
   * @param shop the Walmart shop
   * @param purchaseOrderId Walmart's purchase order id
   * @throws dev.crossborder.erp.platform.ConnectorException if Walmart refuses it or cannot be
   *     reached after the connector's retries
   */
  public void acknowledge(Shop shop, String purchaseOrderId) {
    capabilities.acknowledge(shop, purchaseOrderId);
  }

  @Override
  public String toString() {
    return "WalmartConnector";
  }

  /**
   * Builds a {@link WalmartConnector}. Every setting may be given once; giving one twice is a
   * {@link ConfigurationException}. Not thread-safe.
   *
   * <p>{@link #rateLimit} takes an operation such as {@code getAllOrders}, for a seller whose
   * limits Walmart raised.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private @Nullable String serviceName;
    private @Nullable Supplier<String> correlationIds;

    private Builder() {
      super("Walmart", WalmartCapabilities.RATE_LIMITS::containsKey);
    }

    /**
     * A base URL instead of {@code https://marketplace.walmartapis.com/}, such as Walmart's sandbox
     * ({@code https://sandbox.walmartapis.com/}) or a test server; the Token API is called there too.
     */
    @Override
    public Builder endpoint(String baseUrl) {
      return super.endpoint(baseUrl);
    }

    /** The {@code WM_SVC.NAME} header (default {@code Walmart Marketplace}, as Walmart's examples send). */
    public Builder serviceName(String serviceName) {
      once(this.serviceName == null, "serviceName");
      requireNonNull(serviceName, "serviceName == null");
      if (serviceName.isBlank()) {
        throw new ConfigurationException("serviceName must not be blank");
      }
      this.serviceName = serviceName;
      return this;
    }

    /**
     * Where {@code WM_QOS.CORRELATION_ID} values come from, one per logical request (default:
     * random UUIDs); for hosts that trace requests under their own ids. Must be thread-safe.
     */
    public Builder correlationIds(Supplier<String> correlationIds) {
      once(this.correlationIds == null, "correlationIds");
      this.correlationIds = requireNonNull(correlationIds, "correlationIds == null");
      return this;
    }

    @Override
    public WalmartConnector build() {
      return new WalmartConnector(WalmartCapabilities.create(
          settings(), serviceName == null ? "Walmart Marketplace" : serviceName, correlationIds));
    }
  }
}
