package dev.crossborder.erp.platforms.http;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link HttpLogger} that keeps every exchange in memory, for tests (the SDK's and hosts'):
 * assert on what was sent, how often, and that no secret reached the log. Thread-safe; keeps
 * everything until {@link #clear()}, so do not use it in production.
 */
public final class RecordingHttpLogger implements HttpLogger {
  private final List<HttpExchange> exchanges = new ArrayList<>();

  /** Creates an empty recorder. */
  public RecordingHttpLogger() {}

  @Override
  public synchronized void log(HttpExchange exchange) {
    exchanges.add(exchange);
  }

  /** The exchanges recorded so far, oldest first. */
  public synchronized List<HttpExchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** The log lines recorded so far, oldest first. */
  public synchronized List<String> lines() {
    return exchanges.stream().map(HttpExchange::line).toList();
  }

  /** Forgets everything recorded. */
  public synchronized void clear() {
    exchanges.clear();
  }

  @Override
  public synchronized String toString() {
    return "RecordingHttpLogger[" + exchanges.size() + " exchanges]";
  }
}
