package dev.crossborder.erp.platforms.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Hands one redacted {@link HttpExchange} per request sent to the {@link HttpLogger}. It is the
 * innermost of the layer's interceptors, so it sees each retry and each repeat after a token
 * refresh, with the attempt number, and the request exactly as sent (the token header included,
 * which it uses only to mask the token wherever else it appears).
 */
final class LoggingInterceptor implements Interceptor {
  private final HttpLogger logger;
  private final InstantSource clock;

  LoggingInterceptor(HttpLogger logger, InstantSource clock) {
    this.logger = logger;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = request.tag(CallContext.class);
    Tags.AttemptCounter counter = request.tag(Tags.AttemptCounter.class);
    int attempt = counter == null ? 1 : counter.next();
    Instant start = clock.instant();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      log(new HttpExchange(request.method(), Redaction.path(request), 0, since(start), attempt, context, e.getClass().getSimpleName()));
      throw e;
    }
    log(new HttpExchange(request.method(), Redaction.path(request), response.code(), since(start), attempt, context, null));
    return response;
  }

  private Duration since(Instant start) {
    Duration duration = Duration.between(start, clock.instant());
    return duration.isNegative() ? Duration.ZERO : duration;
  }

  private void log(HttpExchange exchange) {
    try {
      logger.log(exchange);
    } catch (RuntimeException ignored) {
      // A logger must not fail the call (see HttpLogger).
    }
  }
}
