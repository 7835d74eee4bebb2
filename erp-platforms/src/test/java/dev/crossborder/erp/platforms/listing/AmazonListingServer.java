package dev.crossborder.erp.platforms.listing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platforms.amazon.AmazonConnector;
import dev.crossborder.erp.platforms.http.RecordingSleeper;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Currency;

/**
 * WireMock standing in for Amazon's Listings Items API with memory: a listing answers 404 until a
 * put for it was accepted, then the real {@code getListingsItem} example (BUYABLE in the US). The
 * bodies are Amazon's own examples from {@code src/test/resources/amazon/}. One seller id per shop.
 */
final class AmazonListingServer implements AutoCloseable {
  static final String MARKETPLACE = "ATVPDKIKX0DER";
  private static final String LISTED = "listed";

  final WireMockServer server = new WireMockServer(options().dynamicPort());
  final InMemoryCredentials credentials = new InMemoryCredentials();

  AmazonListingServer() {
    server.start();
    server.stubFor(post(urlPathEqualTo("/lwa/auth/o2/token")).willReturn(json(200,
        "{\"access_token\":\"Atza|IQEBLISTINGTEST\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
  }

  /** A US shop with seller id {@code sellerId}, its credentials registered. */
  Shop shop(String id, String sellerId) {
    Shop shop = Shop.of(ShopId.of(id), PlatformId.AMAZON, MARKETPLACE, "Amazon " + id, Currency.getInstance("USD"),
        ZoneId.of("America/Los_Angeles"));
    credentials.put(shop.id(), Credentials.of("client_id", "amzn1.application-oa2-client.listing",
        "client_secret", "amzn1.oa2-cs.v1.LISTINGSECRET", "refresh_token", "Atzr|IwEBLISTINGREFRESH",
        "seller_id", sellerId));
    return shop;
  }

  /** A connector on this server with Amazon's rate limits, waiting on {@code clock}. */
  AmazonConnector connector(MutableClock clock) {
    return AmazonConnector.builder()
        .credentials(credentials)
        .clock(clock)
        .sleeper(new RecordingSleeper(clock))
        .endpoint(server.baseUrl() + "/")
        .lwaEndpoint(server.baseUrl() + "/lwa/")
        .build();
  }

  /** Serves listing {@code sku} of {@code sellerId}: 404 until a put is accepted, then the item. */
  void serve(String sellerId, String sku) {
    String path = path(sellerId, sku);
    String scenario = sellerId + "/" + sku;
    server.stubFor(put(urlPathEqualTo(path)).inScenario(scenario)
        .willReturn(fixture("listings-2021-08-01-putListingsItem-200.json")).willSetStateTo(LISTED));
    server.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(404, "{\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"SKU not found\"}]}")));
    server.stubFor(get(urlPathEqualTo(path)).inScenario(scenario).whenScenarioStateIs(LISTED)
        .willReturn(fixture("listings-2021-08-01-getListingsItem-200.json")));
  }

  /**
   * Makes puts of {@code sku} for {@code sellerId} that lack {@code attribute} answer Amazon's
   * INVALID example ("'condition_type' is required but not supplied.").
   */
  void requireAttribute(String sellerId, String sku, String attribute) {
    server.stubFor(put(urlPathEqualTo(path(sellerId, sku))).atPriority(1)
        .withRequestBody(notContaining("\"" + attribute + "\""))
        .willReturn(fixture("listings-2021-08-01-putListingsItem-200-sandbox-3.json")));
  }

  /** How many puts of {@code sku} for {@code sellerId} the server received. */
  int puts(String sellerId, String sku) {
    return server.countRequestsMatching(putRequestedFor(urlPathEqualTo(path(sellerId, sku))).build()).getCount();
  }

  private static String path(String sellerId, String sku) {
    return "/listings/2021-08-01/items/" + sellerId + "/" + sku;
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static ResponseDefinitionBuilder fixture(String name) {
    try (InputStream in = AmazonListingServer.class.getResourceAsStream("/amazon/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return json(200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
