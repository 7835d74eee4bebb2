package dev.crossborder.erp.platforms.shopify;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platforms.http.ConnectorBuilder;
import dev.crossborder.erp.platforms.shopify.internal.Operation;
import dev.crossborder.erp.platforms.shopify.internal.ShopifyCapabilities;
import dev.crossborder.erp.shop.PlatformId;
import java.util.Optional;

/**
 * The Shopify Admin GraphQL API connector, pinned to API version {@value #API_VERSION}. One
 * instance serves every Shopify shop of the host: a shop's {@code marketplace} is its {@code
 * myshopify.com} domain (such as {@code acme.myshopify.com}, or just {@code acme}), and every
 * request goes to {@code https://<domain>/admin/api/}{@value #API_VERSION}{@code /graphql.json}. A
 * shop of another platform is refused with an {@code InvalidInputException} on field {@code shop},
 * a marketplace that is not such a domain on field {@code marketplace}.
 *
 * <pre>{@code
 * ShopifyConnector shopify = ShopifyConnector.builder()
 *     .credentials(credentialsProvider)          // access_token (and optionally location_id) per shop
 *     .hostClient(HostClient.of(okHttpClient))   // optional: share the host's pools and proxies
 *     .build();
 * Erp erp = Erp.builder().tenant(tenant).connector(shopify).build();
 * }</pre>
 *
 * <h2>Credentials</h2>
 *
 * <p>Read from the {@link CredentialsProvider} at call time, per shop, by these names:
 *
 * <ul>
 *   <li>{@code access_token}: the app's Admin API access token for the shop ({@code shpat_…}),
 *       sent as {@code X-Shopify-Access-Token}. It is re-read every ten minutes and after a 401,
 *       which is repeated once with the token read again (so a token the host rotated is picked up
 *       mid-page); a second 401 is an {@code AuthenticationException}, and a GraphQL {@code
 *       ACCESS_DENIED} (a missing scope) one with reason {@code FORBIDDEN}.
 *   <li>{@code location_id} (optional, not secret): the location whose {@code available} quantity
 *       {@code InventoryPublisher} sets (a numeric id or a {@code gid://shopify/Location/…});
 *       without it the item's only stocked location is used.
 * </ul>
 *
 * <h2>Capabilities</h2>
 *
 * <ul>
 *   <li>{@code OrderSource}: {@code orders} with the search {@code updated_at:>='from' AND
 *       updated_at:<'to'}, sorted by last update, paged by {@code pageInfo.endCursor}; every page is
 *       filtered to {@code [from, to)} here. The cursor wraps Shopify's with the shop and window, so
 *       it survives a restart, and a cursor of other arguments is refused ({@code InvalidCursor}).
 *   <li>{@code ListingSource}, {@code ListingPublisher}, {@code InventoryPublisher}: one product of
 *       one variant per seller SKU: {@code productVariants} to read, {@code productSet} to create or
 *       replace ({@code userErrors} are a {@code REJECTED} verdict naming the input field), {@code
 *       productDelete} to delete, {@code inventorySetQuantities} with compare-and-set to set the
 *       available quantity.
 *   <li>{@code ShipmentConfirmer}: {@code fulfillmentCreate} on the order's open fulfilment orders,
 *       after reading them back; a tracking number the order already holds is {@code
 *       AlreadyConfirmed}, and after a 5xx or no answer the order is read back instead of sending
 *       again.
 * </ul>
 *
 * <p>Shopify has no platform stock or inbound plans: {@code PlatformStockSource} and {@code
 * InboundPlans} are absent. Shopify limits by calculated query cost; the connector paces each
 * operation and treats a {@code THROTTLED} answer, which arrives with HTTP 200, as a 429 to wait
 * out for the time {@code extensions.cost.throttleStatus} says the bucket needs, then retry.
 * Failures are the SPI's {@code ConnectorException}s. Nothing secret and no buyer data reaches a
 * log line, an exception message or a {@code toString()}. Thread-safe.
 */
public final class ShopifyConnector implements PlatformConnector {
  /** The Admin API version every request is sent to. */
  public static final String API_VERSION = Operation.API_VERSION;

  private final ShopifyCapabilities capabilities;

  private ShopifyConnector(ShopifyCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  /** A builder; {@link Builder#credentials} is required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public PlatformId platform() {
    return PlatformId.SHOPIFY;
  }

  @Override
  public <T extends Capability> Optional<T> capability(Class<T> type) {
    return capabilities.capability(type);
  }

  @Override
  public String toString() {
    return "ShopifyConnector";
  }

  /**
   * Builds a {@link ShopifyConnector}. Every setting may be given once; giving one twice is a
   * {@link ConfigurationException}. Not thread-safe.
   *
   * <p>{@link #rateLimit} takes a GraphQL operation name the connector sends (such as {@code
   * Orders}); the bucket Shopify reports is honoured either way, and with rate limiting off
   * 429s and {@code THROTTLED} answers are still retried.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private Builder() {
      super("Shopify", Operation::isKnown);
    }

    /**
     * A base URL used for every shop instead of {@code https://<shop domain>/}, such as a test
     * server; the API path ({@code admin/api/<version>/graphql.json}) is appended to it.
     */
    @Override
    public Builder endpoint(String baseUrl) {
      return super.endpoint(baseUrl);
    }

    @Override
    public ShopifyConnector build() {
      return new ShopifyConnector(ShopifyCapabilities.create(settings()));
    }
  }
}
