package dev.crossborder.erp.testkit.platform;

import static java.util.Objects.requireNonNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crossborder.erp.kernel.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link HttpConnectorContract} hands a connector under test: the WireMock server that plays
 * the platform, the clock the connector must read time from, the sleeper all its waits must go
 * through, and the sink its HTTP logger must write to. The connector is built on these in {@link
 * HttpConnectorContract#newScenario(HttpEnvironment)}, so that the kit can see every request it
 * sends, every wait it makes (in clock time, never real time) and every line it logs.
 *
 * <p>One environment serves one test. Thread-safe: a connector may wait and log from any thread.
 */
public final class HttpEnvironment {
  private final WireMockServer server;
  private final MutableClock clock;
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();

  HttpEnvironment(WireMockServer server, MutableClock clock) {
    this.server = requireNonNull(server, "server == null");
    this.clock = requireNonNull(clock, "clock == null");
  }

  /**
   * The platform's base URL, such as {@code http://localhost:53127}, without a trailing slash; the
   * connector sends every request, its token requests included, below it.
   */
  public String baseUrl() {
    return server.baseUrl();
  }

  /**
   * The running WireMock server that plays the platform. Stub the token endpoint (and anything else
   * the connector needs besides the kit's two operations) on it; the kit stubs the operations
   * itself, test by test, and its stubs take precedence over the scenario's.
   */
  public WireMockServer server() {
    return server;
  }

  /** The clock the connector must read time from (token expiry, rate limits, {@code Retry-After}). */
  public MutableClock clock() {
    return clock;
  }

  /**
   * The kit's sleeper: advances {@link #clock()} by {@code duration} at once and records the wait.
   * The connector must make every wait (retry backoff, {@code Retry-After}, rate limiting) through
   * this; a subclass adapts it to its connector's own sleeper type, for example {@code
   * .sleeper(env::sleep)}.
   *
   * @param duration how long the connector wants to wait, zero or positive
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public void sleep(Duration duration) {
    requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("sleep duration must not be negative, not " + duration);
    }
    synchronized (this) {
      sleeps.add(duration);
    }
    clock.advance(duration);
  }

  /**
   * Receives one line of the connector's HTTP log. The connector's HTTP logger must write here
   * everything it would write to the host's log, so the kit can check that no secret reaches it.
   */
  public synchronized void log(String line) {
    lines.add(requireNonNull(line, "line == null"));
  }

  /** The waits recorded by {@link #sleep(Duration)} since the kit last cleared them, oldest first. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Every line received by {@link #log(String)} in this test, oldest first. */
  public synchronized List<String> logLines() {
    return List.copyOf(lines);
  }

  /** Forgets the recorded waits (between the kit's drills); log lines are kept. */
  synchronized void clearSleeps() {
    sleeps.clear();
  }

  @Override
  public synchronized String toString() {
    return "HttpEnvironment[" + server.baseUrl() + ", " + clock + ", " + sleeps.size() + " sleeps, " + lines.size()
        + " log lines]";
  }
}
