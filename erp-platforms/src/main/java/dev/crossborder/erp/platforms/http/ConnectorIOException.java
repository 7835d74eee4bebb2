package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.platform.ConnectorException;
import java.io.IOException;

/**
 * Carries a typed {@link ConnectorException} out of an OkHttp call. OkHttp lets interceptors fail
 * only with an {@link IOException} (anything else would crash an asynchronous call's thread), so
 * the layer's interceptors wrap the error they decided on (a second 401, a token endpoint that
 * refused the refresh) in this one. {@link ConnectorHttp#execute} unwraps it; code that runs the
 * client's calls directly should catch it and throw {@link #failure()}. Its message is the
 * failure's, free of secrets.
 */
public final class ConnectorIOException extends IOException {
  private static final long serialVersionUID = 1L;

  private final ConnectorException failure;

  /** Wraps {@code failure}. */
  public ConnectorIOException(ConnectorException failure) {
    super(requireNonNull(failure, "failure == null").getMessage(), failure);
    this.failure = failure;
  }

  /** The typed failure to throw to the connector's caller. */
  public ConnectorException failure() {
    return failure;
  }
}
