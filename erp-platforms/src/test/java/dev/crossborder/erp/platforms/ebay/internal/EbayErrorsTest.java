package dev.crossborder.erp.platforms.ebay.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platforms.http.PlatformErrorParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error shape of the fixtures in {@code src/test/resources/ebay/} reads as typed issues. */
class EbayErrorsTest {

  @Test
  void readsTheRestfulErrorsArrayWithItsSingularParameter() {
    assertThat(EbayErrors.read(fixture("error-rest-errors-400.json"))).singleElement().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("1");
      assertThat(issue.message()).as("message, never longMessage").isEqualTo("Error Message");
      assertThat(issue.severity()).isEqualTo(PlatformIssue.Severity.ERROR);
      assertThat(issue.attributes()).containsExactly("name");
    });
  }

  @Test
  void readsThePostOrderErrorArrayWithEveryError() {
    List<PlatformIssue> issues = EbayErrors.read(fixture("error-rest-postorder-style-error-array-400.json"));

    assertThat(issues).extracting(PlatformIssue::code).containsExactly("292024", "292023");
    assertThat(issues.get(0).attributes()).containsExactly("invalidshippingcarriername");
    assertThat(issues.get(1).message()).isEqualTo("Eine gültige Sendungsnummer ist erforderlich.");
  }

  @Test
  void readsThePostOrderErrorMessageObject() {
    assertThat(EbayErrors.read(fixture("error-postorder-errorMessage.json")))
        .singleElement()
        .satisfies(issue -> assertThat(issue.code()).isEqualTo("1"));
  }

  @Test
  void readsOAuthErrors() {
    assertThat(EbayErrors.read(fixture("error-oauth.json"))).singleElement().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("Error Message");
      assertThat(issue.message()).isEqualTo("description");
    });
    assertThat(EbayErrors.read(fixture("error-oauth-invalid-access-token-401.json")))
        .singleElement()
        .satisfies(issue -> assertThat(issue.code()).isEqualTo("1001"));
  }

  @Test
  void readsATradingAnswerConvertedToJson() {
    assertThat(EbayErrors.read(fixture("error-trading-xml-as-json.json"))).singleElement().satisfies(issue -> {
      assertThat(issue.code()).isEqualTo("930");
      assertThat(issue.message()).isEqualTo("Error Message");
    });
  }

  @Test
  void namesTheValueWhereEbayNumbersTheParameters() {
    byte[] body = "{\"errors\":[{\"errorId\":25002,\"message\":\"A user error has occurred. Brand is missing\",\"parameters\":[{\"name\":\"0\",\"value\":\"Brand\"}]}]}"
        .getBytes(StandardCharsets.UTF_8);

    assertThat(EbayErrors.read(body)).singleElement().satisfies(issue -> assertThat(issue.attributes()).containsExactly("Brand"));
  }

  @Test
  void readsNothingFromHtmlTruncatedOrEmptyBodiesWithoutThrowing() {
    assertThat(EbayErrors.read("<html><body>503</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(EbayErrors.read("{\"errors\":[{\"errorId\":1,".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(EbayErrors.read(new byte[0])).isEmpty();
    assertThat(EbayErrors.read(null)).isEmpty();
  }

  @Test
  void theLayersParserTakesTheFirstIssue() {
    String body = new String(fixture("error-rest-postorder-style-error-array-400.json"), StandardCharsets.UTF_8);

    assertThat(EbayErrors.parser().parse(400, body)).contains(new PlatformErrorParser.PlatformError("292024", "Error Message"));
    assertThat(EbayErrors.parser().parse(400, "not json")).isEmpty();
  }

  private static byte[] fixture(String name) {
    try (InputStream in = EbayErrorsTest.class.getResourceAsStream("/ebay/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
