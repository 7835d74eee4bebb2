package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.platform.SettlementSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finances v0 {@code listFinancialEvents}. No example response is published in the model at the
 * pinned commit, so the bodies are built here from {@code finances-api-model/financesV0.json}'s
 * {@code ListFinancialEventsResponse}, {@code ShipmentEvent}, {@code ShipmentItem}, {@code
 * ChargeComponent}, {@code FeeComponent} and {@code Currency} schemas (PascalCase names, amounts as
 * JSON numbers).
 */
class AmazonSettlementSourceTest extends AmazonTestSupport {
  static final String EVENTS = "/finances/v0/financialEvents";
  static final OrderWindow WINDOW =
      new OrderWindow(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z"));

  static String shipmentEvents(String order, String next) {
    return "{\"payload\":{" + (next == null ? "" : "\"NextToken\":\"" + next + "\",")
        + "\"FinancialEvents\":{\"ShipmentEventList\":[{\"AmazonOrderId\":\"" + order + "\","
        + "\"SellerOrderId\":\"" + order + "\",\"MarketplaceName\":\"Amazon.com\","
        + "\"PostedDate\":\"2026-03-02T10:15:30Z\",\"ShipmentItemList\":[{\"SellerSKU\":\"MUG-01\","
        + "\"OrderItemId\":\"68828574383266\",\"QuantityShipped\":2,"
        + "\"ItemChargeList\":[{\"ChargeType\":\"Principal\",\"ChargeAmount\":{\"CurrencyCode\":\"USD\",\"CurrencyAmount\":25.98}},"
        + "{\"ChargeType\":\"Tax\",\"ChargeAmount\":{\"CurrencyCode\":\"USD\",\"CurrencyAmount\":2.08}}],"
        + "\"ItemFeeList\":[{\"FeeType\":\"Commission\",\"FeeAmount\":{\"CurrencyCode\":\"USD\",\"CurrencyAmount\":-3.9}},"
        + "{\"FeeType\":\"FBAPerUnitFulfillmentFee\",\"FeeAmount\":{\"CurrencyCode\":\"USD\",\"CurrencyAmount\":-6.12}}],"
        + "\"PromotionList\":[]}]}],"
        + "\"RefundEventList\":[],\"ServiceFeeEventList\":[],\"AdjustmentEventList\":[]}}}";
  }

  @Test
  void readsChargesAndFeesOfShipmentEventsPageByPageWithStableIds() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("NextToken", absent())
        .willReturn(json(200, shipmentEvents("111-0000001-0000001", "page-2"))));
    server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("NextToken", equalTo("page-2"))
        .willReturn(json(200, shipmentEvents("111-0000002-0000002", null))));
    SettlementSource source = connector.capability(SettlementSource.class).orElseThrow();

    PlatformPage<SettlementEvent> first = source.settlements(shop, WINDOW, null);
    PlatformPage<SettlementEvent> second = source.settlements(shop, WINDOW, first.next());
    PlatformPage<SettlementEvent> again = source.settlements(shop, WINDOW, null);

    assertThat(first.items()).extracting(SettlementEvent::kind, SettlementEvent::type, SettlementEvent::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SettlementEvent.Kind.REVENUE, "Principal", Money.of("25.98", "USD")),
            org.assertj.core.groups.Tuple.tuple(SettlementEvent.Kind.REVENUE, "Tax", Money.of("2.08", "USD")),
            org.assertj.core.groups.Tuple.tuple(SettlementEvent.Kind.FEE, "Commission", Money.of("-3.90", "USD")),
            org.assertj.core.groups.Tuple.tuple(SettlementEvent.Kind.FEE, "FBAPerUnitFulfillmentFee", Money.of("-6.12", "USD")));
    assertThat(first.items()).allSatisfy(e -> {
      assertThat(e.platformOrderId()).isEqualTo("111-0000001-0000001");
      assertThat(e.postedAt()).isEqualTo(Instant.parse("2026-03-02T10:15:30Z"));
    });
    assertThat(first.items()).extracting(SettlementEvent::eventId).doesNotHaveDuplicates()
        .isEqualTo(again.items().stream().map(SettlementEvent::eventId).toList());
    assertThat(second.items()).extracting(SettlementEvent::platformOrderId).containsOnly("111-0000002-0000002");
    assertThat(second.hasNext()).isFalse();
    server.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withQueryParam("NextToken", absent())
        .withQueryParam("PostedAfter", equalTo("2026-03-01T00:00:00Z"))
        .withQueryParam("PostedBefore", equalTo("2026-03-08T00:00:00Z"))
        .withQueryParam("MaxResultsPerPage", equalTo("100")));
  }

  @Test
  void refusesAFeeWithoutAnAmount() {
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(json(200,
        shipmentEvents("111-0000001-0000001", null).replace("\"CurrencyAmount\":-3.9", "\"Nothing\":1"))));

    assertThatThrownBy(() -> connector.capability(SettlementSource.class).orElseThrow().settlements(shop, WINDOW, null))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("ItemFeeList[0].FeeAmount.CurrencyAmount");
  }

  @Test
  void readsARefundsAdjustmentsAsRefunds() {
    String refund = "{\"payload\":{\"FinancialEvents\":{\"RefundEventList\":[{\"AmazonOrderId\":\"111-0000001-0000001\","
        + "\"PostedDate\":\"2026-03-05T00:00:00Z\",\"ShipmentItemAdjustmentList\":[{\"SellerSKU\":\"MUG-01\","
        + "\"OrderAdjustmentItemId\":\"52986411826454\","
        + "\"ItemChargeAdjustmentList\":[{\"ChargeType\":\"Principal\",\"ChargeAmount\":{\"CurrencyCode\":\"USD\",\"CurrencyAmount\":-12.99}}],"
        + "\"ItemFeeAdjustmentList\":[{\"FeeType\":\"Commission\",\"FeeAmount\":{\"CurrencyCode\":\"USD\",\"CurrencyAmount\":1.56}}]}]}]}}}";
    server.stubFor(get(urlPathEqualTo(EVENTS)).willReturn(json(200, refund)));

    List<SettlementEvent> events = connector.capability(SettlementSource.class).orElseThrow()
        .settlements(shop, WINDOW, null).items();

    assertThat(events).extracting(SettlementEvent::kind).containsOnly(SettlementEvent.Kind.REFUND);
    assertThat(events).extracting(SettlementEvent::amount)
        .containsExactly(Money.of("-12.99", "USD"), Money.of("1.56", "USD"));
  }
}
