package dev.crossborder.erp.platform;

import dev.crossborder.erp.shop.PlatformId;
import java.util.Optional;

/**
 * The SDK's pipe to one platform: it serves every shop of that platform, and its {@link
 * Capability capabilities} take the shop they act for. Hosts register one connector per {@link
 * PlatformId}.
 *
 * <p>Every capability method refuses a shop of another platform with an {@code
 * InvalidInputException} on field {@code shop}. Asking about something the platform does not have
 * is an answer, not an error: an unknown seller SKU to {@code setQuantity} is a {@code REJECTED}
 * verdict, an unknown order to {@code confirm} a {@code Rejected} result, a listing or plan not
 * found an empty {@code Optional}.
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
