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
import dev.crossborder.erp.listing.AttributeMapping;
import dev.crossborder.erp.listing.Listing;
import dev.crossborder.erp.listing.ListingStatus;
import dev.crossborder.erp.listing.ListingTemplate;
import dev.crossborder.erp.listing.PairingMethod;
import dev.crossborder.erp.listing.PendingSubmission;
import dev.crossborder.erp.listing.PlatformSnapshot;
import dev.crossborder.erp.listing.PriceQuote;
import dev.crossborder.erp.money.ExchangeRate;
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
import dev.crossborder.erp.platform.PlatformIssue;
import dev.crossborder.erp.platform.PlatformListing;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid sample values for store tests: products with fully populated SKUs, shops, warehouses,
 * orders, platform orders, buyer data, stock movements, events, listings and listing templates. The instants they carry are
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

  /**
   * A listing of {@code sellerSku} in {@code shop}, live and paired with SKU-A, with every field
   * set: rendered attributes of every kind of value (text, an int, a long, a decimal, a double, a
   * boolean, a list, nested maps, and a map whose only key starts with {@code $}), bulk-edit
   * overrides, a price with its breakdown and exchange rate, a quantity, an issue, a pending
   * submission, what the platform showed, the time it confirmed and the last error.
   */
  public static Listing listing(String shop, String sellerSku) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("item_name", "Ceramic mug " + sellerSku);
    attributes.put("number_of_items", 2);
    attributes.put("item_weight_grams", 350L);
    attributes.put("big_number", Long.MAX_VALUE);
    attributes.put("list_price", new BigDecimal("19.90"));
    attributes.put("ratio", 0.75);
    attributes.put("fragile", true);
    attributes.put("bullet_point", List.of("Dishwasher safe", "350 ml"));
    attributes.put(
        "item_dimensions",
        Map.of("unit", "centimeters", "length", new BigDecimal("12.0"), "sides", List.of(9L, 10)));
    attributes.put("escaped", Map.of("$long", "not a number"));
    PriceQuote quote =
        new PriceQuote(
            Money.of("19.99", "EUR"),
            List.of(
                new PriceQuote.Step("base", "unit cost 1.037500 USD", UnitAmount.of("1.0375", "USD")),
                new PriceQuote.Step("convert", "× 0.92 USD/EUR", UnitAmount.of("0.9545", "EUR")),
                new PriceQuote.Step("rounding", "NINETY_NINE", UnitAmount.of("19.99", "EUR"))),
            ExchangeRate.of("USD", "EUR", "0.92", LocalDate.of(2026, 3, 1), "ecb"));
    return Listing.draft(ShopId.of(shop), sellerSku, T0).toBuilder()
        .paired(SkuCode.of("SKU-A"), PairingMethod.PUBLISHED)
        .product(ProductId.of("prod-1"))
        .status(ListingStatus.LIVE)
        .platformListingId("B0" + sellerSku)
        .rendered("DRINKING_CUP", attributes)
        .overrides(Map.of("item_name", "Big mug", "discount", 5L))
        .price(quote.price(), quote)
        .quantity(40L)
        .issues(
            List.of(
                new PlatformIssue(
                    "90220",
                    "'item_name' is required but not supplied.",
                    PlatformIssue.Severity.WARNING,
                    List.of("item_name"))))
        .pending(new PendingSubmission("sub-" + sellerSku, false, T0.plusSeconds(30)))
        .seen(
            new PlatformSnapshot(
                PlatformListing.State.ACTIVE, Money.of("18.99", "EUR"), 39, T0.plusSeconds(10)))
        .confirmedAt(T0.plusSeconds(20))
        .lastError("platform unavailable (HTTP 503)")
        .updatedAt(T0.plusMillis(1500))
        .version(7)
        .build();
  }

  /**
   * A template {@code id} of {@code platform} that uses every kind of {@link AttributeMapping}:
   * constants (text, and a map with a decimal and a long), fields, lookups with and without a
   * fallback, a concatenation, a truncation and choices by language with and without a fallback.
   */
  public static ListingTemplate template(String id, PlatformId platform) {
    Map<String, AttributeMapping> attributes = new LinkedHashMap<>();
    attributes.put(
        "item_name",
        AttributeMapping.truncate(
            AttributeMapping.concat(
                " - ", AttributeMapping.field("product.brand"), AttributeMapping.field("product.title")),
            200));
    attributes.put("condition_type", AttributeMapping.constant("new_new"));
    attributes.put(
        "item_package_weight",
        AttributeMapping.constant(Map.of("unit", "grams", "value", 350L, "ratio", new BigDecimal("0.50"))));
    attributes.put(
        "color",
        AttributeMapping.lookup(
            AttributeMapping.field("sku.attributes.color"), Map.of("blue", "Blue", "red", "Red"), "Multicolor"));
    attributes.put(
        "size", AttributeMapping.lookup(AttributeMapping.field("sku.attributes.size"), Map.of("350ml", "Medium")));
    attributes.put(
        "description",
        AttributeMapping.byLanguage(
            Map.of("de", AttributeMapping.constant("Becher"), "fr", AttributeMapping.constant("Tasse")),
            AttributeMapping.field("product.title")));
    attributes.put(
        "care", AttributeMapping.byLanguage(Map.of("de", AttributeMapping.constant("Spülmaschinenfest")), null));
    return new ListingTemplate(
        id, platform, "Home/Kitchen/Mugs", "DRINKING_CUP", attributes, Set.of("item_name", "color"), "item_name");
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
