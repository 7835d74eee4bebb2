package dev.crossborder.erp.platforms.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.util.Objects.requireNonNull;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platforms.http.ConnectorBuilder;
import dev.crossborder.erp.platforms.http.RecordingHttpLogger;
import dev.crossborder.erp.platforms.http.RecordingSleeper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every HTTP connector's WireMock tests start from: a WireMock server on a dynamic port (up
 * before the subclass's own {@code @BeforeEach}, down after its {@code @AfterEach}), a {@link
 * MutableClock} at the subclass's start instant with a sleeper that advances it, a recording HTTP
 * logger, and helpers for JSON answers, fixtures under {@code src/test/resources/<platform>/} and
 * exception text.
 */
public abstract class ConnectorTestSupport {
  private final Instant start;

  protected WireMockServer server;
  protected MutableClock clock;
  protected RecordingSleeper sleeper;
  protected RecordingHttpLogger log;

  /** A support whose clock starts at {@code start}. */
  protected ConnectorTestSupport(Instant start) {
    this.start = requireNonNull(start, "start == null");
  }

  @BeforeEach
  protected final void startServer() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    clock = MutableClock.at(start);
    sleeper = new RecordingSleeper(clock);
    log = new RecordingHttpLogger();
  }

  @AfterEach
  protected final void stopServer() {
    server.stop();
  }

  /**
   * {@code builder} on this test's server (its endpoint), clock, sleeper and recording logger with
   * {@code credentials}.
   */
  protected final <B extends ConnectorBuilder<B>> B onServer(B builder, CredentialsProvider credentials) {
    return builder.credentials(credentials).clock(clock).sleeper(sleeper).logger(log).endpoint(server.baseUrl() + "/");
  }

  /** An answer of {@code status} with the JSON {@code body}. */
  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** The text of the fixture {@code name} in the test resources' folder {@code platform}. */
  public static String fixture(String platform, String name) {
    try (InputStream in = ConnectorTestSupport.class.getResourceAsStream("/" + platform + "/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every message and toString in a throwable's cause and suppressed chain. */
  public static String everything(Throwable thrown) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      text.append(t).append('\n');
      for (Throwable s : t.getSuppressed()) {
        text.append(everything(s));
      }
    }
    return text.toString();
  }
}
