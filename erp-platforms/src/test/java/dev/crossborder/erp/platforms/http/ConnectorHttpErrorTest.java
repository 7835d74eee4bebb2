package dev.crossborder.erp.platforms.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.ConnectorException;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platform.PlatformUnavailableException;
import dev.crossborder.erp.platform.RateLimitedException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorHttpErrorTest extends HttpTestSupport {
  /** Seeded into bodies; must never reach a message. */
  private static final String BUYER = "Jane-Doe-42-Elm-Street-BUYERSEED";

  private ConnectorHttp http;
  private TestApi api;

  private Throwable whenOrdersAnswer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(answer));
    http = http().retryPolicy(RetryPolicy.none()).errorParser(AMAZON_ERRORS).build();
    api = api(http);
    Throwable thrown = catchThrowable(() -> http.execute(api.orders(READ)));
    assertThat(thrown).isInstanceOf(ConnectorException.class);
    assertThat(everything(thrown)).doesNotContain(BUYER).doesNotContain("Elm-Street");
    assertThat(((ConnectorException) thrown).operation()).isEqualTo("searchOrders");
    return thrown;
  }

  @Test
  void truncatedJsonIsMalformed() {
    Throwable thrown = whenOrdersAnswer(okJson("{\"orders\":[\"111-1\",\"" + BUYER));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class).hasMessageContaining("searchOrders");
    assertThat(((MalformedResponseException) thrown).field()).isEqualTo("orders[1]");
    assertThat(thrown.getCause()).isNull();
  }

  @Test
  void anHtmlPageOn200IsMalformed() {
    Throwable thrown =
        whenOrdersAnswer(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
            .withBody("<html><body>" + BUYER + " Service Unavailable</body></html>"));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class).hasMessageContaining("line 1");
    assertThat(((MalformedResponseException) thrown).field()).isEqualTo("body");
  }

  @Test
  void anEmptyBodyOn200IsMalformed() {
    Throwable thrown = whenOrdersAnswer(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void aJsonNullBodyIsMalformed() {
    Throwable thrown = whenOrdersAnswer(okJson("null"));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class).hasMessageContaining("body empty");
  }

  @Test
  void a204WhereABodyWasExpectedIsMalformed() {
    Throwable thrown = whenOrdersAnswer(aResponse().withStatus(204));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(((MalformedResponseException) thrown).httpStatus()).hasValue(204);
  }

  @Test
  void aFieldOfTheWrongTypeIsMalformedAndNamed() {
    Throwable thrown = whenOrdersAnswer(okJson("{\"orders\":[{\"name\":\"" + BUYER + "\"}]}"));

    assertThat(thrown).isInstanceOf(MalformedResponseException.class);
    assertThat(((MalformedResponseException) thrown).field()).isEqualTo("orders[0]");
  }

  @Test
  void aPlatformErrorCarriesItsCodeAndMessage() {
    Throwable thrown = whenOrdersAnswer(aResponse().withStatus(400).withBody(resource("amazon-error-400.json")));

    assertThat(thrown).isInstanceOf(PlatformRequestException.class);
    PlatformRequestException refused = (PlatformRequestException) thrown;
    assertThat(refused.platformCode()).isEqualTo("InvalidInput");
    assertThat(refused.platformMessage()).isEqualTo("Invalid Input");
    assertThat(refused.httpStatus()).hasValue(400);
    assertThat(refused.isRetryable()).isFalse();
  }

  @Test
  void anUnreadableErrorBodyIsReportedByStatus() {
    Throwable thrown = whenOrdersAnswer(aResponse().withStatus(404).withBody("<html>" + BUYER + "</html>"));

    assertThat(((PlatformRequestException) thrown).platformCode()).isEqualTo("HTTP_404");
  }

  @Test
  void aParserThatThrowsIsTreatedAsUnreadable() {
    server.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(400).withBody(BUYER)));
    ConnectorHttp throwing =
        http().errorParser((status, body) -> {
          throw new IllegalStateException(body);
        }).build();

    PlatformRequestException thrown =
        catchThrowableOfType(PlatformRequestException.class, () -> throwing.execute(api(throwing).orders(READ)));

    assertThat(thrown.platformCode()).isEqualTo("HTTP_400");
    assertThat(everything(thrown)).doesNotContain(BUYER);
  }

  @Test
  void a403IsForbidden() {
    Throwable thrown = whenOrdersAnswer(aResponse().withStatus(403).withBody(BUYER));

    assertThat(((AuthenticationException) thrown).reason()).isEqualTo(AuthenticationException.Reason.FORBIDDEN);
  }

  @Test
  void a401WithoutATokenSourceIsAnAuthenticationError() {
    Throwable thrown = whenOrdersAnswer(aResponse().withStatus(401));

    assertThat(((AuthenticationException) thrown).reason()).isEqualTo(AuthenticationException.Reason.EXPIRED);
  }

  @Test
  void a5xxWithAnErrorBodyIsUnavailable() {
    Throwable thrown = whenOrdersAnswer(aResponse().withStatus(500).withBody(resource("amazon-error-500.json")));

    assertThat(thrown).isInstanceOf(PlatformUnavailableException.class).hasMessageContaining("server error 500");
    assertThat(((PlatformUnavailableException) thrown).isRetryable()).isTrue();
  }

  @Test
  void executeDiscardingBodyAccepts204AndMapsFailures() {
    server.stubFor(post(urlPathEqualTo("/confirm")).willReturn(aResponse().withStatus(204)));
    ConnectorHttp discarding = http().build();

    discarding.executeDiscardingBody(api(discarding).confirm(WRITE, Map.of("carrier", "UPS")));

    server.stubFor(post(urlPathEqualTo("/confirm")).willReturn(aResponse().withStatus(409).withBody(BUYER)));
    Throwable thrown = catchThrowable(() -> discarding.executeDiscardingBody(api(discarding).confirm(WRITE, Map.of())));
    assertThat(thrown).isInstanceOf(PlatformRequestException.class);
    assertThat(everything(thrown)).doesNotContain(BUYER);
  }

  @Test
  void aRequestWithoutCallContextIsAWiringMistake() {
    ConnectorHttp plain = http().build();

    assertThat(catchThrowable(() -> plain.execute(api(plain).untagged())))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("CallContext");
  }

  @Test
  void toExceptionReadsRetryAfterAsAnHttpDate() {
    ConnectorHttp mapper = http().build();

    ConnectorException e = mapper.toException("getOrder", 429, "Sun, 01 Mar 2026 00:01:00 GMT", "");

    assertThat(e).isInstanceOf(RateLimitedException.class);
    assertThat(e.retryAfter()).contains(Duration.ofMinutes(1));
    assertThat(mapper.toException("getOrder", 302, null, "")).isInstanceOf(MalformedResponseException.class);
  }
}
