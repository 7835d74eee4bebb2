package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** Orders, warehouses and contexts the rule tests share. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  static final ShopId SHOP = ShopId.of("amazon-us");
  static final WarehouseId US = WarehouseId.of("WH-US");
  static final WarehouseId CN = WarehouseId.of("WH-CN");
  static final WarehouseId DE = WarehouseId.of("WH-DE");

  private Fixtures() {}

  static OrderLine line(String lineId, String sku, long qty, String unitPrice) {
    return OrderLine.of(lineId, SkuCode.of(sku), Quantity.of(qty), Money.of(unitPrice, "USD"));
  }

  static Order order(String id, String country, OrderLine... lines) {
    return order(id, country, T0, lines);
  }

  static Order order(String id, String country, Instant purchasedAt, OrderLine... lines) {
    Currency currency = lines[0].unitPrice().currency();
    return Order.builder()
        .id(OrderId.of(id))
        .shopId(SHOP)
        .platformOrderId("P-" + id)
        .purchasedAt(purchasedAt)
        .platformUpdatedAt(purchasedAt)
        .currency(currency)
        .lines(List.of(lines))
        .platformFees(Money.zero(currency))
        .destination(Destination.of(country))
        .build();
  }

  static Warehouse warehouse(WarehouseId id, String country) {
    return new Warehouse(id, id.value(), country, WarehouseKind.OWN, ZoneId.of("UTC"));
  }

  /** WH-CN, WH-US, WH-DE in that order; SKU-A 300 g, SKU-B 1200 g, SKU-C 50 g. */
  static RuleContext.Builder context() {
    return RuleContext.builder()
        .warehouse(warehouse(CN, "CN"))
        .warehouse(warehouse(US, "US"))
        .warehouse(warehouse(DE, "DE"))
        .weight(SkuCode.of("SKU-A"), Weight.ofGrams(300))
        .weight(SkuCode.of("SKU-B"), Weight.ofGrams(1200))
        .weight(SkuCode.of("SKU-C"), Weight.ofGrams(50));
  }

  static SkuCode sku(String code) {
    return SkuCode.of(code);
  }
}
