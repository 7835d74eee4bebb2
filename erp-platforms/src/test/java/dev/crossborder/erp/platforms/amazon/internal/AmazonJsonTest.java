package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.amazon.internal.ErrorsWire.AmazonMoney;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.SearchOrdersResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The quirks of Amazon's own payloads, and broken bodies, through the shared mapper. */
class AmazonJsonTest {

  /** A record with one field of each tolerant type. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Quirks(
      @Nullable Instant date,
      @Nullable Boolean flag,
      @Nullable Long count,
      @Nullable Integer small,
      @Nullable AmazonMoney money) {}

  private static Quirks read(String json) {
    return AmazonJson.read("test", 200, json, Quirks.class);
  }

  @Test
  void readsEmptyStringDatesAsAbsent() {
    assertThat(read("{\"date\": \"\"}").date()).isNull();
    assertThat(read("{\"date\": \"  \"}").date()).isNull();
  }

  @Test
  void readsNumericDatesAsEpochSecondsOrMillis() {
    assertThat(read("{\"date\": 1711630530}").date()).isEqualTo(Instant.parse("2024-03-28T12:55:30Z"));
    assertThat(read("{\"date\": 1711630530123}").date()).isEqualTo(Instant.parse("2024-03-28T12:55:30.123Z"));
    assertThat(read("{\"date\": \"1711630530\"}").date()).isEqualTo(Instant.parse("2024-03-28T12:55:30Z"));
  }

  @Test
  void readsIsoDatesWithOffsetsWithoutOffsetsAndBareDates() {
    assertThat(read("{\"date\": \"2022-02-11T01:00:00.000Z\"}").date()).isEqualTo(Instant.parse("2022-02-11T01:00:00Z"));
    assertThat(read("{\"date\": \"2024-12-25T10:30:00+09:00\"}").date()).isEqualTo(Instant.parse("2024-12-25T01:30:00Z"));
    assertThat(read("{\"date\": \"2024-12-25T10:30:00\"}").date()).isEqualTo(Instant.parse("2024-12-25T10:30:00Z"));
    assertThat(read("{\"date\": \"2024-01-01\"}").date()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void readsBooleansAndCountsThatArriveAsStrings() {
    Quirks q = read("{\"flag\": \"false\", \"count\": \"1\", \"small\": \"42\"}");
    assertThat(q.flag()).isFalse();
    assertThat(q.count()).isEqualTo(1L);
    assertThat(q.small()).isEqualTo(42);
    assertThat(read("{\"flag\": \"TRUE\", \"count\": 2.0}").flag()).isTrue();
    assertThat(read("{\"flag\": \"\", \"count\": \"\"}").count()).isNull();
  }

  @Test
  void readsAmountsOfAnyScaleExactlyAsDecimals() {
    assertThat(read("{\"money\": {\"currencyCode\": \"JPY\", \"amount\": \"5980\"}}").money().amount())
        .isEqualTo(new BigDecimal("5980"));
    assertThat(read("{\"money\": {\"currencyCode\": \"USD\", \"amount\": \"12.3\"}}").money().amount())
        .isEqualTo(new BigDecimal("12.3"));
    assertThat(read("{\"money\": {\"currencyCode\": \"USD\", \"amount\": \"-13.240\"}}").money().amount())
        .isEqualTo(new BigDecimal("-13.240"));
    // a JSON number is read from its text, never through a double
    assertThat(read("{\"money\": {\"currencyCode\": \"USD\", \"amount\": 0.1}}").money().amount())
        .isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void normalisesAmountsToTheCurrencyScaleRoundingSubUnitDigitsHalfEven() {
    WireContext ctx = new WireContext("test", 200);
    assertThat(ctx.money(new AmazonMoney("JPY", new BigDecimal("5980")), "m")).isEqualTo(Money.of("5980", "JPY"));
    assertThat(ctx.money(new AmazonMoney("USD", new BigDecimal("12.3")), "m").amount()).isEqualTo(new BigDecimal("12.30"));
    assertThat(ctx.money(new AmazonMoney("USD", new BigDecimal("12.340")), "m")).isEqualTo(Money.of("12.34", "USD"));
    assertThat(ctx.money(new AmazonMoney("USD", new BigDecimal("0.125")), "m")).isEqualTo(Money.of("0.12", "USD"));
    assertThat(ctx.money(new AmazonMoney("BHD", new BigDecimal("1.5")), "m").amount()).isEqualTo(new BigDecimal("1.500"));
    assertThatThrownBy(() -> ctx.money(new AmazonMoney("CNH", new BigDecimal("1")), "price"))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("price.currencyCode"));
    assertThatThrownBy(() -> ctx.money(new AmazonMoney("USD", null), "price"))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("price.amount"));
  }

  @Test
  void namesTheFieldOfAnUnreadableValueByItsJsonPath() {
    String json = "{\"orders\": [{\"orderId\": \"1\", \"createdTime\": \"yesterday\"}]}";
    assertThatThrownBy(() -> AmazonJson.read("searchOrders", 200, json, SearchOrdersResponse.class))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("searchOrders")
        .hasMessageContaining("is not a date-time")
        .hasMessageNotContaining("yesterday")
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("orders[0].createdTime"));

    String amount = "{\"money\": {\"currencyCode\": \"USD\", \"amount\": \"eleven\"}}";
    assertThatThrownBy(() -> read(amount))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("money.amount"));

    assertThatThrownBy(() -> read("{\"flag\": \"maybe\"}"))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("flag"));
    assertThatThrownBy(() -> read("{\"small\": 3000000000}"))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("small"));
  }

  @Test
  void turnsTruncatedJsonIntoATypedErrorOnTheBody() {
    byte[] real = Fixtures.bytes("orders-2026-01-01-searchOrders-200.json");
    byte[] truncated = Arrays.copyOf(real, real.length / 2);
    assertThatThrownBy(() -> AmazonJson.read("searchOrders", 200, truncated, SearchOrdersResponse.class))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("truncated")
        .satisfies(e -> {
          MalformedResponseException m = (MalformedResponseException) e;
          assertThat(m.field()).isEqualTo("body");
          assertThat(m.httpStatus()).hasValue(200);
          assertThat(m.operation()).isEqualTo("searchOrders");
          assertThat(m.isRetryable()).isFalse();
        });
  }

  @Test
  void turnsAnHtmlErrorPageIntoATypedErrorWithoutEchoingIt() {
    String html = "<html><body><h1>503 Service Unavailable</h1>John Smith</body></html>";
    assertThatThrownBy(() -> AmazonJson.read("getOrder", 503, html, OrdersWire.GetOrderResponse.class))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("is not JSON")
        .hasMessageNotContaining("John")
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("body"));
  }

  @Test
  void turnsEmptyAndNullBodiesIntoTypedErrors() {
    assertThatThrownBy(() -> AmazonJson.read("getOrder", 200, "", OrdersWire.GetOrderResponse.class))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("body is empty");
    assertThatThrownBy(() -> AmazonJson.read("getOrder", 200, "null", OrdersWire.GetOrderResponse.class))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("body"));
    assertThatThrownBy(() -> AmazonJson.read("getOrder", 200, (byte[]) null, OrdersWire.GetOrderResponse.class))
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void keepsUnknownEnumValuesAsText() {
    String json = """
        {"orders": [{"orderId": "1", "fulfillment": {"fulfillmentStatus": "TELEPORTED", "fulfilledBy": "DRONE"},
          "unknownMember": {"x": [1, 2]}}]}
        """;
    SearchOrdersResponse r = AmazonJson.read("searchOrders", 200, json, SearchOrdersResponse.class);
    assertThat(r.orders().get(0).fulfillment().fulfillmentStatus()).isEqualTo("TELEPORTED");
    assertThat(OrderMapper.status("TELEPORTED")).isEqualTo(dev.crossborder.erp.order.PlatformOrderStatus.OTHER);
  }

  @Test
  void writesRequestBodiesWithoutNullsWithPlainDecimalsAndIsoInstants() {
    /** A request body with an absent member, a decimal and an instant. */
    record Body(@Nullable String absent, BigDecimal amount, Instant at) {}
    String json = AmazonJson.write(new Body(null, new BigDecimal("1E+3"), Instant.parse("2022-02-11T01:00:00Z")));
    assertThat(json).isEqualTo("{\"amount\":1000,\"at\":\"2022-02-11T01:00:00Z\"}");
  }
}
