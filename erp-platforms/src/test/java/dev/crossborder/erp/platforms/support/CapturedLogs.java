package dev.crossborder.erp.platforms.support;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.crossborder.erp.platforms.http.HttpExchange;
import dev.crossborder.erp.platforms.http.RecordingHttpLogger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event at TRACE for one test ({@code @RegisterExtension}), then puts the root
 * logger back as it was; and checks captured text for secrets.
 */
public final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level previous = Level.INFO;

  @Override
  public void beforeEach(ExtensionContext context) {
    previous = root.getLevel();
    root.setLevel(Level.TRACE);
    appender.start();
    root.addAppender(appender);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    root.detachAppender(appender);
    root.setLevel(previous);
  }

  /** The events captured so far. */
  public List<ILoggingEvent> events() {
    return appender.list;
  }

  /** Logger name, message and stack trace of every event not written by WireMock or Jetty. */
  public List<String> ownLines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : appender.list) {
      if (!event.getLoggerName().startsWith("wiremock") && !event.getLoggerName().startsWith("org.eclipse")
          && !event.getLoggerName().startsWith("com.github.tomakehurst")) {
        lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
          lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
      }
    }
    return lines;
  }

  /**
   * Asserts that a run logged through both {@code recording} and the SLF4J HTTP logger, and that
   * none of {@code forbidden} is in {@code seen}, in what {@code recording} holds or in {@link
   * #ownLines()}.
   */
  public void assertRunLeaksNone(List<String> seen, RecordingHttpLogger recording, List<String> forbidden) {
    List<String> all = new ArrayList<>(seen);
    recording.exchanges().stream().map(HttpExchange::toString).forEach(all::add);
    all.addAll(recording.lines());
    all.addAll(ownLines());
    assertThat(recording.lines()).as("the recording logger saw the run").isNotEmpty();
    assertThat(events()).as("the SLF4J HTTP logger wrote at DEBUG")
        .anySatisfy(e -> assertThat(e.getLoggerName()).isEqualTo("dev.crossborder.erp.platforms.http"));
    assertContainsNone(all, forbidden);
  }

  /** Asserts that no text of {@code seen} contains any of {@code forbidden}. */
  public static void assertContainsNone(List<String> seen, List<String> forbidden) {
    for (String text : seen) {
      for (String secret : forbidden) {
        assertThat(text).as("captured text").doesNotContain(secret);
      }
    }
  }
}
