package dev.crossborder.erp.platforms.ebay.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Amount;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.CancelStatus;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.LineItem;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Order;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The order-status table of docs/connectors/ebay.md, and amounts that need rounding or are refused. */
class OrderMapperTest {

  @ParameterizedTest(name = "cancel={0} payment={1} fulfilment={2} -> {3}")
  @CsvSource(nullValues = "-", value = {
      "CANCELED,       PAID,               NOT_STARTED, CANCELLED",
      "CANCELED,       PAID,               FULFILLED,   CANCELLED",
      "IN_PROGRESS,    PAID,               NOT_STARTED, PENDING",
      "NONE_REQUESTED, PENDING,            NOT_STARTED, PENDING",
      "NONE_REQUESTED, FAILED,             NOT_STARTED, PENDING",
      "NONE_REQUESTED, PAID,               NOT_STARTED, UNSHIPPED",
      "-,              PAID,               IN_PROGRESS, PARTIALLY_SHIPPED",
      "NONE_REQUESTED, PAID,               FULFILLED,   SHIPPED",
      "NONE_REQUESTED, FULLY_REFUNDED,     FULFILLED,   SHIPPED",
      "NONE_REQUESTED, PARTIALLY_REFUNDED, NOT_STARTED, UNSHIPPED",
      "NONE_REQUESTED, PAID,               ON_HOLD_NEW, OTHER",
      "NONE_REQUESTED, PAID,               -,           OTHER"})
  void mapsStatusesAsDocumented(@Nullable String cancel, String payment, @Nullable String fulfilment, PlatformOrderStatus expected) {
    assertThat(OrderMapper.status(order(cancel, payment, fulfilment, line("10.00", 1)))).isEqualTo(expected);
  }

  @Test
  void roundsAUnitPriceThatIsNotExactHalfEven() {
    PlatformOrder order = OrderMapper.map(ShopId.of("ebay-us"), order(null, "PAID", "NOT_STARTED", line("10.00", 3)), 0);

    assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.of("3.33", "USD"));
  }

  @Test
  void refusesALineInAnotherCurrencyNamingTheField() {
    LineItem usd = line("10.00", 1);
    LineItem eur = new LineItem("L2", "MUG", 1L, new Amount(new BigDecimal("5"), "EUR"), null, null, null);
    Order order = new Order("O-1", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"), "NOT_STARTED",
        "PAID", null, null, shipTo(), null, List.of(usd, eur));

    assertThatThrownBy(() -> OrderMapper.map(ShopId.of("ebay-us"), order, 4))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.field()).isEqualTo("orders[4].lineItems[1].lineItemCost.currency"));
  }

  private static Order order(@Nullable String cancel, String payment, @Nullable String fulfilment, LineItem line) {
    return new Order("O-1", Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"), fulfilment, payment,
        cancel == null ? null : new CancelStatus(cancel), null, shipTo(), null, List.of(line));
  }

  private static LineItem line(String cost, long quantity) {
    return new LineItem("L1", "MUG", quantity, new Amount(new BigDecimal(cost), "USD"), null, null, null);
  }

  private static List<FulfillmentWire.FulfillmentStartInstruction> shipTo() {
    return List.of(new FulfillmentWire.FulfillmentStartInstruction("SHIP_TO", new FulfillmentWire.ShippingStep(
        new FulfillmentWire.ShipTo(null, new FulfillmentWire.Address(null, null, null, "CA", null, "US"), null, null))));
  }
}
