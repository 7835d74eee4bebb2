package dev.crossborder.erp.platforms.ebay;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platforms.support.ConnectorTestSupport;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;

/**
 * WireMock on a dynamic port standing in for both the Sell APIs and eBay's OAuth token endpoint, a
 * MutableClock with a sleeper that advances it, a recording HTTP logger, and an eBay US shop with
 * test credentials. Stubs are the payloads in {@code src/test/resources/ebay/}.
 */
abstract class EbayTestSupport extends ConnectorTestSupport {
  static final Instant T0 = Instant.parse("2026-03-03T00:00:00Z");
  static final String CLIENT_ID = "AcmeMugs-ErpSync-PRD-5a1b2c3d4-0f9e8d7c";
  static final String CLIENT_SECRET = "PRD-CLIENTSECRETVALUE42-a1b2";
  static final String REFRESH_TOKEN = "v^1.1#i^1#REFRESHTOKENVALUE42#r^1";
  static final String ACCESS_TOKEN = "v^1.1#i^1#ACCESSTOKENVALUE42#f^0";
  static final String TOKEN_PATH = "/identity/v1/oauth2/token";
  static final String BASIC = "Basic " + Base64.getEncoder()
      .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));

  InMemoryCredentials credentials;
  Shop shop;
  EbayConnector connector;

  EbayTestSupport() {
    super(T0);
  }

  @BeforeEach
  void startEbay() {
    shop = usShop();
    credentials = new InMemoryCredentials().put(shop.id(), credentials());
    stubToken(ACCESS_TOKEN, 7200);
    connector = builder().withoutRateLimiting().build();
  }

  /** A builder on this test's server, clock, sleeper and logger. */
  EbayConnector.Builder builder() {
    return onServer(EbayConnector.builder(), credentials)
        .identityEndpoint(server.baseUrl() + "/");
  }

  static Shop usShop() {
    return Shop.of(ShopId.of("ebay-us"), PlatformId.EBAY, "EBAY_US", "eBay US store", Currency.getInstance("USD"),
        ZoneId.of("America/Los_Angeles"));
  }

  static Credentials credentials() {
    return Credentials.of("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "refresh_token", REFRESH_TOKEN);
  }

  /** The token endpoint answers {@code token} valid for {@code seconds}, as eBay's OAuth guide shows. */
  void stubToken(String token, long seconds) {
    server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(token(token, seconds)));
  }

  static ResponseDefinitionBuilder token(String token, long seconds) {
    return json(200, "{\"access_token\":\"" + token + "\",\"expires_in\":" + seconds + ",\"token_type\":\"User Access Token\"}");
  }

  static ResponseDefinitionBuilder fixture(int status, String name) {
    return json(status, fixture(name));
  }

  /** The text of the fixture {@code name} in {@code src/test/resources/ebay/}. */
  static String fixture(String name) {
    return fixture("ebay", name);
  }
}
