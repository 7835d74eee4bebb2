package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.shop.PlatformId;

/**
 * What one HTTP request is for: the platform, the shop, the platform operation (such as {@code
 * searchOrders}) and whether repeating it is harmless. Connectors attach it to every request as an
 * OkHttp tag, with Retrofit through a {@code @Tag CallContext context} parameter; the layer's
 * interceptors read it to pick the shop's token, the (shop, operation) rate-limit bucket, the retry
 * rule and the log line. A request through a {@link ConnectorHttp} client without one fails with a
 * {@link ConfigurationException}. Immutable.
 *
 * <p>{@code idempotent} is the connector's promise that sending the request twice has the effect
 * of sending it once (reads; a PUT of a whole listing). Only such requests are re-sent after a 5xx
 * or an I/O error. A non-idempotent write (an eBay shipping fulfillment, an Amazon inbound plan)
 * is never re-sent by this layer after it may have reached the platform: its caller gets a {@link
 * dev.crossborder.erp.platform.PlatformUnavailableException} and must read back first.
 *
 * @param platform the platform called
 * @param shop the shop's id, 1 to 64 characters without spaces
 * @param operation the platform operation, 1 to 64 characters without spaces
 * @param idempotent whether the request may be sent again after a 5xx or an I/O error
 */
public record CallContext(PlatformId platform, String shop, String operation, boolean idempotent) {

  /** Validates the fields. */
  public CallContext {
    requireNonNull(platform, "platform == null");
    checkName("shop", shop);
    checkName("operation", operation);
  }

  /** A context for an idempotent request (a read, a full replace). */
  public static CallContext idempotent(PlatformId platform, String shop, String operation) {
    return new CallContext(platform, shop, operation, true);
  }

  /** A context for a request that must never be re-sent blindly (a create, an append). */
  public static CallContext nonIdempotent(PlatformId platform, String shop, String operation) {
    return new CallContext(platform, shop, operation, false);
  }

  /** The shop this request acts for. */
  public ShopKey shopKey() {
    return new ShopKey(platform, shop);
  }

  static String checkName(String field, String value) {
    requireNonNull(value, field + " == null");
    if (value.isEmpty() || value.length() > 64) {
      throw new ConfigurationException(field + " must have 1 to 64 characters");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c == 127) {
        throw new ConfigurationException(field + " must not contain spaces or control characters");
      }
    }
    return value;
  }
}
