package dev.crossborder.erp.platforms.amazon;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platforms.support.ConnectorTestSupport;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;

/**
 * WireMock on a dynamic port standing in for both the SP-API and the LWA token endpoint, a
 * MutableClock with a sleeper that advances it, a recording HTTP logger, and an Amazon US shop with
 * test credentials. Stubs are the Amazon payloads in {@code src/test/resources/amazon/}.
 */
abstract class AmazonTestSupport extends ConnectorTestSupport {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final String CLIENT_ID = "amzn1.application-oa2-client.test0001";
  static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.CLIENTSECRETVALUE42";
  static final String REFRESH_TOKEN = "Atzr|IwEBREFRESHTOKENVALUE42";
  static final String ACCESS_TOKEN = "Atza|IQEBACCESSTOKENVALUE42";
  static final String SELLER_ID = "A3SELLERTEST01";
  static final String LWA_PATH = "/lwa/auth/o2/token";

  InMemoryCredentials credentials;
  Shop shop;
  AmazonConnector connector;

  AmazonTestSupport() {
    super(T0);
  }

  @BeforeEach
  void startAmazon() {
    shop = Shop.of(ShopId.of("us-1"), PlatformId.AMAZON, "ATVPDKIKX0DER", "US store", Currency.getInstance("USD"),
        ZoneId.of("America/Los_Angeles"));
    credentials = new InMemoryCredentials().put(shop.id(), Credentials.of(
        "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "refresh_token", REFRESH_TOKEN,
        "seller_id", SELLER_ID, "ship_from_phone", "+1 206 555 0100"));
    stubToken(ACCESS_TOKEN, 3600);
    connector = connector();
  }

  /** A connector on this test's server, clock, sleeper and logger, rate limiting off. */
  AmazonConnector connector() {
    return builder().withoutRateLimiting().build();
  }

  /** A builder on this test's server, clock, sleeper and logger. */
  AmazonConnector.Builder builder() {
    return onServer(AmazonConnector.builder(), credentials)
        .lwaEndpoint(server.baseUrl() + "/lwa/");
  }

  /** LWA answers {@code token} valid for {@code seconds}, in the shape of the SP-API guide's step 1. */
  void stubToken(String token, long seconds) {
    server.stubFor(post(urlPathEqualTo(LWA_PATH)).willReturn(json(200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":" + seconds
            + ",\"refresh_token\":\"" + REFRESH_TOKEN + "\"}")));
  }

  static ResponseDefinitionBuilder fixture(int status, String name) {
    return json(status, fixture(name));
  }

  /** The text of the fixture {@code name} in {@code src/test/resources/amazon/}. */
  static String fixture(String name) {
    return fixture("amazon", name);
  }
}
