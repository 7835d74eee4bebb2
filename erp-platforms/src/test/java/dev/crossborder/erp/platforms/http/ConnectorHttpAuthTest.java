package dev.crossborder.erp.platforms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Secret;
import dev.crossborder.erp.shop.PlatformId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class ConnectorHttpAuthTest extends HttpTestSupport {
  private static final String SEED = "SEEKRET-ACCESS-7f3a";

  private ConnectorHttp withTokens(AccessTokenSource source) {
    return http().accessTokens(source).tokenHeader("x-amz-access-token", "").retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void sendsTheShopsTokenInTheConfiguredHeader() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    CountingTokenSource tokens = new CountingTokenSource(clock, SEED);
    ConnectorHttp http = withTokens(tokens);

    http.execute(api(http).orders(READ));

    server.verify(getRequestedFor(urlPathEqualTo("/orders")).withHeader("x-amz-access-token", equalTo(tokens.token(1))));
  }

  @Test
  void refreshesOnceAndRepeatsOnceAfterA401() {
    CountingTokenSource tokens = new CountingTokenSource(clock, SEED);
    server.stubFor(get(urlPathEqualTo("/orders")).withHeader("x-amz-access-token", equalTo(tokens.token(1)))
        .willReturn(aResponse().withStatus(401)));
    server.stubFor(get(urlPathEqualTo("/orders")).withHeader("x-amz-access-token", equalTo(tokens.token(2)))
        .willReturn(okJson(PAGE)));
    ConnectorHttp http = withTokens(tokens);

    HttpTestSupport.OrdersPage page = http.execute(api(http).orders(READ));

    assertThat(page.orders()).hasSize(2);
    assertThat(tokens.fetches).hasValue(2);
    server.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
    assertThat(log.exchanges()).extracting(HttpExchange::attempt).containsExactly(1, 2);
  }

  @Test
  void aSecond401IsAnAuthenticationErrorAfterExactlyTwoRequests() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(401)));
    CountingTokenSource tokens = new CountingTokenSource(clock, SEED);
    ConnectorHttp http = http().accessTokens(tokens).retryPolicy(RetryPolicy.ofDefaults()).build();

    AuthenticationException thrown =
        catchThrowableOfType(AuthenticationException.class, () -> http.execute(api(http).orders(READ)));

    assertThat(thrown.reason()).isEqualTo(AuthenticationException.Reason.EXPIRED);
    assertThat(thrown.httpStatus()).hasValue(401);
    assertThat(thrown.isRetryable()).isFalse();
    assertThat(tokens.fetches).hasValue(2);
    server.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(everything(thrown)).doesNotContain(SEED);
  }

  @Test
  void theTokenSourceSaysWhyARefreshedTokenWasRefused() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(403)));
    CountingTokenSource tokens =
        new CountingTokenSource(clock, SEED) {
          @Override
          public AuthenticationException.Reason rejectionReason(ShopKey shop, int httpStatus) {
            return AuthenticationException.Reason.REVOKED;
          }
        };
    ConnectorHttp http = http().accessTokens(tokens).refreshTokenOn(401, 403).build();

    AuthenticationException thrown =
        catchThrowableOfType(AuthenticationException.class, () -> http.execute(api(http).orders(READ)));

    assertThat(thrown.reason()).isEqualTo(AuthenticationException.Reason.REVOKED);
    assertThat(thrown.httpStatus()).hasValue(403);
    server.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aRefusedRefreshIsThrownAsTheSourceReportedIt() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    AccessTokenSource revoked =
        shop -> {
          throw new AuthenticationException(shop.platform(), "lwaToken", AuthenticationException.Reason.REVOKED, 400, null);
        };
    ConnectorHttp http = withTokens(revoked);

    AuthenticationException thrown =
        catchThrowableOfType(AuthenticationException.class, () -> http.execute(api(http).orders(READ)));

    assertThat(thrown.reason()).isEqualTo(AuthenticationException.Reason.REVOKED);
    server.verify(0, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void aFailedFetchIsNotCachedAndHidesTheSourcesMessage() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    AtomicInteger calls = new AtomicInteger();
    AccessTokenSource flaky =
        shop -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("endpoint said " + SEED);
          }
          return AccessToken.of(Secret.of("fresh-" + SEED), clock.instant().plusSeconds(3600));
        };
    ConnectorHttp http = withTokens(flaky);

    dev.crossborder.erp.platform.PlatformUnavailableException thrown =
        catchThrowableOfType(
            dev.crossborder.erp.platform.PlatformUnavailableException.class, () -> http.execute(api(http).orders(READ)));
    http.execute(api(http).orders(READ));

    assertThat(thrown.getMessage()).contains("access token unavailable (IllegalStateException)").doesNotContain(SEED);
    assertThat(calls).hasValue(2);
    server.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void cachesTheTokenAndReplacesItAMarginBeforeItExpires() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    CountingTokenSource tokens = new CountingTokenSource(clock, SEED);
    ConnectorHttp http = http().accessTokens(tokens).tokenRefreshMargin(Duration.ofSeconds(60)).build();
    TestApi api = api(http);

    http.execute(api.orders(READ));
    http.execute(api.orders(READ));
    clock.advance(Duration.ofMinutes(58).plusSeconds(59));
    http.execute(api.orders(READ));
    assertThat(tokens.fetches).hasValue(1);

    clock.advance(Duration.ofSeconds(2)); // 59:01 of a 60-minute token: inside the margin
    http.execute(api.orders(READ));
    assertThat(tokens.fetches).hasValue(2);
    server.verify(1, getRequestedFor(urlPathEqualTo("/orders")).withHeader("Authorization", equalTo("Bearer " + tokens.token(2))));
  }

  @Test
  void keepsOneTokenPerShop() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    CountingTokenSource tokens = new CountingTokenSource(clock, SEED);
    ConnectorHttp http = withTokens(tokens);
    TestApi api = api(http);

    http.execute(api.orders(READ));
    http.execute(api.orders(CallContext.idempotent(PlatformId.AMAZON, "us-1", "searchOrders")));
    http.execute(api.orders(READ));

    assertThat(tokens.fetches).hasValue(2);
  }

  @Test
  void invalidatingAShopsTokenFetchesANewOne() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    CountingTokenSource tokens = new CountingTokenSource(clock, SEED);
    ConnectorHttp http = withTokens(tokens);

    http.execute(api(http).orders(READ));
    http.invalidateAccessToken(READ.shopKey());
    http.execute(api(http).orders(READ));

    assertThat(tokens.fetches).hasValue(2);
  }

  @Test
  void eightThreadsNeedingATokenAtOnceCauseOneRefresh() throws Exception {
    server.stubFor(post(urlPathEqualTo("/auth/o2/token"))
        .willReturn(okJson("{\"access_token\":\"Atza|" + SEED + "\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    CountDownLatch fetchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    LwaLikeTokenSource source = new LwaLikeTokenSource(clock, server.baseUrl() + "/auth/o2/token", fetchStarted, release);
    ConnectorHttp http = withTokens(source);
    TestApi api = api(http);
    // Warm up class loading on another shop, so the threads below meet at the token cache.
    release.countDown();
    http.execute(api.orders(CallContext.idempotent(PlatformId.AMAZON, "warm-up", "searchOrders")));
    server.resetRequests();
    source.fetches.set(0);
    CountDownLatch fetchStarted2 = new CountDownLatch(1);
    CountDownLatch release2 = new CountDownLatch(1);
    source.gate(fetchStarted2, release2);

    List<Thread> threads = new ArrayList<>();
    Set<Throwable> failures = ConcurrentHashMap.newKeySet();
    AtomicInteger done = new AtomicInteger();
    for (int i = 0; i < 8; i++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  http.execute(api.orders(READ));
                  done.incrementAndGet();
                } catch (Throwable t) {
                  failures.add(t);
                }
              });
      threads.add(thread);
      thread.start();
    }
    assertThat(fetchStarted2.await(10, TimeUnit.SECONDS)).isTrue();
    awaitAllWaiting(threads);
    release2.countDown();
    for (Thread thread : threads) {
      thread.join(10_000);
    }

    assertThat(failures).isEmpty();
    assertThat(done).hasValue(8);
    assertThat(source.fetches).hasValue(1);
    server.verify(1, postRequestedFor(urlPathEqualTo("/auth/o2/token")));
    server.verify(8, getRequestedFor(urlPathEqualTo("/orders")).withHeader("x-amz-access-token", equalTo("Atza|" + SEED)));
  }

  /** Waits (spinning, bounded) until every thread is parked: one in the fetch, seven on its result. */
  private static void awaitAllWaiting(List<Thread> threads) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("threads did not all wait for the token");
  }

  /** A token source in the shape of Amazon's LWA refresh flow, against the WireMock token endpoint. */
  static final class LwaLikeTokenSource implements AccessTokenSource {
    private final MutableClock clock;
    private final String endpoint;
    private final OkHttpClient client = new OkHttpClient();
    final AtomicInteger fetches = new AtomicInteger();
    private volatile CountDownLatch started;
    private volatile CountDownLatch release;

    LwaLikeTokenSource(MutableClock clock, String endpoint, CountDownLatch started, CountDownLatch release) {
      this.clock = clock;
      this.endpoint = endpoint;
      gate(started, release);
    }

    void gate(CountDownLatch started, CountDownLatch release) {
      this.started = started;
      this.release = release;
    }

    @Override
    public AccessToken fetch(ShopKey shop) {
      fetches.incrementAndGet();
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted");
      }
      Request request =
          new Request.Builder()
              .url(endpoint)
              .post(new FormBody.Builder().add("grant_type", "refresh_token").add("refresh_token", "Atzr|REFRESH").build())
              .build();
      try (Response response = client.newCall(request).execute()) {
        JsonNode json = new ObjectMapper().readTree(response.body().string());
        return AccessToken.of(
            Secret.of(json.get("access_token").asText()), clock.instant().plusSeconds(json.get("expires_in").asLong()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
