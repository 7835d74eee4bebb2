package dev.crossborder.erp.platforms.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.ErpException;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import dev.crossborder.erp.shop.PlatformId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * One connector's HTTP layer: the {@link OkHttpClient} its Retrofit interfaces run on, and the
 * {@link #execute} that turns every failure into a typed {@link ConnectorException}. Build one per
 * connector (one per platform) with {@link #builder(PlatformId)}; it serves all of the platform's
 * shops.
 *
 * <h2>The client</h2>
 *
 * <p>{@link #client()} is derived from the host's client with {@code newBuilder()}, so it shares
 * the host's connection pool, dispatcher, proxy and TLS settings, and the host's own interceptors
 * stay outermost. The layer adds its application interceptors in this order, outermost first:
 *
 * <ol>
 *   <li><b>retry</b>: outermost, so each retry passes the rate limiter again (a retry costs quota
 *       like any request) and gets the shop's current token;
 *   <li><b>rate limit</b>: a token bucket per (shop, operation), before auth so that a long wait
 *       in the bucket cannot make the token go stale before it is sent;
 *   <li><b>auth</b>: adds the shop's access token; on a refusal it refreshes once and repeats once
 *       (that repeat does not take a second place in the bucket: a refused request does no work);
 *   <li><b>logging</b>: innermost, so it logs every request actually sent, retries and the repeat
 *       after a refresh included, each with its attempt number, and sees the token header it must
 *       mask.
 * </ol>
 *
 * <p>The derived client has OkHttp's {@code retryOnConnectionFailure} switched off: OkHttp would
 * otherwise silently re-send a request, a non-idempotent POST included, after some connection
 * failures. I/O errors are retried by the layer instead, for idempotent requests only. Every
 * request must carry a {@link CallContext} tag.
 *
 * <h2>Executing calls</h2>
 *
 * <p>{@link #execute} runs a Retrofit call and returns its body, or throws: {@link
 * AuthenticationException} (401 after one refresh, 403), {@link RateLimitedException} (429 when
 * the retry budget ran out, with the platform's {@code Retry-After}), {@link
 * PlatformUnavailableException} (5xx, I/O errors, after retries for idempotent requests, at once
 * for others), {@link PlatformRequestException} (other 4xx, with the code and message the
 * connector's {@link PlatformErrorParser} reads), {@link MalformedResponseException} (a body that
 * is not the expected JSON: truncated, an HTML page, empty). No Jackson, Retrofit or OkHttp
 * exception escapes, and no message holds a token, a secret or body content.
 *
 * <p>Thread-safe: one instance serves every thread; tokens and rate-limit buckets are shared.
 */
public final class ConnectorHttp {
  /** The rate limit of an operation the connector configured none for: 1 request/s, burst 5. */
  public static final RateLimit DEFAULT_RATE_LIMIT = RateLimit.of(1, 5);

  private static final int MAX_ERROR_BODY = 64 * 1024;
  private static final Pattern SAFE_FIELD = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,100}");

  private final PlatformId platform;
  private final OkHttpClient client;
  private final InstantSource clock;
  private final PlatformErrorParser errorParser;
  private final @Nullable AccessTokens tokens;
  private final @Nullable RateLimitInterceptor rateLimiter;

  private ConnectorHttp(Builder builder) {
    this.platform = builder.platform;
    this.clock = builder.clock == null ? InstantSource.system() : builder.clock;
    Sleeper sleeper = builder.sleeper == null ? Sleeper.system() : builder.sleeper;
    this.errorParser = builder.errorParser == null ? PlatformErrorParser.none() : builder.errorParser;
    RetryPolicy retry = builder.retryPolicy == null ? RetryPolicy.ofDefaults() : builder.retryPolicy;
    HttpLogger logger = builder.logger == null ? HttpLogger.slf4j() : builder.logger;

    OkHttpClient.Builder http = (builder.hostClient == null ? new OkHttpClient() : builder.hostClient).newBuilder();
    http.retryOnConnectionFailure(false);
    if (builder.connectTimeout != null) {
      http.connectTimeout(builder.connectTimeout);
    }
    if (builder.readTimeout != null) {
      http.readTimeout(builder.readTimeout);
    }
    if (builder.writeTimeout != null) {
      http.writeTimeout(builder.writeTimeout);
    }
    if (builder.callTimeout != null) {
      http.callTimeout(builder.callTimeout);
    }
    http.addInterceptor(new RetryInterceptor(retry, sleeper, clock));
    if (builder.rateLimiting) {
      RateLimit fallback = builder.defaultRateLimit == null ? DEFAULT_RATE_LIMIT : builder.defaultRateLimit;
      String header = builder.rateLimitHeader == null ? "x-amzn-RateLimit-Limit" : builder.rateLimitHeader;
      this.rateLimiter = new RateLimitInterceptor(builder.rateLimits, fallback, header, sleeper, clock);
      http.addInterceptor(rateLimiter);
    } else {
      this.rateLimiter = null;
    }
    if (builder.tokenSource != null) {
      Duration margin = builder.refreshMargin == null ? Duration.ofSeconds(60) : builder.refreshMargin;
      this.tokens = new AccessTokens(builder.tokenSource, margin, clock);
      Set<Integer> refusals = builder.refusals == null ? Set.of(401) : builder.refusals;
      String header = builder.tokenHeader == null ? "Authorization" : builder.tokenHeader;
      String prefix = builder.tokenPrefix == null ? "Bearer " : builder.tokenPrefix;
      http.addInterceptor(new AuthInterceptor(tokens, builder.tokenSource, header, prefix, refusals));
    } else {
      this.tokens = null;
    }
    http.addInterceptor(new LoggingInterceptor(logger, clock));
    this.client = http.build();
  }

  /** A builder for the HTTP layer of {@code platform}'s connector. */
  public static Builder builder(PlatformId platform) {
    return new Builder(platform);
  }

  /** The platform this layer calls. */
  public PlatformId platform() {
    return platform;
  }

  /**
   * The connector's client, with the layer's interceptors; build the connector's Retrofit on it.
   * Every request must carry a {@link CallContext} tag.
   */
  public OkHttpClient client() {
    return client;
  }

  /**
   * Runs {@code call} and returns its body.
   *
   * @throws ConnectorException as described in the class documentation; its operation is the one
   *     in the call's {@link CallContext}
   * @throws ConfigurationException if the call's request has no {@link CallContext} tag
   */
  public <T> T execute(Call<T> call) {
    requireNonNull(call, "call == null");
    CallContext context = contextOf(call);
    Response<T> response = run(call, context);
    T body = response.body();
    if (body == null) {
      throw new MalformedResponseException(platform, context.operation(), "body", "empty", response.code(), null);
    }
    return body;
  }

  /**
   * Runs {@code call}, for operations whose answer has no body worth reading (a 204), and throws
   * like {@link #execute} when it fails.
   */
  public void executeDiscardingBody(Call<?> call) {
    requireNonNull(call, "call == null");
    run(call, contextOf(call));
  }

  /**
   * The typed exception for a non-2xx answer to {@code operation}, for connectors that read a
   * response themselves. {@code body} goes only to the connector's {@link PlatformErrorParser},
   * never into the message.
   *
   * @param operation the platform operation
   * @param httpStatus the answer's status
   * @param retryAfter the answer's {@code Retry-After} header, if any
   * @param body the answer's body, or {@code ""}
   */
  public ConnectorException toException(String operation, int httpStatus, @Nullable String retryAfter, String body) {
    requireNonNull(operation, "operation == null");
    requireNonNull(body, "body == null");
    if (httpStatus == 401) {
      return new AuthenticationException(platform, operation, AuthenticationException.Reason.EXPIRED, httpStatus, null);
    }
    if (httpStatus == 403) {
      return new AuthenticationException(platform, operation, AuthenticationException.Reason.FORBIDDEN, httpStatus, null);
    }
    if (httpStatus == 429) {
      return new RateLimitedException(platform, operation, RetryAfter.parse(retryAfter, clock.instant()), httpStatus, null);
    }
    if (httpStatus >= 500 && httpStatus <= 599) {
      return new PlatformUnavailableException(platform, operation, "server error " + httpStatus, httpStatus, null);
    }
    if (httpStatus >= 400 && httpStatus <= 499) {
      Optional<PlatformErrorParser.PlatformError> error;
      try {
        error = errorParser.parse(httpStatus, body);
      } catch (RuntimeException e) {
        error = Optional.empty();
      }
      if (error != null && error.isPresent()) {
        return new PlatformRequestException(platform, operation, error.get().code(), error.get().message(), httpStatus, null);
      }
      return new PlatformRequestException(platform, operation, "HTTP_" + httpStatus, "no readable error in the answer", httpStatus, null);
    }
    return new MalformedResponseException(platform, operation, "status", "unexpected " + httpStatus, httpStatus, null);
  }

  /**
   * Drops the cached access token of {@code shop}, so the next request fetches a new one (after the
   * host rotated the shop's credentials, say). Does nothing when no token source is configured.
   */
  public void invalidateAccessToken(ShopKey shop) {
    requireNonNull(shop, "shop == null");
    if (tokens != null) {
      tokens.invalidate(shop);
    }
  }

  /** The current rate of a (shop, operation) bucket; empty when rate limiting is off. For tests. */
  Optional<Double> currentRate(CallContext context) {
    return rateLimiter == null ? Optional.empty() : Optional.of(rateLimiter.bucket(context).rate());
  }

  private CallContext contextOf(Call<?> call) {
    CallContext context;
    try {
      context = call.request().tag(CallContext.class);
    } catch (RuntimeException e) {
      // Retrofit could not build the request; its message may echo argument values.
      throw new ConfigurationException("request cannot be built (" + e.getClass().getSimpleName() + ")");
    }
    if (context == null) {
      throw new ConfigurationException("call has no CallContext tag; connectors must tag every request");
    }
    return context;
  }

  private <T> Response<T> run(Call<T> call, CallContext context) {
    String operation = context.operation();
    Response<T> response;
    try {
      response = call.execute();
    } catch (ConnectorIOException e) {
      throw e.failure();
    } catch (JsonProcessingException e) {
      throw malformed(operation, e);
    } catch (InterruptedIOException e) {
      String problem = Thread.currentThread().isInterrupted() ? "interrupted" : "no answer (timeout)";
      throw new PlatformUnavailableException(platform, operation, problem, 0, e);
    } catch (IOException e) {
      throw new PlatformUnavailableException(platform, operation, "no answer (" + e.getClass().getSimpleName() + ")", 0, e);
    } catch (ErpException e) {
      throw e;
    } catch (RuntimeException e) {
      // A converter failing other than by JsonProcessingException; its message may hold body text.
      throw new MalformedResponseException(platform, operation, "body", "unreadable (" + e.getClass().getSimpleName() + ")", 0, null);
    }
    if (!response.isSuccessful()) {
      throw toException(operation, response.code(), response.headers().get("Retry-After"), errorBody(response));
    }
    return response;
  }

  /** The answer could not be read as JSON: name the field and position, never the content. */
  private MalformedResponseException malformed(String operation, JsonProcessingException e) {
    String field = "body";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference reference : mapping.getPath()) {
        if (reference.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      if (SAFE_FIELD.matcher(path).matches()) {
        field = path.toString();
      }
    }
    String problem = "unreadable (" + e.getClass().getSimpleName() + ")";
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      problem = problem + " at line " + location.getLineNr() + " column " + location.getColumnNr();
    }
    return new MalformedResponseException(platform, operation, field, problem, 0, null);
  }

  private static String errorBody(Response<?> response) {
    ResponseBody body = response.errorBody();
    if (body == null) {
      return "";
    }
    try (body; InputStream in = body.byteStream()) {
      return new String(in.readNBytes(MAX_ERROR_BODY), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * Builds a {@link ConnectorHttp}. Every setting is optional and may be given once; giving one
   * twice is a {@link ConfigurationException}, as in Caffeine's builders. Not thread-safe.
   */
  public static final class Builder {
    private final PlatformId platform;
    private @Nullable OkHttpClient hostClient;
    private @Nullable InstantSource clock;
    private @Nullable Sleeper sleeper;
    private @Nullable AccessTokenSource tokenSource;
    private @Nullable String tokenHeader;
    private @Nullable String tokenPrefix;
    private @Nullable Duration refreshMargin;
    private @Nullable Set<Integer> refusals;
    private final Map<String, RateLimit> rateLimits = new HashMap<>();
    private @Nullable RateLimit defaultRateLimit;
    private @Nullable String rateLimitHeader;
    private boolean rateLimiting = true;
    private boolean rateLimitingSet;
    private @Nullable RetryPolicy retryPolicy;
    private @Nullable HttpLogger logger;
    private @Nullable PlatformErrorParser errorParser;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Duration callTimeout;

    private Builder(PlatformId platform) {
      this.platform = requireNonNull(platform, "platform == null");
    }

    /**
     * The host's client to derive from (default: a new {@code OkHttpClient}); pass it so
     * connectors share the host's connection pool, dispatcher and network settings. It is not
     * changed.
     */
    public Builder hostClient(OkHttpClient hostClient) {
      once(this.hostClient == null, "hostClient");
      this.hostClient = requireNonNull(hostClient, "hostClient == null");
      return this;
    }

    /** The time source for token expiry, rate limiting and {@code Retry-After} dates (default: system). */
    public Builder clock(InstantSource clock) {
      once(this.clock == null, "clock");
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /** What the rate limiter and retry backoff wait through (default: {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      once(this.sleeper == null, "sleeper");
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Where access tokens come from; without one, no auth interceptor is added (for a token
     * endpoint's own client, or a platform that signs requests otherwise).
     */
    public Builder accessTokens(AccessTokenSource tokenSource) {
      once(this.tokenSource == null, "accessTokens");
      this.tokenSource = requireNonNull(tokenSource, "tokenSource == null");
      return this;
    }

    /**
     * The header that carries the token and the text before it; default {@code Authorization:
     * Bearer <token>}. Amazon SP-API: {@code tokenHeader("x-amz-access-token", "")}; Shopify:
     * {@code tokenHeader("X-Shopify-Access-Token", "")}.
     */
    public Builder tokenHeader(String name, String valuePrefix) {
      once(this.tokenHeader == null, "tokenHeader");
      requireNonNull(name, "name == null");
      requireNonNull(valuePrefix, "valuePrefix == null");
      if (name.isBlank()) {
        throw new ConfigurationException("tokenHeader name must not be blank");
      }
      this.tokenHeader = name;
      this.tokenPrefix = valuePrefix;
      return this;
    }

    /** How long before its expiry a token is replaced (default 60 s). */
    public Builder tokenRefreshMargin(Duration margin) {
      once(this.refreshMargin == null, "tokenRefreshMargin");
      requireNonNull(margin, "margin == null");
      if (margin.isNegative()) {
        throw new ConfigurationException("tokenRefreshMargin must not be negative, not " + margin);
      }
      this.refreshMargin = margin;
      return this;
    }

    /**
     * The statuses meaning "token refused" that trigger one refresh and one repeat (default 401).
     * SP-API answers an expired token with 403, so its connector passes {@code 401, 403}.
     */
    public Builder refreshTokenOn(int... statuses) {
      once(this.refusals == null, "refreshTokenOn");
      Set<Integer> set = new LinkedHashSet<>();
      for (int status : statuses) {
        if (status < 400 || status > 499 || status == 429) {
          throw new ConfigurationException("refreshTokenOn takes 4xx statuses other than 429, not " + status);
        }
        set.add(status);
      }
      if (set.isEmpty()) {
        throw new ConfigurationException("refreshTokenOn needs at least one status");
      }
      this.refusals = Set.copyOf(set);
      return this;
    }

    /** The documented rate limit of {@code operation}, per shop. */
    public Builder rateLimit(String operation, RateLimit limit) {
      CallContext.checkName("operation", operation);
      requireNonNull(limit, "limit == null");
      if (rateLimits.putIfAbsent(operation, limit) != null) {
        throw new ConfigurationException("rate limit of " + operation + " was already set");
      }
      return this;
    }

    /** The rate limit of operations without their own (default {@link ConnectorHttp#DEFAULT_RATE_LIMIT}). */
    public Builder defaultRateLimit(RateLimit limit) {
      once(this.defaultRateLimit == null, "defaultRateLimit");
      this.defaultRateLimit = requireNonNull(limit, "limit == null");
      return this;
    }

    /**
     * The response header that reports the operation's current rate in requests per second as a
     * decimal (default {@code x-amzn-RateLimit-Limit}); the bucket adopts it.
     */
    public Builder rateLimitHeader(String header) {
      once(this.rateLimitHeader == null, "rateLimitHeader");
      this.rateLimitHeader = requireNonNull(header, "header == null");
      return this;
    }

    /** Switches rate limiting off (for benchmarks against stubs); 429s are still retried. */
    public Builder withoutRateLimiting() {
      once(!rateLimitingSet, "withoutRateLimiting");
      this.rateLimitingSet = true;
      this.rateLimiting = false;
      return this;
    }

    /** The retry budget and backoff (default {@link RetryPolicy#ofDefaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      once(this.retryPolicy == null, "retryPolicy");
      this.retryPolicy = requireNonNull(policy, "policy == null");
      return this;
    }

    /** Where exchanges are logged (default {@link HttpLogger#slf4j()}). */
    public Builder logger(HttpLogger logger) {
      once(this.logger == null, "logger");
      this.logger = requireNonNull(logger, "logger == null");
      return this;
    }

    /** Reads the platform's error code and message from 4xx bodies (default: none). */
    public Builder errorParser(PlatformErrorParser parser) {
      once(this.errorParser == null, "errorParser");
      this.errorParser = requireNonNull(parser, "parser == null");
      return this;
    }

    /** The connect timeout (default: the host client's). */
    public Builder connectTimeout(Duration timeout) {
      once(this.connectTimeout == null, "connectTimeout");
      this.connectTimeout = requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** The read timeout (default: the host client's). */
    public Builder readTimeout(Duration timeout) {
      once(this.readTimeout == null, "readTimeout");
      this.readTimeout = requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** The write timeout (default: the host client's). */
    public Builder writeTimeout(Duration timeout) {
      once(this.writeTimeout == null, "writeTimeout");
      this.writeTimeout = requireNonNull(timeout, "timeout == null");
      return this;
    }

    /**
     * The timeout of one whole call, retries and waits included (default: the host client's, which
     * is none unless the host set one).
     */
    public Builder callTimeout(Duration timeout) {
      once(this.callTimeout == null, "callTimeout");
      this.callTimeout = requireNonNull(timeout, "timeout == null");
      return this;
    }

    /** Builds the layer. */
    public ConnectorHttp build() {
      if (tokenSource == null && (tokenHeader != null || refreshMargin != null || refusals != null)) {
        throw new ConfigurationException("token settings given without accessTokens");
      }
      if (!rateLimiting && (!rateLimits.isEmpty() || defaultRateLimit != null || rateLimitHeader != null)) {
        throw new ConfigurationException("rate limits given with withoutRateLimiting");
      }
      return new ConnectorHttp(this);
    }

    private static void once(boolean unset, String name) {
      if (!unset) {
        throw new ConfigurationException(name + " was already set");
      }
    }
  }
}
