package dev.crossborder.erp.testkit.store;

import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Product;
import dev.crossborder.erp.catalog.ProductId;
import dev.crossborder.erp.catalog.Sku;
import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.event.DomainEvent;
import dev.crossborder.erp.event.EventId;
import dev.crossborder.erp.inventory.Movement;
import dev.crossborder.erp.inventory.MovementType;
import dev.crossborder.erp.inventory.StockDelta;
import dev.crossborder.erp.inventory.Warehouse;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.inventory.WarehouseKind;
import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.kernel.TenantId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.BuyerDetails;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * Valid sample values for store tests: products with fully populated SKUs, shops, warehouses,
 * orders, platform orders, buyer data, stock movements and events. The instants they carry are
 * whole milliseconds, so a store that keeps microseconds round-trips them exactly.
 *
 * <p>Stateless and thread-safe; each call returns a new value.
 */
public final class Fixtures {
  /** The instant the samples are dated from: {@code 2026-03-02T08:00:00Z}. */
  public static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  /** The currency of every sample amount. */
  public static final Currency USD = Currency.getInstance("USD");

  private Fixtures() {}

  /**
   * A product {@code id} with one SKU per code in {@code skuCodes}, each with every optional field
   * set (attributes, barcode, weight, dimensions, HS code, declared value, unit cost).
   */
  public static Product product(String id, String... skuCodes) {
    ProductId productId = ProductId.of(id);
    Product.Builder b =
        Product.builder()
            .id(productId)
            .title("Ceramic mug " + id)
            .brand("Acme")
            .category("Home/Kitchen/Mugs");
    for (String code : skuCodes) {
      b.addSku(sku(productId, code));
    }
    return b.build();
  }

  /** A SKU {@code code} of product {@code productId} with every optional field set. */
  public static Sku sku(ProductId productId, String code) {
    return Sku.builder()
        .code(code)
        .productId(productId)
        .name("Mug " + code)
        .attribute("color", "blue")
        .attribute("size", "350ml")
        .barcode("0123456789012")
        .weight(Weight.ofGrams(350))
        .dimensions(Dimensions.ofCentimeters("12", "9", "10.5"))
        .hsCode("6912.00")
        .declaredValue(Money.of("4.50", "USD"))
        .unitCost(UnitAmount.of("1.0375", "USD"))
        .build();
  }

  /** An active Amazon US shop {@code id} at version 0. */
  public static Shop shop(String id) {
    return Shop.of(
        ShopId.of(id),
        PlatformId.AMAZON,
        "ATVPDKIKX0DER",
        "Acme US " + id,
        USD,
        ZoneId.of("America/Los_Angeles"));
  }

  /** The seller's own warehouse {@code id} in Shenzhen. */
  public static Warehouse warehouse(String id) {
    return new Warehouse(
        WarehouseId.of(id), "Shenzhen " + id, "CN", WarehouseKind.OWN, ZoneId.of("Asia/Shanghai"));
  }

  /**
   * A new order (status NEW, version 0) of {@code shop} with two lines (SKU-A and SKU-B), fees, and
   * a destination with a region; the platform last updated it a minute after {@code purchasedAt}.
   */
  public static Order order(OrderId id, ShopId shop, String platformOrderId, Instant purchasedAt) {
    return Order.builder()
        .id(id)
        .shopId(shop)
        .platformOrderId(platformOrderId)
        .platformStatus(PlatformOrderStatus.UNSHIPPED)
        .channel(FulfillmentChannel.MERCHANT)
        .purchasedAt(purchasedAt)
        .platformUpdatedAt(purchasedAt.plusSeconds(60))
        .currency(USD)
        .lines(twoLines())
        .platformFees(Money.of("2.10", "USD"))
        .destination(new Destination("US", "CA"))
        .build();
  }

  /**
   * An unshipped merchant-fulfilled platform order of {@code shop} for one unit of {@code sku},
   * with buyer data, placed at {@code purchasedAt} and last updated on the platform at {@code
   * updatedAt}.
   */
  public static PlatformOrder platformOrder(
      ShopId shop, String platformOrderId, String sku, Instant purchasedAt, Instant updatedAt) {
    return new PlatformOrder(
        shop,
        platformOrderId,
        PlatformOrderStatus.UNSHIPPED,
        FulfillmentChannel.MERCHANT,
        purchasedAt,
        updatedAt,
        USD,
        List.of(OrderLine.of("1", SkuCode.of(sku), Quantity.of(1), Money.of("19.99", "USD"))),
        Money.of("3.00", "USD"),
        new Destination("US", "CA"),
        buyer("Jane Roe"));
  }

  /** Buyer data of a buyer called {@code name}, shipping to the US. */
  public static BuyerDetails buyer(String name) {
    return new BuyerDetails(
        name,
        "buyer@example.com",
        "+1 555 0100",
        new Address(name, "1 Main St", "Apt 2", "Springfield", "IL", "62701", "US"));
  }

  /** A stock movement of {@code sku} at {@code warehouse}, recorded at {@code at}. */
  public static Movement movement(
      String id, String sku, String warehouse, MovementType type, StockDelta delta, Instant at) {
    return new Movement(
        id, SkuCode.of(sku), WarehouseId.of(warehouse), type, delta, "ref-" + id, "", at);
  }

  /** An {@code order.imported} event of tenant {@code tenant} about order {@code orderId}. */
  public static DomainEvent event(TenantId tenant, String id, String orderId, Instant occurredAt) {
    return new DomainEvent(
        EventId.of(id),
        tenant,
        "order",
        orderId,
        "order.imported",
        occurredAt,
        "{\"orderId\":\"" + orderId + "\",\"status\":\"NEW\",\"lines\":[1,2]}");
  }

  private static List<OrderLine> twoLines() {
    return List.of(
        new OrderLine(
            "L1",
            SkuCode.of("SKU-A"),
            Quantity.of(2),
            Money.of("12.30", "USD"),
            Money.of("1.00", "USD"),
            Money.of("3.50", "USD"),
            Money.of("0.50", "USD")),
        OrderLine.of("L2", SkuCode.of("SKU-B"), Quantity.of(1), Money.of("5.00", "USD")));
  }
}
