package dev.crossborder.erp.platforms.walmart;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platforms.http.RateLimit;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.ZoneId;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The connector's builder, credentials, token refusals and headers. */
class WalmartConnectorTest extends WalmartTestSupport {

  @Test
  void refusedClientCredentialsAreAnInvalidClientAuthenticationException() {
    server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(401,
        error("UNAUTHORIZED.GMP_GATEWAY_API", "UNAUTHORIZED", "Unauthorized"))));

    assertThatThrownBy(() -> connector.capability(OrderSource.class).orElseThrow().orders(shop, WINDOW, null))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.INVALID_CLIENT);
          assertThat(everything(e)).doesNotContain(CLIENT_SECRET, CLIENT_ID);
        });
    server.verify(0, getRequestedFor(urlPathEqualTo(ORDERS_PATH)));
  }

  @Test
  void sendsTheHostsServiceNameAndCorrelationIds() {
    stubOrderPages();
    AtomicInteger next = new AtomicInteger();
    WalmartConnector traced = builder().withoutRateLimiting().serviceName("Acme ERP")
        .correlationIds(() -> "acme-" + next.incrementAndGet()).build();

    traced.capability(OrderSource.class).orElseThrow().orders(shop, WINDOW, null);

    // the page request takes its id first; the token request it needs is a request of its own
    server.verify(getRequestedFor(urlPathEqualTo(ORDERS_PATH)).withHeader("WM_QOS.CORRELATION_ID", equalTo("acme-1"))
        .withHeader("WM_SVC.NAME", equalTo("Acme ERP")));
    server.verify(postRequestedFor(urlPathEqualTo(TOKEN_PATH)).withHeader("WM_QOS.CORRELATION_ID", equalTo("acme-2"))
        .withHeader("WM_SVC.NAME", equalTo("Acme ERP")));
  }

  @Test
  void refusesAShopOfAnotherPlatformAndMissingCredentials() {
    Shop amazon = Shop.of(ShopId.of("us-1"), PlatformId.AMAZON, "ATVPDKIKX0DER", "Amazon", Currency.getInstance("USD"),
        ZoneId.of("UTC"));
    OrderSource orders = connector.capability(OrderSource.class).orElseThrow();
    assertThatThrownBy(() -> orders.orders(amazon, WINDOW, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shop"));

    credentials.put(shop.id(), Credentials.of("client_id", CLIENT_ID));
    assertThatThrownBy(() -> orders.orders(shop, WINDOW, null))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("client_secret");
  }

  @Test
  void builderRefusesRepeatedSettingsUnknownOperationsAndNoCredentials() {
    assertThatThrownBy(() -> WalmartConnector.builder().build()).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> builder().serviceName("a").serviceName("b")).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> builder().rateLimit("searchOrders", RateLimit.of(1, 1)))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> builder().rateLimit("getAllOrders", RateLimit.of(1, 1)).rateLimit("getAllOrders", RateLimit.of(2, 2)))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> builder().withoutRateLimiting().withoutRateLimiting()).isInstanceOf(ConfigurationException.class);
    assertThat(connector.platform()).isEqualTo(PlatformId.WALMART);
    assertThat(connector).hasToString("WalmartConnector");
  }
}
