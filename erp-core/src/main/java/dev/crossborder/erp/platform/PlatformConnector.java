package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.PlatformId;
import java.util.Optional;

/**
 * The SDK's pipe to one platform: it serves every shop of that platform, and its {@link
 * Capability capabilities} take the shop they act for. Hosts register one connector per {@link
 * PlatformId}.
 *
 * <p>Implementations must be thread-safe, must never put a secret, a token or buyer personal data
 * into a log line, an exception message or a {@code toString()}, and must fail with {@link
 * ConnectorException}s rather than unchecked exceptions of their HTTP or JSON libraries.
 */
public interface PlatformConnector {

  /** The platform this connector serves. */
  PlatformId platform();

  /**
   * The capability of type {@code type}, or empty if this connector's platform does not offer it.
   *
   * @param type a capability interface such as {@code OrderSource.class}
   */
  <T extends Capability> Optional<T> capability(Class<T> type);
}
