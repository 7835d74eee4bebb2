package dev.crossborder.erp.platforms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConnectorHttpRetryTest extends HttpTestSupport {

  private void stubSequence(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      String state = i == 0 ? STARTED : "step" + i;
      var mapping = path.equals("/plans") ? post(urlPathEqualTo(path)) : get(urlPathEqualTo(path));
      var stub = mapping.inScenario("sequence").whenScenarioStateIs(state).willReturn(answers[i]);
      if (i + 1 < answers.length) {
        stub = stub.willSetStateTo("step" + (i + 1));
      }
      server.stubFor(stub);
    }
  }

  private static RetryPolicy seeded(int maxAttempts) {
    return RetryPolicy.builder().maxAttempts(maxAttempts).random(new Random(42)).build();
  }

  @Test
  void waitsExactlyTheRetryAfterSecondsOnA429ThenSucceeds() {
    stubSequence("/orders", aResponse().withStatus(429).withHeader("Retry-After", "7"), okJson(PAGE));
    ConnectorHttp http = http().retryPolicy(seeded(4)).build();

    HttpTestSupport.OrdersPage page = http.execute(api(http).orders(READ));

    assertThat(page.orders()).containsExactly("111-1", "111-2");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(7));
    server.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
    assertThat(log.exchanges()).extracting(HttpExchange::status).containsExactly(429, 200);
    assertThat(log.exchanges()).extracting(HttpExchange::attempt).containsExactly(1, 2);
  }

  @Test
  void honoursARetryAfterGivenAsAnHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(T0.plusSeconds(30).atOffset(ZoneOffset.UTC));
    stubSequence("/orders", aResponse().withStatus(429).withHeader("Retry-After", date), okJson(PAGE));
    ConnectorHttp http = http().retryPolicy(seeded(4)).build();

    http.execute(api(http).orders(READ));

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void retriesA429EvenForANonIdempotentWrite() {
    stubSequence("/plans", aResponse().withStatus(429).withHeader("Retry-After", "2"), okJson(PAGE));
    ConnectorHttp http = http().retryPolicy(seeded(4)).build();

    http.execute(api(http).create(WRITE, Map.of("sku", "A-1")));

    server.verify(2, postRequestedFor(urlPathEqualTo("/plans")));
  }

  @Test
  void throwsRateLimitedWithRetryAfterWhenTheAttemptsRunOut() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));
    ConnectorHttp http = http().retryPolicy(seeded(3)).build();

    RateLimitedException thrown = catchThrowableOfType(RateLimitedException.class, () -> http.execute(api(http).orders(READ)));

    assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(5));
    assertThat(thrown.isRetryable()).isTrue();
    assertThat(thrown.operation()).isEqualTo("searchOrders");
    assertThat(thrown.httpStatus()).hasValue(429);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    server.verify(3, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void doesNotWaitBeyondTheTotalWaitBudget() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "100")));
    ConnectorHttp http =
        http().retryPolicy(RetryPolicy.builder().maxAttempts(5).maxTotalWait(Duration.ofSeconds(60)).build()).build();

    RateLimitedException thrown = catchThrowableOfType(RateLimitedException.class, () -> http.execute(api(http).orders(READ)));

    assertThat(thrown.retryAfter()).contains(Duration.ofSeconds(100));
    assertThat(sleeper.sleeps()).isEmpty();
    server.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void retriesA5xxOfAnIdempotentReadWithJitteredExponentialBackoff() {
    stubSequence("/orders", aResponse().withStatus(503), aResponse().withStatus(500), okJson(PAGE));
    ConnectorHttp http = http().retryPolicy(seeded(4)).build();

    http.execute(api(http).orders(READ));

    server.verify(3, getRequestedFor(urlPathEqualTo("/orders")));
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    assertThat(sleeper.sleeps().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void backoffIsRepeatableWithASeed() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(503)));
    ConnectorHttp first = http().retryPolicy(seeded(4)).build();
    catchThrowableOfType(PlatformUnavailableException.class, () -> first.execute(api(first).orders(READ)));
    var firstSleeps = sleeper.sleeps();

    RecordingSleeper second = new RecordingSleeper(clock);
    ConnectorHttp again =
        ConnectorHttp.builder(READ.platform()).clock(clock).sleeper(second).withoutRateLimiting().retryPolicy(seeded(4)).build();
    catchThrowableOfType(PlatformUnavailableException.class, () -> again.execute(api(again).orders(READ)));

    assertThat(second.sleeps()).hasSize(3).isEqualTo(firstSleeps);
  }

  @Test
  void throwsUnavailableAfterTheBudgetOf5xxRetries() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(502)));
    ConnectorHttp http = http().retryPolicy(seeded(3)).build();

    PlatformUnavailableException thrown =
        catchThrowableOfType(PlatformUnavailableException.class, () -> http.execute(api(http).orders(READ)));

    assertThat(thrown.httpStatus()).hasValue(502);
    server.verify(3, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void neverResendsANonIdempotentWriteAfterA5xx() {
    server.stubFor(post(urlPathEqualTo("/plans")).willReturn(aResponse().withStatus(500).withBody(resource("amazon-error-500.json"))));
    ConnectorHttp http = http().retryPolicy(seeded(4)).build();

    PlatformUnavailableException thrown =
        catchThrowableOfType(PlatformUnavailableException.class, () -> http.execute(api(http).create(WRITE, Map.of("sku", "A-1"))));

    assertThat(thrown.httpStatus()).hasValue(500);
    assertThat(thrown.operation()).isEqualTo("createInboundPlan");
    server.verify(1, postRequestedFor(urlPathEqualTo("/plans")));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void retriesAnIdempotentReadAfterAConnectionReset() {
    stubSequence("/orders", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(PAGE));
    ConnectorHttp http = http().retryPolicy(seeded(4)).build();

    HttpTestSupport.OrdersPage page = http.execute(api(http).orders(READ));

    assertThat(page.orders()).hasSize(2);
    server.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
    assertThat(log.exchanges().get(0).failure()).isNotNull();
    assertThat(log.exchanges().get(0).status()).isZero();
  }

  @Test
  void neverResendsANonIdempotentWriteAfterAConnectionReset() {
    server.stubFor(post(urlPathEqualTo("/plans")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    ConnectorHttp http = http().retryPolicy(seeded(4)).build();

    PlatformUnavailableException thrown =
        catchThrowableOfType(PlatformUnavailableException.class, () -> http.execute(api(http).create(WRITE, Map.of("sku", "A-1"))));

    assertThat(thrown.httpStatus()).isEmpty();
    assertThat(thrown.getMessage()).contains("createInboundPlan").contains("no answer");
    server.verify(1, postRequestedFor(urlPathEqualTo("/plans")));
  }

  @Test
  void givesUpOnConnectionResetsAfterTheBudget() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    ConnectorHttp http = http().retryPolicy(seeded(2)).build();

    catchThrowableOfType(PlatformUnavailableException.class, () -> http.execute(api(http).orders(READ)));

    server.verify(2, getRequestedFor(urlPathEqualTo("/orders")));
  }

  @Test
  void doesNotRetryA4xx() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(400).withBody(resource("amazon-error-400.json"))));
    ConnectorHttp http = http().retryPolicy(seeded(4)).errorParser(AMAZON_ERRORS).build();

    PlatformRequestException thrown =
        catchThrowableOfType(PlatformRequestException.class, () -> http.execute(api(http).orders(READ)));

    assertThat(thrown.platformCode()).isEqualTo("InvalidInput");
    server.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
    assertThat(Optional.ofNullable(thrown.getCause())).isEmpty();
  }

  @Test
  void anInterruptedWaitEndsTheCallAndKeepsTheInterrupt() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")));
    ConnectorHttp http =
        ConnectorHttp.builder(READ.platform()).clock(clock).withoutRateLimiting().logger(log)
            .sleeper(duration -> {
              throw new InterruptedException();
            }).build();

    try {
      PlatformUnavailableException thrown =
          catchThrowableOfType(PlatformUnavailableException.class, () -> http.execute(api(http).orders(READ)));
      assertThat(thrown.getMessage()).contains("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    server.verify(1, getRequestedFor(urlPathEqualTo("/orders")));
  }
}
