package dev.crossborder.erp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.kernel.TypedId;
import dev.crossborder.erp.kernel.internal.Checks;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the module on a plain mapper, as a host with its own {@code ObjectMapper} uses it. */
class ErpJacksonModuleTest {
  final ObjectMapper mapper = new ObjectMapper().registerModule(new ErpJacksonModule());

  /** A typed id of the kind other packages declare, with its own validation. */
  record OrderId(String value) implements TypedId {
    OrderId {
      Checks.token("orderId", value, 16);
    }
  }

  /** A document holding every mapped value, as a host's DTO would. */
  record Invoice(
      TenantId tenant,
      OrderId order,
      @Nullable Money total,
      List<UnitAmount> costs,
      ExchangeRate rate) {}

  @Test
  void writesMoneyWithTheAmountAsAString() throws Exception {
    assertThat(mapper.writeValueAsString(Money.of("12.3", "USD")))
        .isEqualTo("{\"amount\":\"12.30\",\"currency\":\"USD\"}");
    assertThat(mapper.writeValueAsString(Money.of("1E+7", "JPY")))
        .isEqualTo("{\"amount\":\"10000000\",\"currency\":\"JPY\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.30 USD", "-0.05 USD", "1500 JPY", "1.234 BHD", "0.00 EUR"})
  void roundTripsMoney(String text) throws Exception {
    String[] parts = text.split(" ");
    Money money = Money.of(parts[0], parts[1]);

    String json = mapper.writeValueAsString(money);

    assertThat(mapper.readValue(json, Money.class)).isEqualTo(money);
  }

  @Test
  void roundTripsUnitAmountAtSixDecimals() throws Exception {
    UnitAmount cost = UnitAmount.of("0.0375", "USD");

    String json = mapper.writeValueAsString(cost);

    assertThat(json).isEqualTo("{\"amount\":\"0.037500\",\"currency\":\"USD\"}");
    assertThat(mapper.readValue(json, UnitAmount.class)).isEqualTo(cost);
  }

  @Test
  void roundTripsExchangeRateWithTheRateAsAString() throws Exception {
    ExchangeRate rate = ExchangeRate.of("USD", "CNY", "7.1234", LocalDate.of(2026, 1, 1), "ecb");

    String json = mapper.writeValueAsString(rate);

    assertThat(json)
        .isEqualTo(
            "{\"base\":\"USD\",\"quote\":\"CNY\",\"rate\":\"7.1234\","
                + "\"date\":\"2026-01-01\",\"source\":\"ecb\"}");
    assertThat(mapper.readValue(json, ExchangeRate.class)).isEqualTo(rate);
    ExchangeRate inverse = rate.inverse();
    assertThat(mapper.readValue(mapper.writeValueAsString(inverse), ExchangeRate.class))
        .isEqualTo(inverse);
  }

  @Test
  void roundTripsTenantIdAsAPlainString() throws Exception {
    TenantId tenant = TenantId.of("acme-01");

    String json = mapper.writeValueAsString(tenant);

    assertThat(json).isEqualTo("\"acme-01\"");
    assertThat(mapper.readValue(json, TenantId.class)).isEqualTo(tenant);
  }

  @Test
  void roundTripsAnyTypedIdRecordAsAPlainString() throws Exception {
    OrderId order = new OrderId("SO-1001");

    String json = mapper.writeValueAsString(order);

    assertThat(json).isEqualTo("\"SO-1001\"");
    assertThat(mapper.readValue(json, OrderId.class)).isEqualTo(order);
  }

  @Test
  void writesAndReadsTypedIdsAsMapKeys() throws Exception {
    Map<TenantId, Money> balances = new LinkedHashMap<>();
    balances.put(TenantId.of("acme"), Money.of("1.50", "USD"));
    Map<OrderId, Integer> lines = Map.of(new OrderId("SO-1"), 3);

    String balancesJson = mapper.writeValueAsString(balances);
    String linesJson = mapper.writeValueAsString(lines);

    assertThat(balancesJson).isEqualTo("{\"acme\":{\"amount\":\"1.50\",\"currency\":\"USD\"}}");
    assertThat(linesJson).isEqualTo("{\"SO-1\":3}");
    assertThat(mapper.readValue(balancesJson, new TypeReference<Map<TenantId, Money>>() {}))
        .isEqualTo(balances);
    assertThat(mapper.readValue(linesJson, new TypeReference<Map<OrderId, Integer>>() {}))
        .isEqualTo(lines);
  }

  @Test
  void roundTripsValuesInsideADocument() throws Exception {
    Invoice invoice =
        new Invoice(
            TenantId.of("acme"),
            new OrderId("SO-7"),
            Money.of("99.99", "EUR"),
            List.of(UnitAmount.of("0.1", "EUR"), UnitAmount.of("2", "EUR")),
            ExchangeRate.of("EUR", "USD", "1.08", LocalDate.of(2026, 2, 3), "ecb"));

    String json = mapper.writeValueAsString(invoice);

    assertThat(json)
        .startsWith("{\"tenant\":\"acme\",\"order\":\"SO-7\",\"total\":{\"amount\":\"99.99\"");
    assertThat(mapper.readValue(json, Invoice.class)).isEqualTo(invoice);
  }

  @Test
  void readsJsonNullAsAMissingValue() throws Exception {
    Invoice invoice =
        mapper.readValue(
            "{\"tenant\":\"acme\",\"order\":\"SO-7\",\"total\":null,\"costs\":[],"
                + "\"rate\":{\"base\":\"EUR\",\"quote\":\"USD\",\"rate\":\"1.08\","
                + "\"date\":\"2026-02-03\",\"source\":\"ecb\"}}",
            Invoice.class);

    assertThat(invoice.total()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.30", "12", "1.2e1"})
  void refusesANumericAmount(String number) {
    String json = "{\"amount\":" + number + ",\"currency\":\"USD\"}";

    assertThatThrownBy(() -> mapper.readValue(json, Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Money.amount must be a JSON string, not a number");
    assertThatThrownBy(() -> mapper.readValue(json, UnitAmount.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("UnitAmount.amount must be a JSON string, not a number");
  }

  @Test
  void refusesANumericRate() {
    String json =
        "{\"base\":\"USD\",\"quote\":\"CNY\",\"rate\":7.1234,"
            + "\"date\":\"2026-01-01\",\"source\":\"ecb\"}";

    assertThatThrownBy(() -> mapper.readValue(json, ExchangeRate.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("ExchangeRate.rate must be a JSON string, not a number");
  }

  @Test
  void refusesMoneyThatIsNotAnObjectOfStrings() {
    assertThatThrownBy(() -> mapper.readValue("\"12.30 USD\"", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Money must be a JSON object, not VALUE_STRING");
    assertThatThrownBy(() -> mapper.readValue("[\"12.30\",\"USD\"]", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Money must be a JSON object, not an array");
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1\",\"currency\":null}", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Money.currency must be a JSON string, not null");
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":{},\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Money.amount must be a JSON string, not an object");
  }

  @Test
  void refusesMissingAndRepeatedProperties() {
    assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Money.amount is missing");
    assertThatThrownBy(() -> mapper.readValue("{}", UnitAmount.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("UnitAmount.amount is missing");
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"amount\":\"1\",\"amount\":\"100\",\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Money.amount appears more than once");
  }

  @Test
  void surfacesAnOverPreciseAmountAsAMappingErrorCausedByTheRefusal() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"amount\":\"12.345\",\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("amount has more than 2 decimals: 12.345 USD")
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("amount");
              assertThat(e.value()).isEqualTo("12.345 USD");
            });
  }

  @Test
  void surfacesBadTextAsAMappingErrorCausedByTheRefusal() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"amount\":\"1\",\"currency\":\"XYZ\"}", UnitAmount.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currency"));
    assertThatThrownBy(
            () -> mapper.readValue("{\"amount\":\"1,5\",\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"base\":\"USD\",\"quote\":\"CNY\",\"rate\":\"7\","
                        + "\"date\":\"01/01/2026\",\"source\":\"ecb\"}",
                    ExchangeRate.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"base\":\"USD\",\"quote\":\"USD\",\"rate\":\"7\","
                        + "\"date\":\"2026-01-01\",\"source\":\"ecb\"}",
                    ExchangeRate.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("rate"));
  }

  @Test
  void surfacesAnInvalidTypedIdAsAMappingErrorCausedByTheRefusal() {
    assertThatThrownBy(() -> mapper.readValue("\"not a tenant!\"", TenantId.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tenantId"));
    assertThatThrownBy(() -> mapper.readValue("\"\"", OrderId.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("orderId"));
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"no tenant\":1}", new TypeReference<Map<TenantId, Integer>>() {}))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void refusesATypedIdThatIsNotAJsonString() {
    assertThatThrownBy(() -> mapper.readValue("42", TenantId.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("TenantId must be a JSON string, not a number");
    assertThatThrownBy(() -> mapper.readValue("{\"value\":\"acme\"}", TenantId.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("TenantId must be a JSON string, not an object");
  }

  @Test
  void namesThePathOfABadValueInsideADocument() {
    String json =
        "{\"tenant\":\"acme\",\"order\":\"SO-7\","
            + "\"total\":{\"amount\":\"0.001\",\"currency\":\"EUR\"},\"costs\":[]}";

    assertThatThrownBy(() -> mapper.readValue(json, Invoice.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> {
              assertThat(e.getPath())
                  .extracting(JsonMappingException.Reference::getFieldName)
                  .containsExactly("total");
              assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
            });
  }

  @Test
  void unknownPropertiesFollowTheMappersSetting() throws Exception {
    String json = "{\"amount\":\"1.00\",\"note\":{\"by\":[1,2]},\"currency\":\"USD\"}";

    assertThatThrownBy(() -> mapper.readValue(json, Money.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("note");
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new ErpJacksonModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(json, Money.class)).isEqualTo(Money.of("1", "USD"));
  }

  @Test
  void findsEachTypedIdConstructorOnceAndOnlyForSingleStringRecords() {
    assertThat(TypedIdJson.constructor(TenantId.class))
        .isNotNull()
        .isSameAs(TypedIdJson.constructor(TenantId.class));
    assertThat(TypedIdJson.constructor(String.class)).isNull();
    assertThat(TypedIdJson.constructor(Invoice.class)).isNull();
  }

  @Test
  void registeringTheModuleTwiceHasNoFurtherEffect() throws Exception {
    ObjectMapper twice =
        new ObjectMapper()
            .registerModule(new ErpJacksonModule())
            .registerModule(new ErpJacksonModule());

    assertThat(twice.getRegisteredModuleIds()).hasSize(1);
    assertThat(twice.writeValueAsString(Money.of("1", "USD")))
        .isEqualTo("{\"amount\":\"1.00\",\"currency\":\"USD\"}");
  }
}
