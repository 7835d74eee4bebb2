package dev.crossborder.erp.platforms.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.HttpLogger;
import dev.crossborder.erp.platforms.support.CapturedLogs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A run with every log event at TRACE captured (orders, a THROTTLED answer, a tracking upload, a
 * refused token): no access token and no tracking-bearing body in any log line or exception text.
 */
class ShopifyLoggingTest extends ShopifyTestSupport {
  @RegisterExtension final CapturedLogs logs = new CapturedLogs();

  @Test
  void noTokenReachesALogLineOrAnException() {
    OrderWindow window = new OrderWindow(Instant.parse("2008-01-10T00:00:00Z"), Instant.parse("2008-01-11T00:00:00Z"));
    server.stubFor(op("Orders").inScenario("t").whenScenarioStateIs("Started").willSetStateTo("ok")
        .willReturn(json(200, fixture("gql-throttled-error.json"))));
    server.stubFor(op("Orders").inScenario("t").whenScenarioStateIs("ok").willReturn(dataFixture("gql-orders-page-derived.json")));
    server.stubFor(op("OrderFulfillments").willReturn(dataFixture("gql-orderFulfillments-derived.json")));
    server.stubFor(op("FulfillmentCreate").willReturn(dataFixture("gql-fulfillmentCreate-derived.json")));
    server.stubFor(op("ProductVariants")
        .willReturn(json(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}")));
    List<String> seen = new ArrayList<>();
    ShopifyConnector connector = ShopifyConnector.builder()
        .credentials(credentials)
        .clock(clock)
        .sleeper(sleeper)
        .logger(HttpLogger.slf4j())
        .endpoint(server.baseUrl())
        .build();

    connector.capability(OrderSource.class).orElseThrow().orders(shop, window, null);
    connector.capability(ShipmentConfirmer.class).orElseThrow().confirm(shop, new ShipmentConfirmation("450789469",
        List.of(new ShipmentConfirmation.Item("518995019", Quantity.of(1))), "UPS", null, "1Z999AA10123456784", null, T0));
    credentials.put(shop.id(), Credentials.of("access_token", ROTATED_TOKEN));
    assertThatThrownBy(() -> connector.capability(dev.crossborder.erp.platform.ListingSource.class).orElseThrow()
        .listing(shop, "BURTON-151"))
        .isInstanceOf(AuthenticationException.class)
        .satisfies(e -> seen.add(stackTrace(e)));

    logs.events().forEach(e -> seen.add(e.getFormattedMessage() + " " + e.getThrowableProxy()));
    assertThat(logs.events()).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("FulfillmentCreate"));
    assertThat(String.join("\n", seen)).doesNotContain(ACCESS_TOKEN).doesNotContain(ROTATED_TOKEN)
        .doesNotContain("TESTACCESSTOKEN").doesNotContain("Louisville");
  }

  private static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
