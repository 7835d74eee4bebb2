package dev.crossborder.erp.platforms.walmart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.FulfillmentChannel;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.order.PlatformOrderStatus;
import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platforms.http.WireJson;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.LineQuantity;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.LineStatus;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.ShopId;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link OrderMapper} and {@link WalmartErrors} on Walmart's example payloads and variations of them. */
class OrderMapperTest {
  private static final WireJson JSON = WireJson.of(PlatformId.WALMART);
  private static final ShopId SHOP = ShopId.of("wm-us-1");

  static String fixture(String name) {
    try (InputStream in = OrderMapperTest.class.getResourceAsStream("/walmart/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static PlatformOrder map(String body) {
    WalmartWire.Order order = JSON.read("getAnOrder", 200, body, WalmartWire.OrderEnvelope.class).order();
    return OrderMapper.order(SHOP, order, "SellerFulfilled", "order", "getAnOrder");
  }

  static LineStatus status(String status, long units) {
    return new LineStatus(status, new LineQuantity("EACH", BigDecimal.valueOf(units)), null);
  }

  @Test
  void mapsLineStatusesToTheOrderStatus() {
    assertThat(OrderMapper.status(List.of(status("Created", 1)))).isEqualTo(PlatformOrderStatus.PENDING);
    assertThat(OrderMapper.status(List.of(status("Acknowledged", 2)))).isEqualTo(PlatformOrderStatus.UNSHIPPED);
    assertThat(OrderMapper.status(List.of(status("Shipped", 1), status("Delivered", 1)))).isEqualTo(PlatformOrderStatus.SHIPPED);
    assertThat(OrderMapper.status(List.of(status("Shipped", 1), status("Acknowledged", 1))))
        .isEqualTo(PlatformOrderStatus.PARTIALLY_SHIPPED);
    assertThat(OrderMapper.status(List.of(status("Shipped", 1), status("Cancelled", 1)))).isEqualTo(PlatformOrderStatus.SHIPPED);
    assertThat(OrderMapper.status(List.of(status("Cancelled", 3)))).isEqualTo(PlatformOrderStatus.CANCELLED);
    assertThat(OrderMapper.status(List.of(status("Created", 1), status("Acknowledged", 1)))).isEqualTo(PlatformOrderStatus.PENDING);
    assertThat(OrderMapper.status(List.of(status("Shipped", 1), status("Refunded", 1)))).isEqualTo(PlatformOrderStatus.OTHER);
    assertThat(OrderMapper.status(List.of())).isEqualTo(PlatformOrderStatus.OTHER);
  }

  @Test
  void mapsShipNodeTypesToChannelsAndAnUnknownOneToThePlatform() {
    assertThat(OrderMapper.channel("SellerFulfilled")).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(OrderMapper.channel("3PLFulfilled")).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(OrderMapper.channel("WFSFulfilled")).isEqualTo(FulfillmentChannel.PLATFORM);
    assertThat(OrderMapper.channel("DropshipFulfilled")).isEqualTo(FulfillmentChannel.PLATFORM);
  }

  @Test
  void readsTheGetAnOrderExampleWithItsShipNodeAndBuyer() {
    PlatformOrder order = map(fixture("orders-getAnOrder-200-ORDER.json"));

    assertThat(order.platformOrderId()).isEqualTo("1815367951431");
    assertThat(order.status()).isEqualTo(PlatformOrderStatus.SHIPPED);
    assertThat(order.channel()).isEqualTo(FulfillmentChannel.MERCHANT);
    assertThat(order.platformFees()).isEqualTo(Money.zero(order.currency()));
    assertThat(order.buyer()).isNotNull();
    assertThat(order.buyer().shipTo().country()).isEqualTo("US");
  }

  @Test
  void a3plOrderOfTheAttributesExampleIsMerchantFulfilled() {
    assertThat(map(fixture("orders-getAnOrder-200-ATTRIBUTES.json")).channel()).isEqualTo(FulfillmentChannel.MERCHANT);
  }

  @Test
  void dividesAMultiUnitLinesAmountAndReadsShippingAndPromotions() {
    String body = fixture("orders-getAnOrder-200-ATTRIBUTES.json")
        .replace("\"amount\": \"1\"\n          },\n          \"statusDate\"", "\"amount\": \"3\"\n          },\n          \"statusDate\"")
        .replace("\"amount\": 10\n", "\"amount\": 29.97\n")
        .replace("\"charge\": [\n              {\n                \"chargeType\": \"PRODUCT\"",
            "\"charge\": [\n              {\"chargeType\": \"SHIPPING\", \"chargeAmount\": {\"currency\": \"USD\", \"amount\": 4.5}},"
                + "\n              {\"chargeType\": \"PRODUCT\", \"chargeName\": \"Promotion\", \"chargeAmount\": {\"currency\": \"USD\", \"amount\": -2}},"
                + "\n              {\n                \"chargeType\": \"PRODUCT\"");

    PlatformOrder order = map(body);

    assertThat(order.lines()).singleElement().satisfies(l -> {
      assertThat(l.quantity().value()).isEqualTo(3);
      assertThat(l.unitPrice()).isEqualTo(Money.of("9.99", "USD"));
      assertThat(l.shipping()).isEqualTo(Money.of("4.50", "USD"));
      assertThat(l.discount()).isEqualTo(Money.of("2.00", "USD"));
      assertThat(l.tax()).isEqualTo(Money.of("0.80", "USD"));
    });
  }

  @Test
  void namesTheFieldOfAMissingSkuAnUnknownCountryAndAForeignCurrency() {
    String ok = fixture("orders-getAnOrder-200-ORDER.json");
    assertThatThrownBy(() -> map(ok.replaceFirst("\"sku\": \"[^\"]*\"", "\"sku\": \"\"")))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.field()).isEqualTo("order.orderLines.orderLine[0].item.sku"));
    assertThatThrownBy(() -> map(ok.replace("\"country\": \"USA\"", "\"country\": \"XYZ\"")))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.field()).isEqualTo("order.shippingInfo.postalAddress.country"));
    assertThatThrownBy(() -> map(ok.replace("\"currency\": \"USD\",\n                    \"amount\": 0.34",
        "\"currency\": \"CAD\",\n                    \"amount\": 0.34")))
        .isInstanceOfSatisfying(MalformedResponseException.class,
            e -> assertThat(e.field()).isEqualTo("order.orderLines.orderLine[0].charges.charge[0].tax.taxAmount.currency"));
  }

  @Test
  void readsWalmartsErrorBodiesAndNothingFromAnHtmlPage() {
    WalmartErrors errors = new WalmartErrors();

    assertThat(errors.parse(400, "{\"errors\":[{\"code\":\"INVALID_REQUEST_PARAM.GMP_ORDER_API\",\"field\":\"limit\","
        + "\"description\":\"limit must be at most 200\"}]}"))
        .hasValueSatisfying(e -> {
          assertThat(e.code()).isEqualTo("INVALID_REQUEST_PARAM.GMP_ORDER_API");
          assertThat(e.message()).isEqualTo("limit must be at most 200 (field limit)");
        });
    assertThat(errors.parse(401, "{\"error\":[{\"code\":\"UNAUTHORIZED.GMP_GATEWAY_API\",\"description\":\"Unauthorized\"}]}"))
        .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("UNAUTHORIZED.GMP_GATEWAY_API"));
    assertThat(errors.parse(502, "<html><body>Bad Gateway</body></html>")).isEmpty();
    assertThat(errors.parse(400, "")).isEmpty();
    assertThat(errors.parse(400, "{\"errors\":[{\"code\":")).isEmpty();
  }
}
