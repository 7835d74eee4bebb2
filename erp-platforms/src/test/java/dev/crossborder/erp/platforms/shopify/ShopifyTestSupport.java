package dev.crossborder.erp.platforms.shopify;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platforms.support.ConnectorTestSupport;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;

/**
 * WireMock on a dynamic port standing in for a shop's Admin GraphQL endpoint, a MutableClock with a
 * sleeper that advances it, a recording HTTP logger, and a Shopify shop with a test access token.
 * Answers are the payloads of {@code src/test/resources/shopify/}, wrapped in the GraphQL envelope
 * of {@code gql-envelope-product-200.json}.
 */
abstract class ShopifyTestSupport extends ConnectorTestSupport {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  static final String ACCESS_TOKEN = "shpat_TESTACCESSTOKENVALUE42";
  static final String ROTATED_TOKEN = "shpat_ROTATEDACCESSTOKENVALUE43";
  static final String PATH = "/admin/api/" + ShopifyConnector.API_VERSION + "/graphql.json";
  static final ObjectMapper JSON = new ObjectMapper();

  InMemoryCredentials credentials;
  Shop shop;
  ShopifyConnector connector;

  ShopifyTestSupport() {
    super(T0);
  }

  @BeforeEach
  void startShopify() {
    shop = shop();
    credentials = new InMemoryCredentials().put(shop.id(), Credentials.of("access_token", ACCESS_TOKEN));
    connector = onServer(ShopifyConnector.builder(), credentials)
        .withoutRateLimiting()
        .build();
  }

  static Shop shop() {
    return Shop.of(ShopId.of("us-shopify"), PlatformId.SHOPIFY, "acme-mugs.myshopify.com", "Acme Mugs",
        Currency.getInstance("USD"), ZoneId.of("America/New_York"));
  }

  /** A matcher of the GraphQL requests of {@code operationName}. */
  static MappingBuilder op(String operationName) {
    return post(urlPathEqualTo(PATH)).withRequestBody(matchingJsonPath("$.operationName", equalTo(operationName)));
  }

  /** A 200 whose body is {@code data} in the envelope. */
  static ResponseDefinitionBuilder data(String data) {
    return json(200, envelope(data));
  }

  /** A 200 whose body is the fixture {@code name}, a {@code data} member, in the envelope. */
  static ResponseDefinitionBuilder dataFixture(String name) {
    return data(fixture(name));
  }

  /** {@code data} wrapped as the envelope fixture wraps its product. */
  static String envelope(String data) {
    try {
      ObjectNode envelope = (ObjectNode) JSON.readTree(fixture("gql-envelope-product-200.json"));
      envelope.set("data", JSON.readTree(data));
      return JSON.writeValueAsString(envelope);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the fixture {@code name} in {@code src/test/resources/shopify/}. */
  static String fixture(String name) {
    return fixture("shopify", name);
  }
}
