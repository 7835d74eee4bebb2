package dev.crossborder.erp.platforms.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives one {@link HttpExchange} per request a connector sends (each retry and each repeat
 * after a token refresh is its own exchange). What it receives is already redacted: no header, no
 * token, no body (bodies carry buyer data). The default, {@link #slf4j()}, writes {@link
 * HttpExchange#line()} at DEBUG to the logger {@code dev.crossborder.erp.platforms.http}; {@link
 * RecordingHttpLogger} keeps them for tests.
 *
 * <p>Like OkHttp's {@code EventListener}: implementations must be thread-safe and fast, and should
 * not throw (the layer ignores what they throw, so logging never fails a call).
 */
@FunctionalInterface
public interface HttpLogger {

  /** Records one exchange. */
  void log(HttpExchange exchange);

  /** Writes each exchange's line at DEBUG to the SLF4J logger {@code dev.crossborder.erp.platforms.http}. */
  static HttpLogger slf4j() {
    return Slf4jHttpLogger.INSTANCE;
  }

  /** Logs nothing. */
  static HttpLogger none() {
    return exchange -> {};
  }
}

/** The default logger: SLF4J at DEBUG. */
final class Slf4jHttpLogger implements HttpLogger {
  static final Slf4jHttpLogger INSTANCE = new Slf4jHttpLogger();
  private static final Logger LOG = LoggerFactory.getLogger("dev.crossborder.erp.platforms.http");

  private Slf4jHttpLogger() {}

  @Override
  public void log(HttpExchange exchange) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(exchange.line());
    }
  }
}
