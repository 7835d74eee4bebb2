package dev.crossborder.erp.kernel;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws on purpose.
 *
 * <p>Families: {@link InvalidInputException} (bad input and broken business rules: {@link
 * NotFoundException}, {@link DuplicateKeyException}, {@link IllegalTransitionException}, {@link
 * InsufficientStockException}, {@link TenantMismatchException}), {@link ConfigurationException},
 * {@link RemotePlatformException}, and the storage failures of {@code dev.crossborder.erp.store}
 * ({@code StoreException}, {@code ConcurrentUpdateException}).
 * Messages are short lower-case phrases that name the offending field and value; they never
 * contain a secret, a token or a buyer's personal data.
 */
public abstract class ErpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /** Creates an exception with its code and message. */
  protected ErpException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /** Creates an exception with its code, message and cause. */
  protected ErpException(ErrorCode code, String message, @Nullable Throwable cause) {
    super(requireNonNull(message, "message == null"), cause);
    this.code = requireNonNull(code, "code == null");
  }

  /** The stable code of this error. */
  public ErrorCode code() {
    return code;
  }
}
