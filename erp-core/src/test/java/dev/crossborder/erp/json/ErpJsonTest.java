package dev.crossborder.erp.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.ExchangeRate;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErpJsonTest {
  final ObjectMapper mapper = ErpJson.newMapper();

  record Shipment(
      TenantId tenant,
      Money fee,
      UnitAmount unitCost,
      ExchangeRate rate,
      LocalDate shipDate,
      Instant createdAt,
      OffsetDateTime promisedAt,
      Duration handling,
      BigDecimal weightKg) {}

  final Shipment shipment =
      new Shipment(
          TenantId.of("acme"),
          Money.of("12.30", "USD"),
          UnitAmount.of("0.0375", "USD"),
          ExchangeRate.of("USD", "CNY", "7.1234", LocalDate.of(2026, 1, 1), "fixed"),
          LocalDate.of(2026, 1, 2),
          Instant.parse("2026-01-01T08:00:00Z"),
          OffsetDateTime.of(2026, 1, 3, 18, 0, 0, 0, ZoneOffset.ofHours(8)),
          Duration.ofMinutes(15),
          new BigDecimal("1250.5"));

  @Test
  void roundTripsADocumentOfSdkValuesAndDates() throws Exception {
    String json = mapper.writeValueAsString(shipment);

    assertThat(mapper.readValue(json, Shipment.class)).isEqualTo(shipment);
  }

  @Test
  void writesDatesTimesAndDurationsAsIsoStrings() throws Exception {
    String json = mapper.writeValueAsString(shipment);

    assertThat(json)
        .contains("\"shipDate\":\"2026-01-02\"")
        .contains("\"createdAt\":\"2026-01-01T08:00:00Z\"")
        .contains("\"promisedAt\":\"2026-01-03T18:00:00+08:00\"")
        .contains("\"handling\":\"PT15M\"");
  }

  @Test
  void keepsTheOffsetOfADateTimeItReads() throws Exception {
    OffsetDateTime read = mapper.readValue("\"2026-01-03T18:00:00+08:00\"", OffsetDateTime.class);

    assertThat(read.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
  }

  @Test
  void writesBigDecimalsInPlainNotation() throws Exception {
    assertThat(mapper.writeValueAsString(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(mapper.writeValueAsString(shipment)).contains("\"weightKg\":1250.5");
  }

  @Test
  void writesSdkValuesWithStringAmounts() throws Exception {
    String json = mapper.writeValueAsString(shipment);

    assertThat(json)
        .contains("\"tenant\":\"acme\"")
        .contains("\"fee\":{\"amount\":\"12.30\",\"currency\":\"USD\"}")
        .contains("\"unitCost\":{\"amount\":\"0.037500\",\"currency\":\"USD\"}")
        .contains("\"rate\":\"7.1234\"");
  }

  @Test
  void ignoresPropertiesAddedByNewerReleases() throws Exception {
    String json =
        "{\"amount\":\"1.00\",\"currency\":\"USD\",\"display\":\"$1.00\",\"tags\":[\"a\"]}";

    assertThat(mapper.readValue(json, Money.class)).isEqualTo(Money.of("1", "USD"));
    assertThat(mapper.readValue("{\"tenant\":\"acme\",\"extra\":1}", Holder.class))
        .isEqualTo(new Holder(TenantId.of("acme")));
  }

  record Holder(TenantId tenant) {}

  @Test
  void returnsANewIndependentMapperEachTime() throws Exception {
    ObjectMapper other = ErpJson.newMapper();

    assertThat(other).isNotSameAs(mapper);
    assertThat(other.writeValueAsString(List.of(Money.of("1", "JPY"))))
        .isEqualTo("[{\"amount\":\"1\",\"currency\":\"JPY\"}]");
  }
}
