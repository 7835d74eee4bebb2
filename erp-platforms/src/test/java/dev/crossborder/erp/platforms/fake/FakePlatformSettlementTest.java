package dev.crossborder.erp.platforms.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.finance.OrderProfit;
import dev.crossborder.erp.finance.ProfitKind;
import dev.crossborder.erp.finance.SettlementResult;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.platform.SettlementSource;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** FakePlatform's settlement events, read directly and through the finance service. */
class FakePlatformSettlementTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Shop SHOP = Shop.of(ShopId.of("us-1"), PlatformId.AMAZON, "ATVPDKIKX0DER", "US", USD,
      ZoneId.of("America/Los_Angeles"));

  private final MutableClock clock = MutableClock.at(T0);
  private final FakePlatform fake = FakePlatform.builder().platform(PlatformId.AMAZON).clock(clock).pageSize(2).build();

  static SettlementEvent fee(String id, String order, Instant at, String amount) {
    return new SettlementEvent(id, order, at, SettlementEvent.Kind.FEE, "Commission", Money.of(amount, "USD"));
  }

  @Test
  void pagesSettlementEventsOfAWindowByPostingTime() {
    fake.putSettlementEvents(SHOP.id(), List.of(
        fee("e3", "o-1", T0.plusSeconds(30), "-1.00"),
        fee("e1", "o-1", T0.plusSeconds(10), "-2.00"),
        fee("e2", "o-2", T0.plusSeconds(20), "-3.00"),
        fee("e4", "o-2", T0.plusSeconds(3600), "-4.00"),
        fee("e0", "o-0", T0.minusSeconds(1), "-5.00")));
    SettlementSource source = fake.capability(SettlementSource.class).orElseThrow();
    OrderWindow window = new OrderWindow(T0, T0.plusSeconds(3600));

    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      PlatformPage<SettlementEvent> page = source.settlements(SHOP, window, cursor);
      page.items().forEach(e -> ids.add(e.eventId()));
      cursor = page.next();
      pages++;
    } while (cursor != null);

    assertThat(ids).containsExactly("e1", "e2", "e3");
    assertThat(pages).isEqualTo(2);
    assertThat(fake.calls(Operation.SETTLEMENTS)).isEqualTo(2);
  }

  @Test
  void financePullsTheShopsSettlementsAndCorrectsTheOrdersProfit() {
    Erp erp = Erp.builder().tenant(TenantId.of("fin")).store(new InMemoryStore()).clock(clock).connector(fake)
        .baseCurrency(USD).build();
    SkuCode mug = SkuCode.of("MUG-01");
    WarehouseId wh = WarehouseId.of("US-LA");
    erp.catalog().create(Product.builder().id("P1").title("Mug")
        .addSku(Sku.builder().code(mug).productId(ProductId.of("P1")).name("Mug").build()).build());
    erp.inventory().saveWarehouse(new Warehouse(wh, "LA", "US", WarehouseKind.OWN, ZoneId.of("America/Los_Angeles")));
    erp.shops().create(SHOP);
    Order order = erp.orders().importOrder(new PlatformOrder(SHOP.id(), "o-1", PlatformOrderStatus.UNSHIPPED,
        FulfillmentChannel.MERCHANT, T0, T0, USD, List.of(OrderLine.of("L1", mug, Quantity.of(1), Money.of("20.00", "USD"))),
        Money.of("3.00", "USD"), Destination.of("US"), null)).order();
    erp.store().useTransaction(erp.tenant(), tx -> tx.repository(OrderRepository.class).update(order.toBuilder()
        .shipments(List.of(new Shipment(ShipmentId.of("S1"), wh, null, List.of(new ShipmentLine("L1", mug, Quantity.of(1))),
            List.of())))
        .status(OrderStatus.ALLOCATED).build()));
    OrderProfit estimate = erp.finance().recordShipment(order.id(), Money.of("4.00", "USD"));
    fake.putSettlementEvents(SHOP.id(), List.of(
        fee("e1", "o-1", T0.plusSeconds(10), "-2.50"),
        fee("e2", "o-1", T0.plusSeconds(20), "-1.10"),
        fee("e3", "o-9", T0.plusSeconds(30), "-9.99")));

    SettlementResult result = erp.finance().pullSettlements(SHOP.id(), T0, T0.plusSeconds(3600));
    SettlementResult again = erp.finance().pullSettlements(SHOP.id(), T0, T0.plusSeconds(3600));

    assertThat(result.stored()).isEqualTo(3);
    assertThat(result.corrected()).containsExactly(order.id());
    assertThat(result.unmatched()).isEqualTo(1);
    assertThat(again.stored()).isZero();
    // 20.00 − 3.60 − 0.00 (no cost layer: 1 uncosted unit) − 4.00
    OrderProfit actual = erp.finance().profit(order.id(), ProfitKind.ACTUAL).orElseThrow();
    assertThat(actual.shop().profit()).isEqualTo(Money.of("12.40", "USD"));
    assertThat(actual.lines().get(0).uncostedUnits()).isEqualTo(1);
    assertThat(estimate.shop().profit()).isEqualTo(Money.of("13.00", "USD"));
  }
}
