package dev.crossborder.erp.platforms.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.shop.PlatformId;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ConnectorHttpBuilderTest {

  @Test
  void derivesFromTheHostClientWithoutChangingIt() {
    Interceptor hostInterceptor = chain -> chain.proceed(chain.request());
    OkHttpClient host = new OkHttpClient.Builder().addInterceptor(hostInterceptor).readTimeout(Duration.ofSeconds(33)).build();

    ConnectorHttp http =
        ConnectorHttp.builder(PlatformId.AMAZON).hostClient(host).connectTimeout(Duration.ofSeconds(3))
            .accessTokens(shop -> { throw new AssertionError(); }).build();

    OkHttpClient client = http.client();
    assertThat(client.interceptors()).hasSize(5).first().isSameAs(hostInterceptor);
    assertThat(client.interceptors().subList(1, 5)).extracting(i -> i.getClass().getSimpleName())
        .containsExactly("RetryInterceptor", "RateLimitInterceptor", "AuthInterceptor", "LoggingInterceptor");
    assertThat(client.connectionPool()).isSameAs(host.connectionPool());
    assertThat(client.dispatcher()).isSameAs(host.dispatcher());
    assertThat(client.readTimeoutMillis()).isEqualTo(33_000);
    assertThat(client.connectTimeoutMillis()).isEqualTo(3_000);
    assertThat(client.retryOnConnectionFailure()).isFalse();
    assertThat(host.interceptors()).containsExactly(hostInterceptor);
    assertThat(host.retryOnConnectionFailure()).isTrue();
  }

  @Test
  void leavesOutWhatIsNotConfigured() {
    ConnectorHttp http = ConnectorHttp.builder(PlatformId.SHOPIFY).withoutRateLimiting().build();

    assertThat(http.client().interceptors()).extracting(i -> i.getClass().getSimpleName())
        .containsExactly("RetryInterceptor", "LoggingInterceptor");
    assertThat(http.platform()).isEqualTo(PlatformId.SHOPIFY);
  }

  @Test
  void refusesASettingGivenTwice() {
    assertThatThrownBy(() -> ConnectorHttp.builder(PlatformId.AMAZON).sleeper(Sleeper.system()).sleeper(Sleeper.system()))
        .isInstanceOf(ConfigurationException.class).hasMessage("sleeper was already set");
    assertThatThrownBy(
            () -> ConnectorHttp.builder(PlatformId.AMAZON).rateLimit("getOrder", RateLimit.of(1, 1)).rateLimit("getOrder", RateLimit.of(2, 2)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("getOrder");
  }

  @Test
  void refusesSettingsThatWouldDoNothing() {
    assertThatThrownBy(() -> ConnectorHttp.builder(PlatformId.AMAZON).tokenHeader("x-amz-access-token", "").build())
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> ConnectorHttp.builder(PlatformId.AMAZON).withoutRateLimiting().rateLimit("getOrder", RateLimit.of(1, 1)).build())
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> ConnectorHttp.builder(PlatformId.AMAZON).refreshTokenOn(429)).isInstanceOf(ConfigurationException.class);
  }

  @Test
  void validatesValues() {
    assertThatThrownBy(() -> RateLimit.of(0, 1)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> RateLimit.of(1, 0)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> CallContext.idempotent(PlatformId.AMAZON, "eu 1", "getOrder")).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> ShopKey.of(PlatformId.AMAZON, "")).isInstanceOf(ConfigurationException.class);
    assertThat(CallContext.nonIdempotent(PlatformId.AMAZON, "eu-1", "createInboundPlan").shopKey())
        .isEqualTo(ShopKey.of(PlatformId.AMAZON, "eu-1"));
  }
}
