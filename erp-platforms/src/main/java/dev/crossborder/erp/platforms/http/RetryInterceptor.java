package dev.crossborder.erp.platforms.http;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request again after a 429 (always: the platform did not process it), and after a 5xx or
 * an I/O error when its {@link CallContext} says it is idempotent, within the {@link RetryPolicy}'s
 * budget. When the budget runs out it hands back the last answer (or rethrows the last I/O error),
 * which {@link ConnectorHttp#execute} turns into a typed exception.
 */
final class RetryInterceptor implements Interceptor {
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final InstantSource clock;

  RetryInterceptor(RetryPolicy policy, Sleeper sleeper, InstantSource clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallContext context = Tags.context(request);
    if (request.tag(Tags.AttemptCounter.class) == null) {
      request = request.newBuilder().tag(Tags.AttemptCounter.class, new Tags.AttemptCounter()).build();
    }
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      Response response = null;
      IOException failure = null;
      try {
        response = chain.proceed(request);
      } catch (ConnectorIOException e) {
        throw e;
      } catch (IOException e) {
        if (!context.idempotent() || chain.call().isCanceled() || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        failure = e;
      }
      Duration delay;
      if (response != null) {
        if (!retryable(response.code(), context)) {
          return response;
        }
        Duration asked = RetryAfter.parse(response.header("Retry-After"), clock.instant());
        delay = asked != null ? asked : policy.backoff(attempt);
      } else {
        delay = policy.backoff(attempt);
      }
      if (attempt >= policy.maxAttempts() || waited.plus(delay).compareTo(policy.maxTotalWait()) > 0) {
        return giveUp(response, failure);
      }
      if (response != null) {
        response.close();
      }
      Tags.sleep(sleeper, delay);
      waited = waited.plus(delay);
    }
  }

  private static boolean retryable(int status, CallContext context) {
    return status == 429 || (status >= 500 && status <= 599 && context.idempotent());
  }

  private static Response giveUp(@Nullable Response response, @Nullable IOException failure) throws IOException {
    if (response != null) {
      return response;
    }
    throw failure;
  }
}
