package dev.crossborder.erp.platforms.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.platform.CredentialsProvider;
import dev.crossborder.erp.platform.PlatformConnector;
import dev.crossborder.erp.platforms.http.ConnectorBuilder;
import dev.crossborder.erp.platforms.http.RecordingSleeper;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part every HTTP connector's {@link PlatformConnectorContract.Scenario} shares: a WireMock
 * server whose catch-all stub (below any stub a subclass adds at a higher priority, such as the
 * token endpoint's) is answered by {@link #answer} from the subclass's platform state, a {@link
 * MutableClock} at {@link #START} with a sleeper that advances it, the shop, the connector (built
 * on first use by {@link #newConnector}, again for a restart), and helpers to read requests and
 * write JSON.
 */
public abstract class WireMockScenario implements PlatformConnectorContract.Scenario {
  /** After the kit's instants (March 2026), so windows lie in the past as platforms require. */
  public static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
  /** A plain mapper for the platform's bodies. */
  protected static final ObjectMapper JSON = new ObjectMapper();

  private static final String TRANSFORMER = "platform";

  protected final MutableClock clock = MutableClock.at(START);
  protected final RecordingSleeper sleeper = new RecordingSleeper(clock);
  protected final Shop shop;
  protected final WireMockServer server;
  private @Nullable PlatformConnector connector;

  /** A started server playing the platform for {@code shop}. */
  protected WireMockScenario(Shop shop) {
    this.shop = requireNonNull(shop, "shop == null");
    server = new WireMockServer(options().dynamicPort().extensions(new Platform()));
    server.start();
    server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(500).withTransformers(TRANSFORMER)));
  }

  /** The platform's answer to a request of the catch-all stub. */
  protected abstract ResponseDefinition answer(ServeEvent event);

  /** A new connector on this scenario's server, clock and sleeper. */
  protected abstract PlatformConnector newConnector();

  /**
   * {@code builder} on this scenario's server (its endpoint), clock and sleeper with {@code
   * credentials}, logging nowhere.
   */
  protected final <B extends ConnectorBuilder<B>> B onServer(B builder, CredentialsProvider credentials) {
    return builder.credentials(credentials).clock(clock).sleeper(sleeper).logger(exchange -> {}).endpoint(server.baseUrl() + "/");
  }

  @Override
  public final synchronized PlatformConnector connector() {
    if (connector == null) {
      connector = newConnector();
    }
    return connector;
  }

  @Override
  public final Shop shop() {
    return shop;
  }

  @Override
  public final PlatformConnector restartedConnector() {
    return newConnector();
  }

  @Override
  public void close() {
    server.stop();
  }

  /** The non-empty segments of {@code url}'s path. */
  protected static List<String> segments(String url) {
    List<String> out = new ArrayList<>();
    for (String s : URI.create(url).getPath().split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The first value of query parameter {@code name}, or {@code null}. */
  protected static @Nullable String query(Request request, String name) {
    QueryParameter p = request.queryParameter(name);
    return p == null || !p.isPresent() ? null : p.firstValue();
  }

  /** The request's JSON body. */
  protected static JsonNode body(Request request) {
    try {
      return JSON.readTree(request.getBodyAsString());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("body is not JSON", e);
    }
  }

  /** {@code node} as JSON text. */
  protected static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code text} as an instant, or {@code null} if it is none or not ISO-8601. */
  protected static @Nullable Instant instant(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code instant} in ISO-8601. */
  protected static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** Hands the catch-all stub's requests to {@link #answer}, once the subclass is built. */
  private final class Platform implements ResponseDefinitionTransformerV2 {
    @Override
    public String getName() {
      return TRANSFORMER;
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      return answer(event);
    }
  }
}
