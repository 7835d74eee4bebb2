package dev.crossborder.erp.platforms.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.platform.Secret;
import dev.crossborder.erp.shop.PlatformId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/** WireMock on a dynamic port, a MutableClock, a sleeper that advances it, and a recording logger. */
abstract class HttpTestSupport {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final CallContext READ = CallContext.idempotent(PlatformId.AMAZON, "eu-1", "searchOrders");
  static final CallContext WRITE = CallContext.nonIdempotent(PlatformId.AMAZON, "eu-1", "createInboundPlan");
  static final String PAGE = "{\"orders\":[\"111-1\",\"111-2\"],\"nextToken\":null}";

  WireMockServer server;
  MutableClock clock;
  RecordingSleeper sleeper;
  RecordingHttpLogger log;

  @BeforeEach
  void startServer() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    clock = MutableClock.at(T0);
    sleeper = new RecordingSleeper(clock);
    log = new RecordingHttpLogger();
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  /** A builder with the test clock, sleeper and logger, and rate limiting off. */
  ConnectorHttp.Builder http() {
    return base().withoutRateLimiting();
  }

  /** A builder with the test clock, sleeper and logger. */
  ConnectorHttp.Builder base() {
    return ConnectorHttp.builder(PlatformId.AMAZON).clock(clock).sleeper(sleeper).logger(log);
  }

  TestApi api(ConnectorHttp http) {
    return new Retrofit.Builder()
        .baseUrl(server.baseUrl() + "/")
        .client(http.client())
        .addConverterFactory(JacksonConverterFactory.create())
        .build()
        .create(TestApi.class);
  }

  static String resource(String name) {
    try (InputStream in = HttpTestSupport.class.getResourceAsStream("/http/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Amazon's error shape: {"errors":[{"code","message"}]}. */
  static final PlatformErrorParser AMAZON_ERRORS =
      (status, body) -> {
        try {
          JsonNode first = new ObjectMapper().readTree(body).path("errors").path(0);
          if (first.hasNonNull("code")) {
            return Optional.of(new PlatformErrorParser.PlatformError(first.get("code").asText(), first.path("message").asText("")));
          }
        } catch (IOException | RuntimeException e) {
          // not JSON
        }
        return Optional.empty();
      };

  /** The wire shape the test API reads. */
  record OrdersPage(List<String> orders, @Nullable String nextToken) {}

  /** A Retrofit interface as connectors write them: every method takes a @Tag CallContext. */
  interface TestApi {
    @GET("orders")
    Call<OrdersPage> orders(@Tag CallContext context);

    @GET("orders")
    Call<OrdersPage> orders(
        @Tag CallContext context, @Query("nextToken") String nextToken, @Query("marketplaceIds") String marketplace);

    @POST("plans")
    Call<OrdersPage> create(@Tag CallContext context, @Body Map<String, Object> body);

    @POST("confirm")
    Call<Void> confirm(@Tag CallContext context, @Body Map<String, Object> body);

    @GET("orders")
    Call<OrdersPage> untagged();
  }


  /** Hands out tokens "tok-<n>-<seed>" valid for an hour, counting fetches. */
  static class CountingTokenSource implements AccessTokenSource {
    final MutableClock clock;
    final String seed;
    final AtomicInteger fetches = new AtomicInteger();
    Duration lifetime = Duration.ofHours(1);

    CountingTokenSource(MutableClock clock, String seed) {
      this.clock = clock;
      this.seed = seed;
    }

    @Override
    public AccessToken fetch(ShopKey shop) {
      int n = fetches.incrementAndGet();
      return AccessToken.of(Secret.of(token(n)), clock.instant().plus(lifetime));
    }

    String token(int n) {
      return "tok-" + n + "-" + seed;
    }
  }

  /** A host client whose network interceptor notes the test clock at each request sent. */
  static OkHttpClient recordingHost(MutableClock clock, List<Instant> sentAt) {
    return new OkHttpClient.Builder()
        .addNetworkInterceptor(
            chain -> {
              synchronized (sentAt) {
                sentAt.add(clock.instant());
              }
              return chain.proceed(chain.request());
            })
        .build();
  }

  /** Every message in a throwable's cause chain, and its toString. */
  static String everything(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      text.append(t).append('\n');
    }
    return text.toString();
  }
}
