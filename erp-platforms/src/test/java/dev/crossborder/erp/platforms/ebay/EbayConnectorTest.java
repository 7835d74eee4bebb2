package dev.crossborder.erp.platforms.ebay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.Capability;
import dev.crossborder.erp.platform.InboundPlans;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.InventoryPublisher;
import dev.crossborder.erp.platform.ListingPublisher;
import dev.crossborder.erp.platform.ListingSource;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platform.ShipmentConfirmer;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder's checks, the capabilities eBay has, and shops the connector refuses before any request. */
class EbayConnectorTest {
  private static final OrderWindow WINDOW = new OrderWindow(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-02T01:00:00Z"));

  @Test
  void offersOrdersListingsQuantitiesAndShipmentsButNoPlatformStockOrInboundPlans() {
    EbayConnector ebay = EbayConnector.builder().credentials(new InMemoryCredentials()).build();

    assertThat(ebay.platform()).isEqualTo(PlatformId.EBAY);
    for (Class<? extends Capability> type : List.of(OrderSource.class, ListingSource.class,
        ListingPublisher.class, InventoryPublisher.class, ShipmentConfirmer.class)) {
      assertThat(ebay.capability(type)).as(type.getSimpleName()).isPresent();
    }
    assertThat(ebay.capability(PlatformStockSource.class)).isEmpty();
    assertThat(ebay.capability(InboundPlans.class)).isEmpty();
  }

  @Test
  void refusesMissingCredentialsRepeatedSettingsAndUnknownOperations() {
    assertThatThrownBy(() -> EbayConnector.builder().build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> EbayConnector.builder().withoutRateLimiting().withoutRateLimiting())
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> EbayConnector.builder().rateLimit("searchOrders", RateLimit.of(1, 1)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("searchOrders");
    assertThatThrownBy(() -> EbayConnector.builder().rateLimit("getOrders", RateLimit.of(1, 1)).rateLimit("getOrders", RateLimit.of(2, 1)))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> EbayConnector.builder().credentials(new InMemoryCredentials()).endpoint("not a url").build())
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void refusesAShopOfAnotherPlatformOrAnUnknownMarketplaceOrWithoutCredentials() {
    Shop amazon = Shop.of(ShopId.of("us-1"), PlatformId.AMAZON, "ATVPDKIKX0DER", "US", Currency.getInstance("USD"), ZoneId.of("UTC"));
    Shop nowhere = Shop.of(ShopId.of("ebay-xx"), PlatformId.EBAY, "EBAY_XX", "XX", Currency.getInstance("USD"), ZoneId.of("UTC"));
    Shop us = EbayTestSupport.usShop();
    OrderSource orders = EbayConnector.builder()
        .credentials(new InMemoryCredentials().put(nowhere.id(), EbayTestSupport.credentials()))
        .endpoint("http://127.0.0.1:9/")
        .identityEndpoint("http://127.0.0.1:9/")
        .build()
        .capability(OrderSource.class)
        .orElseThrow();

    assertThatThrownBy(() -> orders.orders(amazon, WINDOW, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shop"));
    assertThatThrownBy(() -> orders.orders(nowhere, WINDOW, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("marketplace"));
    assertThatThrownBy(() -> orders.orders(us, WINDOW, null)).isInstanceOf(ConfigurationException.class);
  }
}
