package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.platform.AuthenticationException;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.PlatformStockSource;
import dev.crossborder.erp.platforms.http.HostClient;
import dev.crossborder.erp.platforms.http.RateLimit;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The Login with Amazon refresh-token flow. Answer and error shapes from the SP-API guide
 * "Connecting to the Selling Partner API" (no example payload is published for this endpoint).
 */
class AmazonLwaTest extends AmazonTestSupport {
  static final String STOCK = "/fba/inventory/v1/summaries";
  static final String EMPTY_STOCK = "{\"payload\":{\"inventorySummaries\":[]}}";

  void readStock() {
    connector.capability(PlatformStockSource.class).orElseThrow().stock(shop, null);
  }

  @Test
  void postsTheRefreshGrantOnceAndCachesTheToken() {
    server.stubFor(get(urlPathEqualTo(STOCK)).willReturn(json(200, EMPTY_STOCK)));

    readStock();
    readStock();

    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(LWA_PATH)))).hasSize(1);
    server.verify(postRequestedFor(urlPathEqualTo(LWA_PATH))
        .withRequestBody(containing("grant_type=refresh_token"))
        .withRequestBody(containing("client_id=" + CLIENT_ID)));
    server.verify(2, getRequestedFor(urlPathEqualTo(STOCK)).withHeader("x-amz-access-token", equalTo(ACCESS_TOKEN)));
  }

  @Test
  void refreshesAfterTheTokenExpires() {
    server.stubFor(get(urlPathEqualTo(STOCK)).willReturn(json(200, EMPTY_STOCK)));
    readStock();
    stubToken("Atza|SECONDTOKEN", 3600);
    clock.advance(Duration.ofMinutes(59).plusSeconds(1));

    readStock();

    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(LWA_PATH)))).hasSize(2);
    server.verify(getRequestedFor(urlPathEqualTo(STOCK)).withHeader("x-amz-access-token", equalTo("Atza|SECONDTOKEN")));
  }

  @Test
  void reportsInvalidGrantAsRevoked() {
    server.stubFor(post(urlPathEqualTo(LWA_PATH)).willReturn(json(400,
        "{\"error_description\":\"The request has an invalid grant parameter : refresh_token\",\"error\":\"invalid_grant\"}")));

    assertThatThrownBy(this::readStock)
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.REVOKED);
          assertThat(everything(e)).doesNotContain(REFRESH_TOKEN, CLIENT_SECRET);
        });
    server.verify(0, getRequestedFor(urlPathEqualTo(STOCK)));
  }

  @Test
  void reportsInvalidClientAsInvalidClient() {
    server.stubFor(post(urlPathEqualTo(LWA_PATH)).willReturn(json(401,
        "{\"error_description\":\"Client authentication failed\",\"error\":\"invalid_client\"}")));

    assertThatThrownBy(this::readStock)
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.INVALID_CLIENT));
  }

  @Test
  void namesAMissingCredentialWithoutCallingAmazon() {
    credentials.put(shop.id(), Credentials.of("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));

    assertThatThrownBy(this::readStock).isInstanceOf(ConfigurationException.class).hasMessageContaining("refresh_token");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void derivesItsClientFromTheHostsOne() {
    server.stubFor(get(urlPathEqualTo(STOCK)).willReturn(json(200, EMPTY_STOCK)));
    OkHttpClient host =
        new OkHttpClient.Builder()
            .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Host-Trace", "host-1").build()))
            .build();
    AmazonConnector derived = builder().hostClient(HostClient.of(host)).withoutRateLimiting().build();

    derived.capability(PlatformStockSource.class).orElseThrow().stock(shop, null);

    server.verify(getRequestedFor(urlPathEqualTo(STOCK)).withHeader("X-Host-Trace", equalTo("host-1")));
    assertThat(host.interceptors()).hasSize(1);
  }

  @Test
  void followsAHostsRateLimitOverride() {
    server.stubFor(get(urlPathEqualTo(STOCK)).willReturn(json(200, EMPTY_STOCK)));
    AmazonConnector slow = builder().rateLimit("getInventorySummaries", RateLimit.of(0.5, 1)).build();
    PlatformStockSource stock = slow.capability(PlatformStockSource.class).orElseThrow();

    stock.stock(shop, null);
    stock.stock(shop, null);

    assertThat(sleeper.sleeps()).as("the second call waits for the overridden bucket").contains(Duration.ofSeconds(2));
  }

  @Test
  void refusesAnUnknownOrRepeatedRateLimitOverride() {
    assertThatThrownBy(() -> AmazonConnector.builder().rateLimit("noSuchOperation", RateLimit.of(1, 1)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("noSuchOperation");
    assertThatThrownBy(
            () -> AmazonConnector.builder().rateLimit("searchOrders", RateLimit.of(1, 1)).rateLimit("searchOrders", RateLimit.of(2, 2)))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void refusesASettingGivenTwice() {
    assertThatThrownBy(() -> AmazonConnector.builder().clock(clock).clock(clock))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> AmazonConnector.builder().build()).isInstanceOf(ConfigurationException.class);
  }
}
