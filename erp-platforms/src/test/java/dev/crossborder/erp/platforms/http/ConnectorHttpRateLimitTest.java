package dev.crossborder.erp.platforms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.shop.PlatformId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorHttpRateLimitTest extends HttpTestSupport {
  private final List<Instant> sentAt = new ArrayList<>();

  private ConnectorHttp.Builder limited() {
    return base().hostClient(recordingHost(clock, sentAt)).retryPolicy(RetryPolicy.none());
  }

  private void call(ConnectorHttp http, CallContext context, int times) {
    TestApi api = api(http);
    for (int i = 0; i < times; i++) {
      http.execute(api.orders(context));
    }
  }

  @Test
  void spacesRequestsAtTheConfiguredRateInClockTime() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    ConnectorHttp http = limited().rateLimit("searchOrders", RateLimit.of(2, 1)).build();

    call(http, READ, 5);

    assertThat(sentAt).containsExactly(T0, T0.plusMillis(500), T0.plusMillis(1000), T0.plusMillis(1500), T0.plusMillis(2000));
  }

  @Test
  void letsTheBurstGoAtOnceThenKeepsTheRate() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    ConnectorHttp http = limited().rateLimit("searchOrders", RateLimit.of(1, 3)).build();

    call(http, READ, 5);

    assertThat(sentAt).containsExactly(T0, T0, T0, T0.plusSeconds(1), T0.plusSeconds(2));
  }

  @Test
  void theBucketRefillsWhileIdle() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    ConnectorHttp http = limited().rateLimit("searchOrders", RateLimit.of(1, 2)).build();

    call(http, READ, 2);
    clock.advance(java.time.Duration.ofSeconds(10));
    call(http, READ, 2);

    assertThat(sentAt).containsExactly(T0, T0, T0.plusSeconds(10), T0.plusSeconds(10));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void adoptsTheRateThePlatformReports() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE).withHeader("x-amzn-RateLimit-Limit", "0.5")));
    ConnectorHttp http = limited().rateLimit("searchOrders", RateLimit.of(2, 1)).build();

    call(http, READ, 4);

    // The second request's place was taken at the old rate (0.5 s); from then on 2 s apart.
    assertThat(sentAt).containsExactly(T0, T0.plusMillis(500), T0.plusMillis(2500), T0.plusMillis(4500));
    assertThat(http.currentRate(READ)).contains(0.5);
  }

  @Test
  void ignoresAnUnreadableRateHeader() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE).withHeader("x-amzn-RateLimit-Limit", "fast")));
    ConnectorHttp http = limited().rateLimit("searchOrders", RateLimit.of(2, 1)).build();

    call(http, READ, 2);

    assertThat(http.currentRate(READ)).contains(2.0);
  }

  @Test
  void keepsOneBucketPerShopAndOperation() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    ConnectorHttp http = limited().defaultRateLimit(RateLimit.of(1, 1)).build();
    CallContext otherShop = CallContext.idempotent(PlatformId.AMAZON, "us-1", "searchOrders");
    CallContext otherOperation = CallContext.idempotent(PlatformId.AMAZON, "eu-1", "getOrder");

    call(http, READ, 1);
    call(http, otherShop, 1);
    call(http, otherOperation, 1);
    call(http, READ, 1);

    assertThat(sentAt).containsExactly(T0, T0, T0, T0.plusSeconds(1));
  }

  @Test
  void canBeSwitchedOff() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    ConnectorHttp http = base().hostClient(recordingHost(clock, sentAt)).withoutRateLimiting().build();

    call(http, READ, 20);

    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(sentAt).hasSize(20).containsOnly(T0);
    assertThat(http.currentRate(READ)).isEmpty();
  }

  @Test
  void retriesTakeTheirPlaceInTheBucket() {
    server.stubFor(get(urlPathEqualTo("/orders")).inScenario("s").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429).withHeader("Retry-After", "0"))
        .willSetStateTo("ok"));
    server.stubFor(get(urlPathEqualTo("/orders")).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson(PAGE)));
    ConnectorHttp http =
        base().hostClient(recordingHost(clock, sentAt)).rateLimit("searchOrders", RateLimit.of(1, 1))
            .retryPolicy(RetryPolicy.ofDefaults()).build();

    call(http, READ, 1);

    assertThat(sentAt).containsExactly(T0, T0.plusSeconds(1));
  }
}
