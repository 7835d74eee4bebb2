package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Error bodies of SP-API and LWA read for the HTTP layer. */
class SpApiErrorsTest {

  @Test
  void readsTheFirstErrorOfTheSandboxBodies() {
    assertThat(SpApiErrors.read(Fixtures.bytes("orders-2026-01-01-getOrder-400-sandbox.json"), 400))
        .isEqualTo(new SpApiErrors.PlatformError("InvalidInput", "Invalid Input"));
    // details equal to the message add nothing
    assertThat(SpApiErrors.read(Fixtures.bytes("orders-2026-01-01-searchOrders-400-sandbox.json"), 400))
        .isEqualTo(new SpApiErrors.PlatformError("InvalidInput", "Invalid Input"));
    assertThat(SpApiErrors.read(Fixtures.bytes("listings-2021-08-01-getListingsItem-400-sandbox.json"), 400))
        .isEqualTo(new SpApiErrors.PlatformError("BAD_REQUEST", "Invalid input"));
  }

  @Test
  void appendsDetailsAndCutsMessagesAt300Characters() {
    String long1 = "x".repeat(400);
    String body = "{\"errors\":[{\"code\":\"QuotaExceeded\",\"message\":\"" + long1 + "\",\"details\":\"d\"}]}";
    SpApiErrors.PlatformError e = SpApiErrors.read(body.getBytes(StandardCharsets.UTF_8), 429);
    assertThat(e.code()).isEqualTo("QuotaExceeded");
    assertThat(e.message()).hasSize(300);

    String withDetails = "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Bad date\",\"details\":\"createdAfter\"}]}";
    assertThat(SpApiErrors.read(withDetails.getBytes(StandardCharsets.UTF_8), 400).message())
        .isEqualTo("Bad date (createdAfter)");
  }

  @Test
  void namesTheStatusWhenTheBodyIsNoErrorList() {
    byte[] html = "<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8);
    assertThat(SpApiErrors.read(html, 502)).isEqualTo(new SpApiErrors.PlatformError("HTTP_502", "no readable error body"));
    assertThat(SpApiErrors.read(new byte[0], 503).code()).isEqualTo("HTTP_503");
    assertThat(SpApiErrors.read("{\"errors\":[]}".getBytes(StandardCharsets.UTF_8), 400).code()).isEqualTo("HTTP_400");
  }

  @Test
  void readsTheLwaInvalidGrantBody() {
    // shape documented in SP-API "Connecting to the Selling Partner API" (LWA token errors)
    byte[] body = "{\"error_description\":\"The request has an invalid grant parameter : refresh_token\",\"error\":\"invalid_grant\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(SpApiErrors.readLwa(body, 400))
        .isEqualTo(new SpApiErrors.PlatformError("invalid_grant", "The request has an invalid grant parameter : refresh_token"));
    assertThat(SpApiErrors.readLwa("oops".getBytes(StandardCharsets.UTF_8), 500).code()).isEqualTo("HTTP_500");
  }
}
