package dev.crossborder.erp.platforms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.crossborder.erp.platform.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConnectorHttpLoggingTest extends HttpTestSupport {
  private static final String TOKEN_SEED = "TOKSEED-9c1e";
  private static final String NEXT_TOKEN = "NEXTTOKEN-SEED-51ab";
  private static final String API_KEY = "APIKEY-SEED-77fe";
  private static final String HEADER_SECRET = "HDRSECRET-SEED-0d2c";
  private static final String REQUEST_BODY = "REQBODY-BUYER-Jane-Doe";
  private static final String RESPONSE_BODY = "RESPBODY-BUYER-12-Elm-Street";
  private static final List<String> SEEDS =
      List.of(TOKEN_SEED, NEXT_TOKEN, API_KEY, HEADER_SECRET, REQUEST_BODY, RESPONSE_BODY);

  private final List<Throwable> thrown = new ArrayList<>();

  /** A host client whose own interceptor adds a secret header and an api_key query parameter. */
  private OkHttpClient hostAddingSecrets() {
    return new OkHttpClient.Builder()
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain.request().newBuilder()
                        .header("x-api-secret", HEADER_SECRET)
                        .url(chain.request().url().newBuilder().addQueryParameter("api_key", API_KEY).build())
                        .build()))
        .build();
  }

  private ConnectorHttp exerciseEverything(HttpLogger logger) {
    CountingTokenSource tokens = new CountingTokenSource(clock, TOKEN_SEED);
    // First request: 401 (refresh), then 429 (retry), then 200 with a buyer-laden body.
    server.stubFor(get(urlPathEqualTo("/orders")).inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(401).withBody(RESPONSE_BODY)).willSetStateTo("throttle"));
    server.stubFor(get(urlPathEqualTo("/orders")).inScenario("s").whenScenarioStateIs("throttle")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody(RESPONSE_BODY)).willSetStateTo("ok"));
    server.stubFor(get(urlPathEqualTo("/orders")).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"orders\":[\"" + RESPONSE_BODY + "\"],\"nextToken\":\"" + NEXT_TOKEN + "\"}")));
    server.stubFor(post(urlPathEqualTo("/plans")).willReturn(aResponse().withStatus(500).withBody(RESPONSE_BODY)));
    server.stubFor(get(urlPathEqualTo("/leak")).willReturn(aResponse().withStatus(400).withBody(RESPONSE_BODY)));

    ConnectorHttp http =
        ConnectorHttp.builder(READ.platform()).hostClient(hostAddingSecrets()).clock(clock).sleeper(sleeper).logger(logger)
            .withoutRateLimiting().accessTokens(tokens).tokenHeader("x-amz-access-token", "").build();
    TestApi api = api(http);
    http.execute(api.orders(READ, NEXT_TOKEN, "ATVPDKIKX0DER"));
    thrown.add(catchThrowable(() -> http.execute(api.create(WRITE, Map.of("address", REQUEST_BODY)))));
    // A connector that wrongly puts the token itself into the URL: masked as a known secret.
    String current = tokens.token(tokens.fetches.get());
    thrown.add(catchThrowable(() -> http.execute(api.orders(READ, "x", current))));
    server.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/orders"))
        .withHeader("x-amz-access-token", equalTo(tokens.token(1))));
    return http;
  }

  @Test
  void logsOneRedactedLinePerRequestSent() {
    exerciseEverything(log);

    List<String> lines = log.lines();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .startsWith("GET /orders?nextToken=[redacted]&marketplaceIds=ATVPDKIKX0DER&api_key=[redacted] 401 0ms attempt=1")
        .endsWith("AMAZON searchOrders shop=eu-1");
    assertThat(lines.get(1)).contains(" 429 ").contains("attempt=2");
    assertThat(lines.get(2)).contains(" 200 0ms attempt=3");
    assertThat(sleeper.sleeps()).containsExactly(java.time.Duration.ofSeconds(1));
    assertThat(lines.get(3)).startsWith("POST /plans?api_key=[redacted] 500").contains("createInboundPlan");
    assertThat(lines.get(4)).startsWith("GET /orders?nextToken=[redacted]&marketplaceIds=[redacted]&api_key=[redacted] 200");
    for (String line : lines) {
      for (String seed : SEEDS) {
        assertThat(line).doesNotContain(seed);
      }
    }
  }

  @Test
  void noExceptionMessageCarriesASecretOrBody() {
    exerciseEverything(log);

    assertThat(thrown).hasSize(2).first().isNotNull();
    for (Throwable t : thrown) {
      if (t == null) {
        continue;
      }
      for (String seed : SEEDS) {
        assertThat(everything(t)).doesNotContain(seed);
      }
    }
  }

  @Test
  void theDefaultLoggerWritesTheLineAtDebugAndNothingSecretReachesAnyLogger() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger http = (Logger) LoggerFactory.getLogger("dev.crossborder.erp.platforms.http");
    Level rootLevel = root.getLevel();
    Level httpLevel = http.getLevel();
    ListAppender<ILoggingEvent> everything = new ListAppender<>();
    everything.start();
    root.addAppender(everything);
    root.setLevel(Level.TRACE);
    http.setLevel(Level.DEBUG);
    try {
      exerciseEverything(HttpLogger.slf4j());
    } finally {
      root.detachAppender(everything);
      root.setLevel(rootLevel);
      http.setLevel(httpLevel);
    }

    List<ILoggingEvent> ours =
        everything.list.stream().filter(e -> e.getLoggerName().equals("dev.crossborder.erp.platforms.http")).toList();
    assertThat(ours).hasSize(5).allMatch(e -> e.getLevel() == Level.DEBUG);
    for (ILoggingEvent event : everything.list) {
      String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
      for (String seed : SEEDS) {
        assertThat(text).doesNotContain(seed);
      }
    }
  }

  @Test
  void aLoggerThatThrowsDoesNotFailTheCall() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(okJson(PAGE)));
    ConnectorHttp http =
        ConnectorHttp.builder(READ.platform()).clock(clock).withoutRateLimiting()
            .logger(exchange -> {
              throw new IllegalStateException("broken logger");
            }).build();

    assertThat(http.execute(api(http).orders(READ)).orders()).hasSize(2);
  }

  @Test
  void secretsAndTokensNeverShowInToString() {
    AccessToken token = AccessToken.of(Secret.of(TOKEN_SEED), T0);

    assertThat(token.toString()).doesNotContain(TOKEN_SEED);
    assertThat(log.toString()).doesNotContain(TOKEN_SEED);
  }
}
