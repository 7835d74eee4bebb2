package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformRequestException;
import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps every issue of a refused request for the capability that sent it. The shared HTTP layer
 * turns a 4xx into a {@code PlatformRequestException} with one code and message; a listing or a
 * shipment refused by eBay needs all of eBay's errors with the parameters they name. A request that
 * wants them carries a new {@link ErrorCapture} as an OkHttp tag (Retrofit {@code @Tag}); this
 * class's {@link #interceptor()}, the innermost on the connector's client, fills it from the body
 * of a 4xx answer without consuming it. One instance serves one call; thread-safe.
 */
final class ErrorCapture {
  private static final long MAX_BODY = 64 * 1024;

  private volatile List<PlatformIssue> issues = List.of();

  /** The issues of the last 4xx answer to the request, empty if none arrived. */
  List<PlatformIssue> issues() {
    return issues;
  }

  /**
   * The captured issues or, when the answer held none readable, one issue of {@code failure}'s code
   * and message.
   */
  List<PlatformIssue> issuesOr(PlatformRequestException failure) {
    List<PlatformIssue> captured = issues;
    return captured.isEmpty()
        ? List.of(new PlatformIssue(failure.platformCode(), failure.platformMessage(), PlatformIssue.Severity.ERROR, List.of()))
        : captured;
  }

  /** The interceptor that fills the captures of requests carrying one. */
  static Interceptor interceptor() {
    return chain -> {
      Request request = chain.request();
      Response response = chain.proceed(request);
      ErrorCapture capture = request.tag(ErrorCapture.class);
      if (capture != null && response.code() >= 400 && response.code() < 500) {
        capture.issues = read(response);
      }
      return response;
    };
  }

  private static List<PlatformIssue> read(Response response) {
    try {
      return EbayErrors.read(response.peekBody(MAX_BODY).bytes());
    } catch (IOException e) {
      return List.of(); // the layer reports the failed read itself
    }
  }
}
