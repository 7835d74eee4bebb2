package dev.crossborder.erp.testkit.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract kit of HTTP connectors: JUnit 5 tests of how a {@link PlatformConnector} that talks
 * HTTP behaves when its platform throttles, refuses, fails or answers garbage, and whether any
 * secret leaks. A connector's test extends this class and builds a scenario on the kit's WireMock
 * server:
 *
 * <pre>{@code
 * class MyConnectorHttpContractTest extends HttpConnectorContract {
 *   @Override
 *   protected HttpScenario newScenario(HttpEnvironment env) {
 *     env.server().stubFor(post("/token").willReturn(okJson(TOKEN)));
 *     MyConnector connector = MyConnector.builder().endpoint(env.baseUrl()).clock(env.clock())
 *         .sleeper(env::sleep).httpLogger(e -> env.log(e.line())).credentials(CREDENTIALS).build();
 *     return new MyScenario(connector); // a read, a non-idempotent write, the secrets in play
 *   }
 * }
 * }</pre>
 *
 * <p>It complements {@link PlatformConnectorContract}, which checks what a connector maps; this
 * kit checks the HTTP behaviour every connector must share. Each test starts a WireMock server on
 * a dynamic port and a {@link MutableClock} at {@link #T0}, asks {@link
 * #newScenario(HttpEnvironment)} for a connector built on them, stubs the scenario's {@linkplain
 * HttpScenario#read() read} and {@linkplain HttpScenario#write() write} with its own answers, and
 * calls them. Time passes only through {@link HttpEnvironment#sleep}, so nothing really waits and
 * the whole kit runs in about two seconds, WireMock's start included. What the kit expects:
 *
 * <ul>
 *   <li>429 is retried after the platform's {@code Retry-After}, waited in clock time; a 429 that
 *       persists ends, within {@value #MAX_REQUESTS} requests and {@link #MAX_WAIT} of waiting, in
 *       a {@link RateLimitedException}. A throttled write is sent again: the platform did not
 *       process it.
 *   <li>401 is an {@link AuthenticationException} after at most one refresh and repeat, never a
 *       retry storm.
 *   <li>5xx on a read is retried, boundedly, and ends in a {@link PlatformUnavailableException};
 *       5xx on a write is never re-sent: the connector reports a typed failure or what it learnt by
 *       reading back.
 *   <li>A truncated JSON body, an HTML page with 200 and an empty 200 are {@link
 *       ConnectorException}s (ideally {@code MalformedResponseException}), never an exception of
 *       the connector's JSON or HTTP library.
 *   <li>No {@linkplain HttpScenario#secrets() secret} appears in the connector's log lines, in any
 *       exception message or cause, or in the {@code toString()} of a result or of the connector.
 * </ul>
 *
 * <p>Tests are plain methods of this class, so selecting the subclass alone runs all of them. Not
 * thread-safe: JUnit creates one instance per test.
 */
public abstract class HttpConnectorContract {
  /** Where the kit's clock starts in every test. */
  protected static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

  /** The most requests the kit accepts for one call that keeps failing, the first included. */
  protected static final int MAX_REQUESTS = 10;

  /** The most clock time the kit accepts a connector to wait within one call that keeps failing. */
  protected static final Duration MAX_WAIT = Duration.ofMinutes(10);

  private static final int MIN_SECRET_LENGTH = 8;
  private static final String HTML_PAGE =
      "<!DOCTYPE html>\n<html><head><title>503 Service Temporarily Unavailable</title></head>\n"
          + "<body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>\n";

  private @Nullable WireMockServer server;
  private @Nullable HttpEnvironment env;
  private @Nullable HttpScenario scenario;
  private final List<StubMapping> kitStubs = new ArrayList<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private final StringBuilder sentToPlatform = new StringBuilder();

  /** Creates the kit; subclasses need no constructor of their own. */
  protected HttpConnectorContract() {}

  /**
   * A new scenario: a connector built on {@code env} (its base URL, clock, sleeper and log), with
   * the platform's token endpoint stubbed on {@code env.server()}. Called once before each test; the
   * kit closes it after the test.
   *
   * @param env the test's WireMock server, clock, sleeper and log
   */
  protected abstract HttpScenario newScenario(HttpEnvironment env);

  /** Starts WireMock and the clock and opens the test's scenario; runs before each test. */
  @BeforeEach
  protected final void startPlatform() {
    WireMockServer started = new WireMockServer(options().dynamicPort());
    started.start();
    server = started;
    env = new HttpEnvironment(started, MutableClock.at(T0));
    scenario = requireNonNull(newScenario(env), "newScenario returned null");
    List<String> secrets = scenario.secrets();
    assertThat(secrets).as("HttpScenario.secrets(): the secrets in play").isNotEmpty();
    for (String secret : secrets) {
      assertThat(secret)
          .as("every secret of HttpScenario.secrets() is at least %d characters, to be told apart", MIN_SECRET_LENGTH)
          .hasSizeGreaterThanOrEqualTo(MIN_SECRET_LENGTH);
    }
  }

  /** Closes the scenario and stops WireMock; runs after each test. */
  @AfterEach
  protected final void stopPlatform() {
    try {
      if (scenario != null) {
        scenario.close();
      }
    } finally {
      scenario = null;
      if (server != null) {
        server.stop();
        server = null;
      }
    }
  }

  @Test
  void readAndWriteSucceedOnTheirStubbedAnswersWithOneRequestEach() {
    assertSucceeded(readSucceeds());
    assertThat(requests(scenario().read())).as("%s requests", scenario().read().name()).isEqualTo(1);
    assertSucceeded(writeSucceeds());
    assertThat(requests(scenario().write())).as("%s requests", scenario().write().name()).isEqualTo(1);
  }

  @Test
  void waitsForRetryAfterOn429AndRetries() {
    assertSucceeded(readThrottledOnce());
    assertThat(environment().sleeps())
        .as("the waits made through HttpEnvironment.sleep after a 429 with Retry-After: 5")
        .anyMatch(wait -> wait.compareTo(Duration.ofSeconds(5)) >= 0);
    assertThat(requests(scenario().read())).as("%s requests: the 429 and one retry", scenario().read().name()).isEqualTo(2);
  }

  @Test
  void persistent429EndsInRateLimitedExceptionWithinABoundedBudget() {
    assertFailedWith(readAlwaysThrottled(), RateLimitedException.class);
    assertThat(requests(scenario().read()))
        .as("%s requests while the platform kept answering 429", scenario().read().name())
        .isGreaterThan(1)
        .isLessThanOrEqualTo(MAX_REQUESTS);
    assertThat(totalWait()).as("clock time waited").isLessThanOrEqualTo(MAX_WAIT);
  }

  @Test
  void throttledWriteIsSentAgainSinceThePlatformDidNotProcessIt() {
    assertSucceeded(writeThrottledOnce());
    assertThat(requests(scenario().write())).as("%s requests: the 429 and one retry", scenario().write().name()).isEqualTo(2);
    assertThat(environment().sleeps()).as("the waits after a 429 with Retry-After: 2")
        .anyMatch(wait -> wait.compareTo(Duration.ofSeconds(2)) >= 0);
  }

  @Test
  void authenticationFailureIsTypedWithoutARetryStorm() {
    assertFailedWith(readUnauthorized(), AuthenticationException.class);
    assertThat(requests(scenario().read()))
        .as("%s requests while the platform kept answering 401: one, and at most one repeat after a token refresh",
            scenario().read().name())
        .isLessThanOrEqualTo(2);
  }

  @Test
  void serverErrorsAreRetriedBoundedlyOnReads() {
    assertFailedWith(readAlwaysFailing(), PlatformUnavailableException.class);
    assertThat(requests(scenario().read()))
        .as("%s requests while the platform kept answering 503", scenario().read().name())
        .isBetween(2, MAX_REQUESTS);
    assertThat(totalWait()).as("clock time waited").isLessThanOrEqualTo(MAX_WAIT);

    assertSucceeded(readFailingOnce());
    assertThat(requests(scenario().read())).as("%s requests: the 503 and one retry", scenario().read().name()).isEqualTo(2);
  }

  @Test
  void serverErrorOnAWriteIsNeverResentBlindly() {
    Outcome outcome = writeFailing();
    assertThat(requests(scenario().write()))
        .as("%s requests after a 503: a non-idempotent write may have been applied, so it is sent once",
            scenario().write().name())
        .isEqualTo(1);
    if (outcome.failure() != null) {
      assertThat(outcome.failure())
          .as("what %s throws after a 503", scenario().write().name())
          .isInstanceOf(ConnectorException.class);
    } else {
      assertThat(readBackAfterWrite())
          .as("%s returned %s after a 503, which it can know only by reading back; no request followed the write",
              scenario().write().name(), outcome.result())
          .isTrue();
    }
  }

  @Test
  void malformedBodiesAreTypedErrors() {
    assertFailedWith(readMalformed(Malformed.TRUNCATED_JSON), ConnectorException.class);
    assertFailedWith(readMalformed(Malformed.HTML_PAGE), ConnectorException.class);
    assertFailedWith(readMalformed(Malformed.EMPTY_BODY), ConnectorException.class);
  }

  @Test
  void nothingSecretLeaks() {
    readSucceeds();
    writeSucceeds();
    readThrottledOnce();
    readAlwaysThrottled();
    writeThrottledOnce();
    readUnauthorized();
    readAlwaysFailing();
    readFailingOnce();
    writeFailing();
    for (Malformed kind : Malformed.values()) {
      readMalformed(kind);
    }
    harvestRequests();

    List<String> secrets = scenario().secrets();
    assertThat(secrets)
        .as("HttpScenario.secrets(): at least one must reach the platform (a token header, a token request),"
            + " or the list is not the one in play")
        .anyMatch(secret -> containsAnyForm(sentToPlatform, secret));

    List<String> recorded = new ArrayList<>();
    environment().logLines().forEach(line -> recorded.add("log line: " + line));
    for (Outcome outcome : outcomes) {
      if (outcome.failure() != null) {
        for (Throwable t : causesOf(outcome.failure())) {
          recorded.add(outcome.drill() + " threw: " + t + " / message: " + t.getMessage());
        }
      } else {
        recorded.add(outcome.drill() + " returned: " + outcome.result());
      }
    }
    recorded.add("connector: " + scenario().connector());
    for (int i = 0; i < secrets.size(); i++) {
      String secret = secrets.get(i);
      for (String text : recorded) {
        if (containsAnyForm(text, secret)) {
          fail("secret #%d of HttpScenario.secrets() leaked into %s", i + 1, text);
        }
      }
    }
  }

  // The drills: each resets the kit's stubs, stubs the platform's answers and calls the connector.

  private Outcome readSucceeds() {
    HttpOperation read = reset().read();
    stub(read.request().willReturn(read.success()));
    return attempt("read", read);
  }

  private Outcome writeSucceeds() {
    HttpOperation write = reset().write();
    stub(write.request().willReturn(write.success()));
    return attempt("write", write);
  }

  private Outcome readThrottledOnce() {
    HttpOperation read = reset().read();
    stubOnceThen(read, aResponse().withStatus(429).withHeader("Retry-After", "5"), read.success());
    return attempt("read throttled once", read);
  }

  private Outcome writeThrottledOnce() {
    HttpOperation write = reset().write();
    stubOnceThen(write, aResponse().withStatus(429).withHeader("Retry-After", "2"), write.success());
    return attempt("write throttled once", write);
  }

  private Outcome readAlwaysThrottled() {
    HttpOperation read = reset().read();
    stub(read.request().willReturn(jsonError(429, "QuotaExceeded", "You exceeded your quota for the requested resource.")));
    return attempt("read always throttled", read);
  }

  private Outcome readUnauthorized() {
    HttpOperation read = reset().read();
    stub(read.request().willReturn(jsonError(401, "Unauthorized", "Access to requested resource is denied.")));
    return attempt("read unauthorized", read);
  }

  private Outcome readAlwaysFailing() {
    HttpOperation read = reset().read();
    stub(read.request().willReturn(jsonError(503, "ServiceUnavailable", "Service temporarily unavailable.")));
    return attempt("read always failing", read);
  }

  private Outcome readFailingOnce() {
    HttpOperation read = reset().read();
    stubOnceThen(read, jsonError(503, "ServiceUnavailable", "Service temporarily unavailable."), read.success());
    return attempt("read failing once", read);
  }

  private Outcome writeFailing() {
    HttpOperation write = reset().write();
    stub(write.request().willReturn(jsonError(503, "ServiceUnavailable", "Service temporarily unavailable.")));
    return attempt("write failing", write);
  }

  private Outcome readMalformed(Malformed kind) {
    HttpOperation read = reset().read();
    ResponseDefinitionBuilder answer =
        switch (kind) {
          case TRUNCATED_JSON -> aResponse()
              .withStatus(200)
              .withHeader("Content-Type", "application/json")
              .withBody(truncated(read.success().build()));
          case HTML_PAGE -> aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(HTML_PAGE);
          case EMPTY_BODY -> aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("");
        };
    stub(read.request().willReturn(answer));
    return attempt("read answered with " + kind.description, read);
  }

  /** The first half of the platform's real success body: JSON cut off mid-way. */
  private static String truncated(ResponseDefinition success) {
    String body = success.getBody();
    if (body == null || body.length() < 4) {
      return "{\"items\":[{\"id\":";
    }
    return body.substring(0, body.length() / 2);
  }

  private static ResponseDefinitionBuilder jsonError(int status, String code, String message) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}");
  }

  // Plumbing.

  private enum Malformed {
    TRUNCATED_JSON("truncated JSON"),
    HTML_PAGE("an HTML page with 200"),
    EMPTY_BODY("an empty 200 body");

    private final String description;

    Malformed(String description) {
      this.description = description;
    }
  }

  /** What one call of an operation came to: a result or an exception. */
  private record Outcome(String drill, @Nullable Object result, @Nullable Exception failure) {}

  private Outcome attempt(String drill, HttpOperation operation) {
    Outcome outcome;
    try {
      outcome = new Outcome(drill + " (" + operation.name() + ")", operation.invoke(), null);
    } catch (Exception e) {
      outcome = new Outcome(drill + " (" + operation.name() + ")", null, e);
    }
    outcomes.add(outcome);
    return outcome;
  }

  private static void assertSucceeded(Outcome outcome) {
    if (outcome.failure() != null) {
      fail(outcome.drill() + " should have succeeded but threw " + outcome.failure(), outcome.failure());
    }
  }

  private static void assertFailedWith(Outcome outcome, Class<? extends ConnectorException> expected) {
    if (outcome.failure() == null) {
      fail("%s should have thrown %s but returned %s", outcome.drill(), expected.getSimpleName(), outcome.result());
    }
    assertThat(outcome.failure()).as("what %s threw", outcome.drill()).isInstanceOf(expected);
  }

  /** Removes the kit's stubs, forgets requests, scenario states and waits; returns the scenario. */
  private HttpScenario reset() {
    WireMockServer wireMock = server();
    harvestRequests();
    kitStubs.forEach(wireMock::removeStub);
    kitStubs.clear();
    wireMock.resetRequests();
    wireMock.resetScenarios();
    environment().clearSleeps();
    return scenario();
  }

  private void stub(MappingBuilder mapping) {
    kitStubs.add(server().stubFor(mapping));
  }

  /** Stubs {@code first} for the operation's first request and {@code then} for every later one. */
  private void stubOnceThen(HttpOperation operation, ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    String name = "http-contract-" + operation.name() + "-" + kitStubs.size() + "-" + outcomes.size();
    stub(operation.request().inScenario(name).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered").willReturn(first));
    stub(operation.request().inScenario(name).whenScenarioStateIs("answered").willReturn(then));
  }

  /** How many requests of {@code operation} reached the platform since the last reset. */
  private int requests(HttpOperation operation) {
    return server().countRequestsMatching(pattern(operation)).getCount();
  }

  private static RequestPattern pattern(HttpOperation operation) {
    return operation.request().willReturn(aResponse()).build().getRequest();
  }

  /** Whether some GET reached the platform after the write's request. */
  private boolean readBackAfterWrite() {
    RequestPattern write = pattern(scenario().write());
    List<ServeEvent> events = new ArrayList<>(server().getAllServeEvents());
    Collections.reverse(events); // oldest first
    boolean written = false;
    for (ServeEvent event : events) {
      LoggedRequest request = event.getRequest();
      if (write.match(request).isExactMatch()) {
        written = true;
      } else if (written && "GET".equals(request.getMethod().getName())) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the text of every request the platform received, to check that the secrets were in play. */
  private void harvestRequests() {
    for (ServeEvent event : server().getAllServeEvents()) {
      LoggedRequest request = event.getRequest();
      sentToPlatform.append(request.getUrl()).append('\n').append(request.getHeaders()).append('\n')
          .append(request.getBodyAsString()).append('\n');
    }
  }

  private Duration totalWait() {
    return environment().sleeps().stream().reduce(Duration.ZERO, Duration::plus);
  }

  private static boolean containsAnyForm(CharSequence text, String secret) {
    String haystack = text.toString();
    return haystack.contains(secret) || haystack.contains(URLEncoder.encode(secret, StandardCharsets.UTF_8));
  }

  /** {@code thrown}, its causes and everything suppressed along the way, each once. */
  private static List<Throwable> causesOf(Throwable thrown) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> all = new ArrayList<>();
    List<Throwable> pending = new ArrayList<>(List.of(thrown));
    while (!pending.isEmpty()) {
      Throwable t = pending.remove(pending.size() - 1);
      if (!seen.add(t)) {
        continue;
      }
      all.add(t);
      if (t.getCause() != null) {
        pending.add(t.getCause());
      }
      pending.addAll(List.of(t.getSuppressed()));
    }
    return all;
  }

  private HttpScenario scenario() {
    return requireNonNull(scenario, "no scenario: the kit's tests run between startPlatform and stopPlatform");
  }

  private HttpEnvironment environment() {
    return requireNonNull(env, "no environment");
  }

  private WireMockServer server() {
    return requireNonNull(server, "no WireMock server");
  }
}
