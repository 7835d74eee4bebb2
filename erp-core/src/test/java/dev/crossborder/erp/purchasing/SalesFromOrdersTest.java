package dev.crossborder.erp.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.Erp;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentId;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.memory.InMemoryStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SalesFromOrdersTest {
  static final SkuCode MUG = SkuCode.of("MUG-01");
  static final SkuCode CUP = SkuCode.of("CUP-01");
  static final WarehouseId SZ = WarehouseId.of("CN-SZ");
  static final WarehouseId LA = WarehouseId.of("US-LA");
  static final WarehouseId FBA = WarehouseId.of("FBA-US");
  static final ShopId MERCHANT = ShopId.of("amazon-us");
  static final ShopId FBA_SHOP = ShopId.of("amazon-fba");
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final LocalDate LAST = LocalDate.of(2026, 3, 10);

  final InMemoryStore store = new InMemoryStore();
  final Erp erp = Erp.builder().tenant(TenantId.of("t1")).store(store).build();
  int next;

  @Test
  void countsUnitsPerDayAtTheShipmentsWarehouseAndSkipsCancelledOrders() {
    // 2026-03-09T20:00Z is already 03-10 in Shanghai.
    save(MERCHANT, "2026-03-09T20:00:00Z", OrderStatus.SHIPPED, SZ, MUG, 3);
    save(MERCHANT, "2026-03-10T01:00:00Z", OrderStatus.ALLOCATED, SZ, MUG, 2);
    save(MERCHANT, "2026-03-08T03:00:00Z", OrderStatus.SHIPPED, SZ, MUG, 5);
    save(MERCHANT, "2026-03-08T03:00:00Z", OrderStatus.SHIPPED, LA, MUG, 7);
    save(MERCHANT, "2026-03-08T04:00:00Z", OrderStatus.SHIPPED, SZ, CUP, 1);
    save(MERCHANT, "2026-03-09T03:00:00Z", OrderStatus.CANCELLED, SZ, MUG, 100);
    save(MERCHANT, "2026-03-01T03:00:00Z", OrderStatus.SHIPPED, SZ, MUG, 100); // before the range
    save(FBA_SHOP, "2026-03-09T03:00:00Z", OrderStatus.EXTERNALLY_FULFILLED, null, MUG, 4);
    save(MERCHANT, "2026-03-09T03:00:00Z", OrderStatus.NEW, null, MUG, 6); // no shipment, no shop warehouse

    SalesHistory history = erp.purchasing().salesFromOrders(LAST, 5, SHANGHAI, Map.of(FBA_SHOP, FBA));

    assertThat(series(history.sales(MUG, SZ, LAST, 5))).containsExactly(0, 0, 5, 0, 5);
    assertThat(series(history.sales(MUG, LA, LAST, 5))).containsExactly(0, 0, 7, 0, 0);
    assertThat(series(history.sales(CUP, SZ, LAST, 5))).containsExactly(0, 0, 1, 0, 0);
    assertThat(series(history.sales(MUG, FBA, LAST, 5))).containsExactly(0, 0, 0, 4, 0);
    assertThat(series(history.sales(MUG, SZ, LAST.minusDays(1), 3))).containsExactly(0, 5, 0);
    assertThat(series(history.sales(SkuCode.of("NONE"), SZ, LAST, 2))).containsExactly(0, 0);
    assertThatThrownBy(() -> history.sales(MUG, SZ, LAST, 6))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("days"));
  }

  private static int[] series(DailySales sales) {
    int[] out = new int[sales.days()];
    for (int age = 0; age < out.length; age++) {
      out[out.length - 1 - age] = sales.unitsAt(age);
    }
    return out;
  }

  private void save(ShopId shop, String purchasedAt, OrderStatus status, @Nullable WarehouseId from, SkuCode sku, long units) {
    int n = ++next;
    Currency usd = Currency.getInstance("USD");
    Order.Builder b =
        Order.builder()
            .id(OrderId.of("o" + n))
            .shopId(shop)
            .platformOrderId("p" + n)
            .status(status)
            .purchasedAt(Instant.parse(purchasedAt))
            .platformUpdatedAt(Instant.parse(purchasedAt))
            .currency(usd)
            .lines(List.of(OrderLine.of("L1", sku, Quantity.of(units), Money.of("1.00", "USD"))))
            .platformFees(Money.of("0.00", "USD"))
            .destination(Destination.of("US"));
    if (from != null) {
      b.shipments(List.of(new Shipment(ShipmentId.of("s" + n), from, null,
          List.of(new ShipmentLine("L1", sku, Quantity.of(units))), List.of())));
    }
    Order order = b.build();
    store.useTransaction(erp.tenant(), tx -> tx.repository(OrderRepository.class).insert(order));
  }
}
