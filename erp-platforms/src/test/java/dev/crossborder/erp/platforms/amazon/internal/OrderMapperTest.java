package dev.crossborder.erp.platforms.amazon.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.GetOrderResponse;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.SearchOrdersResponse;
import dev.crossborder.erp.shop.ShopId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Orders v2026-01-01 payloads from the model's examples and sandbox, mapped to domain orders. */
class OrderMapperTest {
  private static final ShopId SHOP = ShopId.of("amazon-us");
  private static final WireContext SEARCH = new WireContext("searchOrders", 200);
  private static final WireContext GET = new WireContext("getOrder", 200);

  private static PlatformPage<PlatformOrder> search(String fixture) {
    return OrderMapper.page(SHOP, Fixtures.read(fixture, "searchOrders", SearchOrdersResponse.class), SEARCH);
  }

  private static PlatformOrder get(String fixture) {
    return OrderMapper.order(SHOP, Fixtures.read(fixture, "getOrder", GetOrderResponse.class), GET);
  }

  private static PlatformOrder getJson(String json) {
    return OrderMapper.order(SHOP, AmazonJson.read("getOrder", 200, json, GetOrderResponse.class), GET);
  }

  @Test
  void mapsTheSearchOrdersExampleWithItsLinesMoneyAndCursor() {
    PlatformPage<PlatformOrder> page = search("orders-2026-01-01-searchOrders-200.json");

    assertThat(page.next()).isEqualTo("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4");
    assertThat(page.items()).hasSize(1);
    PlatformOrder order = page.items().get(0);
    assertThat(order.shopId()).isEqualTo(SHOP);
    assertThat(order.platformOrderId()).isEqualTo("123-4567890-1234567");
    assertThat(order.status()).isEqualTo(PlatformOrderStatus.SHIPPED);
    assertThat(order.channel()).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(order.purchasedAt()).isEqualTo(Instant.parse("2024-12-25T10:30:00Z"));
    assertThat(order.updatedAt()).isEqualTo(Instant.parse("2024-12-25T14:45:00Z"));
    assertThat(order.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(order.platformFees()).isEqualTo(Money.of("0", "USD"));
    assertThat(order.destination().country()).isEqualTo("US");
    assertThat(order.destination().region()).isEqualTo("WA");

    OrderLine first = order.lines().get(0);
    assertThat(first.lineId()).isEqualTo("12345678901234");
    assertThat(first.sku()).isEqualTo(SkuCode.of("ECHO-DOT-4-CHARCOAL"));
    assertThat(first.quantity().value()).isEqualTo(2);
    // ITEM subtotal "99.98" is the line total for 2 units
    assertThat(first.unitPrice().amount()).isEqualByComparingTo(new BigDecimal("49.99"));
    assertThat(first.tax().amount()).isEqualTo(new BigDecimal("0.02"));
    assertThat(first.shipping().amount()).isEqualTo(new BigDecimal("0.00"));
    assertThat(first.discount().isZero()).isTrue();
    assertThat(first.total()).isEqualTo(Money.of("100.00", "USD"));

    OrderLine second = order.lines().get(1);
    assertThat(second.sku()).isEqualTo(SkuCode.of("FIRE-TV-4K-2021"));
    assertThat(second.quantity().value()).isEqualTo(1);
    assertThat(second.unitPrice()).isEqualTo(Money.of("49.99", "USD"));
  }

  @Test
  void keepsBuyerDataOnlyInBuyerDetails() {
    PlatformOrder order = search("orders-2026-01-01-searchOrders-200.json").items().get(0);

    assertThat(order.buyer()).isNotNull();
    assertThat(order.buyer().name()).isEqualTo("John Smith");
    assertThat(order.buyer().email()).isEqualTo("buyer-email@marketplace.amazon.com");
    assertThat(order.buyer().phone()).isEqualTo("555-123-4567");
    assertThat(order.buyer().shipTo().line1()).isEqualTo("123 Main Street");
    assertThat(order.buyer().shipTo().line2()).isEqualTo("Suite 456");
    assertThat(order.buyer().shipTo().postalCode()).isEqualTo("98101");
    assertThat(order.toString()).doesNotContain("John", "Main Street", "555");
  }

  @Test
  void readsZeroDecimalYenAndAmazonFulfilledOrders() {
    PlatformOrder order = search("orders-2026-01-01-searchOrders-200-sandbox-1.json").items().get(0);

    assertThat(order.platformOrderId()).isEqualTo("250-1234567-8901234");
    assertThat(order.channel()).isEqualTo(FulfillmentChannel.PLATFORM);
    assertThat(order.currency()).isEqualTo(Currency.getInstance("JPY"));
    assertThat(order.destination()).isEqualTo(new dev.crossborder.erp.order.Destination("JP", null));
    assertThat(order.lines()).extracting(l -> l.sku().value())
        .containsExactly("ECHO-DOT-4-JP-CHARCOAL", "FIRE-TV-4K-MAX-JP");
    assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.of("5980", "JPY"));
    // "13960" for 2 units
    assertThat(order.lines().get(1).unitPrice()).isEqualTo(Money.of("6980", "JPY"));
    assertThat(order.lines().get(1).unitPrice().amount().scale()).isZero();
  }

  @Test
  void readsThePoundSterlingPageThatHasNoNextToken() {
    PlatformPage<PlatformOrder> page = search("orders-2026-01-01-searchOrders-200-sandbox-2.json");

    assertThat(page.hasNext()).isFalse();
    PlatformOrder order = page.items().get(0);
    assertThat(order.platformOrderId()).isEqualTo("202-7654321-1098765");
    assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.of("34.99", "GBP"));
    assertThat(order.destination().country()).isEqualTo("GB");
    assertThat(order.destination().region()).isEqualTo("England");
  }

  @Test
  void splitsTheGetOrderExampleIntoUnitPriceShippingAndTax() {
    PlatformOrder order = get("orders-2026-01-01-getOrder-200.json");

    assertThat(order.platformOrderId()).isEqualTo("202-1234567-8901234");
    assertThat(order.updatedAt()).isEqualTo(Instant.parse("2024-12-25T16:30:00Z"));
    OrderLine line = order.lines().get(0);
    assertThat(line.sku().value()).isEqualTo("ECHO-DOT-4-UK-CHARCOAL-3PACK");
    assertThat(line.quantity().value()).isEqualTo(3);
    assertThat(line.unitPrice()).isEqualTo(Money.of("29.99", "GBP"));
    assertThat(line.shipping()).isEqualTo(Money.of("10.00", "GBP"));
    assertThat(line.tax()).isEqualTo(Money.of("4.00", "GBP"));
    assertThat(line.total()).isEqualTo(Money.of("103.97", "GBP"));
  }

  @Test
  void mapsTheSandboxOrdersOfBrazilTurkeyAndAnOrderWithoutBuyer() {
    PlatformOrder brazil = get("orders-2026-01-01-getOrder-200-sandbox-1.json");
    assertThat(brazil.platformOrderId()).isEqualTo("171-9876543-2109876");
    assertThat(brazil.status()).isEqualTo(PlatformOrderStatus.UNSHIPPED);
    assertThat(brazil.currency().getCurrencyCode()).isEqualTo("BRL");
    assertThat(brazil.destination()).isEqualTo(new dev.crossborder.erp.order.Destination("BR", "SP"));
    assertThat(brazil.lines().get(0).unitPrice()).isEqualTo(Money.of("299.90", "BRL"));

    PlatformOrder turkey = get("orders-2026-01-01-getOrder-200-sandbox-2.json");
    assertThat(turkey.currency().getCurrencyCode()).isEqualTo("TRY");
    assertThat(turkey.lines().get(0).unitPrice()).isEqualTo(Money.of("62.50", "TRY"));
    assertThat(turkey.destination().country()).isEqualTo("TR");

    PlatformOrder noBuyer = get("orders-2026-01-01-getOrder-200-sandbox-3.json");
    assertThat(noBuyer.buyer()).isNull();
    assertThat(noBuyer.lines().get(0).tax()).isEqualTo(Money.of("10.00", "USD"));
    assertThat(noBuyer.lines().get(0).unitPrice()).isEqualTo(Money.of("39.99", "USD"));
  }

  @Test
  void mapsAmazonStatusesAndKeepsUnknownOnesAsOther() {
    assertThat(OrderMapper.status("PENDING_AVAILABILITY")).isEqualTo(PlatformOrderStatus.PENDING);
    assertThat(OrderMapper.status("PENDING")).isEqualTo(PlatformOrderStatus.PENDING);
    assertThat(OrderMapper.status("UNSHIPPED")).isEqualTo(PlatformOrderStatus.UNSHIPPED);
    assertThat(OrderMapper.status("PARTIALLY_SHIPPED")).isEqualTo(PlatformOrderStatus.PARTIALLY_SHIPPED);
    assertThat(OrderMapper.status("SHIPPED")).isEqualTo(PlatformOrderStatus.SHIPPED);
    assertThat(OrderMapper.status("CANCELLED")).isEqualTo(PlatformOrderStatus.CANCELLED);
    assertThat(OrderMapper.status("UNFULFILLABLE")).isEqualTo(PlatformOrderStatus.OTHER);
    assertThat(OrderMapper.status("ON_THE_MOON")).isEqualTo(PlatformOrderStatus.OTHER);
    assertThat(OrderMapper.channel("AFN")).isEqualTo(FulfillmentChannel.PLATFORM);
    assertThat(OrderMapper.channel("MFN")).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(OrderMapper.channel("SOMEONE_NEW")).isEqualTo(FulfillmentChannel.PLATFORM);
  }

  // Minimal orders below are built from the Order schema of
  // models/orders-api-model/orders_2026-01-01.json (required: orderId, createdTime,
  // lastUpdatedTime, salesChannel, orderItems; OrderItem: orderItemId, quantityOrdered, product).
  private static String order(String items, String extra) {
    return """
        {"order": {"orderId": "111-0000000-0000001",
          "createdTime": "2026-02-01T10:00:00Z", "lastUpdatedTime": "2026-02-01T11:00:00Z",
          "salesChannel": {"channelName": "AMAZON", "marketplaceId": "ATVPDKIKX0DER"},
          "fulfillment": {"fulfillmentStatus": "UNSHIPPED", "fulfilledBy": "MERCHANT"},
          %s
          "orderItems": [%s]}}
        """.formatted(extra, items);
  }

  private static String item(String id, String qty, String sku, String breakdowns) {
    return """
        {"orderItemId": "%s", "quantityOrdered": %s,
         "product": {"sellerSku": %s, "price": {"unitPrice": {"amount": "3.33", "currencyCode": "USD"}}},
         "proceeds": {"breakdowns": [%s]}}
        """.formatted(id, qty, sku, breakdowns);
  }

  @Test
  void derivesTheUnitPriceFromTheLineTotalAndFallsBackToAmazonsUnitPriceWhenInexact() {
    PlatformOrder exact =
        getJson(order(item("1", "4", "\"A\"", "{\"type\":\"ITEM\",\"subtotal\":{\"amount\":\"10\",\"currencyCode\":\"USD\"}}"), ""));
    assertThat(exact.lines().get(0).unitPrice()).isEqualTo(Money.of("2.50", "USD"));

    PlatformOrder inexact =
        getJson(order(item("1", "3", "\"A\"", "{\"type\":\"ITEM\",\"subtotal\":{\"amount\":\"10.00\",\"currencyCode\":\"USD\"}}"), ""));
    assertThat(inexact.lines().get(0).unitPrice()).isEqualTo(Money.of("3.33", "USD"));
  }

  @Test
  void takesTheMagnitudeOfNegativePromotionDiscounts() {
    PlatformOrder order =
        getJson(order(item("1", "1", "\"A\"",
            "{\"type\":\"ITEM\",\"subtotal\":{\"amount\":\"20.00\",\"currencyCode\":\"USD\"}},"
                + "{\"type\":\"DISCOUNT\",\"subtotal\":{\"amount\":\"-13.24\",\"currencyCode\":\"USD\"}},"
                + "{\"type\":\"GIFT_WRAP\",\"subtotal\":{\"amount\":\"1.00\",\"currencyCode\":\"USD\"}}"), ""));
    assertThat(order.lines().get(0).discount()).isEqualTo(Money.of("13.24", "USD"));
    assertThat(order.lines().get(0).total()).isEqualTo(Money.of("6.76", "USD"));
  }

  @Test
  void skipsZeroQuantityLinesAndRefusesAnOrderWithNoneLeft() {
    PlatformOrder order = getJson(order(item("1", "0", "\"GONE\"", "") + "," + item("2", "\"1\"", "\"KEPT\"", ""), ""));
    assertThat(order.lines()).extracting(l -> l.sku().value()).containsExactly("KEPT");

    assertThatThrownBy(() -> getJson(order(item("1", "0", "\"GONE\"", ""), "")))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("order.orderItems"))
        .hasMessageContaining("getOrder");
  }

  @Test
  void refusesALineWithoutSellerSkuNamingTheField() {
    assertThatThrownBy(() -> getJson(order(item("1", "1", "\"\"", ""), "")))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field())
            .isEqualTo("order.orderItems[0].product.sellerSku"));
    assertThatThrownBy(() -> getJson(order(item("1", "1", "null", ""), "")))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field())
            .isEqualTo("order.orderItems[0].product.sellerSku"));
  }

  @Test
  void refusesAnOrderWithoutRequiredDatesOrStatus() {
    String noDate = order(item("1", "1", "\"A\"", ""), "").replace("\"2026-02-01T10:00:00Z\"", "\"\"");
    assertThatThrownBy(() -> getJson(noDate))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("order.createdTime"));

    String noFulfillment = order(item("1", "1", "\"A\"", ""), "")
        .replace("\"fulfillment\": {\"fulfillmentStatus\": \"UNSHIPPED\", \"fulfilledBy\": \"MERCHANT\"},", "");
    assertThatThrownBy(() -> getJson(noFulfillment))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field()).isEqualTo("order.fulfillment"));
  }

  @Test
  void readsEpochDatesAndFallsBackToTheMarketplaceForDestinationAndCurrency() {
    String json = order(item("1", "1", "\"A\"", ""), "")
        .replace("\"2026-02-01T10:00:00Z\"", "1769940000")
        .replace("\"2026-02-01T11:00:00Z\"", "\"1769943600000\"");
    PlatformOrder order = getJson(json);
    assertThat(order.purchasedAt()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
    assertThat(order.updatedAt()).isEqualTo(Instant.parse("2026-02-01T11:00:00Z"));
    assertThat(order.destination().country()).isEqualTo("US");
    assertThat(order.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(order.lines().get(0).unitPrice()).isEqualTo(Money.of("3.33", "USD"));
  }

  @Test
  void refusesItemAmountsInAnotherCurrencyThanTheOrder() {
    String json = order(item("1", "1", "\"A\"", "{\"type\":\"ITEM\",\"subtotal\":{\"amount\":\"5\",\"currencyCode\":\"EUR\"}}"),
        "\"proceeds\": {\"grandTotal\": {\"amount\": \"5.00\", \"currencyCode\": \"USD\"}},");
    assertThatThrownBy(() -> getJson(json))
        .isInstanceOf(MalformedResponseException.class)
        .satisfies(e -> assertThat(((MalformedResponseException) e).field())
            .isEqualTo("order.orderItems[0].proceeds.breakdowns[0].subtotal.currencyCode"));
  }
}
