package dev.crossborder.erp.platforms.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.Credentials;
import dev.crossborder.erp.platform.InMemoryCredentials;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.amazon.AmazonConnector;
import dev.crossborder.erp.platforms.amazon.internal.AmazonJson;
import dev.crossborder.erp.platforms.amazon.internal.OrderMapper;
import dev.crossborder.erp.platforms.amazon.internal.OrdersWire.SearchOrdersResponse;
import dev.crossborder.erp.platforms.amazon.internal.WireContext;
import dev.crossborder.erp.shop.PlatformId;
import dev.crossborder.erp.shop.Shop;
import dev.crossborder.erp.shop.ShopId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.LoggerFactory;

/**
 * Pages 10,000 Amazon orders ({@code searchOrders}, Orders API v2026-01-01) from WireMock twice
 * per round: through the Amazon connector's {@link OrderSource}, which maps every order to a
 * {@link PlatformOrder}, and through plain OkHttp + Jackson reading the same pages into {@link
 * JsonNode}s, the baseline of what HTTP and JSON alone cost. It prints the median time of each,
 * the ratio connector/raw (the aim is at most 1.5×) and orders per second, then a breakdown of
 * the connector's work on pre-read bodies (no HTTP) to show where the difference goes.
 *
 * <p>A plain {@code main}, not a test: {@code mvn verify} never runs it. The connector is built
 * with {@code withoutRateLimiting()}, so its per-operation token buckets are off for the run (the
 * output says so); everything else is the production default: system clock and sleeper, its own
 * OkHttp client, the SLF4J HTTP logger (with DEBUG off, as in production, so it formats nothing).
 *
 * <p>The stubs: 100 pages of 100 orders, each order a copy of the one in Amazon's example {@code
 * src/test/resources/amazon/orders-2026-01-01-searchOrders-200.json} with its own {@code orderId}
 * and a {@code lastUpdatedTime} inside the window; page <i>k</i> carries {@code
 * pagination.nextToken} of page <i>k</i>+1 and is matched by its {@code paginationToken} query
 * parameter (the first by its absence); the last page has no {@code pagination}. Bodies are compact
 * JSON, about 5 KB an order. WireMock runs without a request journal and without its per-request
 * stub logging (which renders each 550 KB answer to JSON even when nothing prints it), and its gzip
 * is off by default, so that server work does not dilute the client-side difference; {@code
 * --gzip} turns gzip on.
 *
 * <h2>Running it</h2>
 *
 * <p>From the project root ({@code /work/main}), compile the module and its dependencies and write
 * the test classpath to a file, then run the class:
 *
 * <pre>{@code
 * mvn -q -pl erp-platforms -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.classpath
 * java -Xms1g -Xmx1g \
 *     -cp "erp-platforms/target/test-classes:erp-platforms/target/classes:$(cat erp-platforms/target/bench.classpath)" \
 *     dev.crossborder.erp.platforms.bench.AmazonOrderPagingBenchmark
 * }</pre>
 *
 * <p>With {@code -am} the reactor resolves erp-core and erp-testkit to their freshly compiled
 * {@code target/classes}, not to whatever snapshot is installed in the local repository.
 * Options: {@code --warmup=N} warm-up rounds of each path (default 5), {@code --rounds=N} measured
 * rounds of each (default 15), {@code --gzip} to let WireMock gzip its answers. Run it on an idle
 * machine; the stub server shares the CPUs with the client, so both paths pay the same server
 * cost.
 */
public final class AmazonOrderPagingBenchmark {
  private static final int PAGES = 100;
  private static final int PER_PAGE = 100;
  private static final int ORDERS = PAGES * PER_PAGE;
  private static final String SEARCH_PATH = "/orders/2026-01-01/orders";
  private static final String LWA_PATH = "/lwa/auth/o2/token";
  private static final String FIXTURE = "/amazon/orders-2026-01-01-searchOrders-200.json";
  private static final String MARKETPLACE = "ATVPDKIKX0DER";
  private static final String INCLUDED = "FULFILLMENT,PROCEEDS,RECIPIENT";
  private static final String CLIENT_ID = "amzn1.application-oa2-client.bench0001";
  private static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.BENCHSECRET";
  private static final String REFRESH_TOKEN = "Atzr|IwEBBENCHREFRESH";
  private static final String ACCESS_TOKEN = "Atza|IQEBBENCHACCESS";
  private static final OrderWindow WINDOW =
      new OrderWindow(Instant.parse("2024-12-25T00:00:00Z"), Instant.parse("2024-12-26T00:00:00Z"));
  private static final Instant FIRST_UPDATE = Instant.parse("2024-12-25T10:45:00Z");

  /** Keeps the JIT from discarding work whose result is otherwise unused. */
  private static volatile long sink;

  private AmazonOrderPagingBenchmark() {}

  /**
   * Runs the benchmark and prints its report.
   *
   * @param args {@code --warmup=N}, {@code --rounds=N}, {@code --gzip}
   * @throws Exception if the stub server cannot start or a path counts other than 10,000 orders
   */
  public static void main(String[] args) throws Exception {
    int warmup = 5;
    int rounds = 15;
    boolean gzip = false;
    for (String arg : args) {
      if (arg.startsWith("--warmup=")) {
        warmup = Integer.parseInt(arg.substring("--warmup=".length()));
      } else if (arg.startsWith("--rounds=")) {
        rounds = Integer.parseInt(arg.substring("--rounds=".length()));
      } else if (arg.equals("--gzip")) {
        gzip = true;
      } else {
        throw new IllegalArgumentException("unknown argument " + arg + " (use --warmup=N --rounds=N --gzip)");
      }
    }
    // Logback's default configuration logs everything at DEBUG to the console; a production host
    // runs at INFO, where the connector's per-exchange DEBUG line is never formatted.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);

    List<byte[]> bodies = pageBodies();
    WireMockServer server = new WireMockServer(options()
        .dynamicPort()
        .containerThreads(16)
        .disableRequestJournal()
        // Without this WireMock renders every served stub, 550 KB body included, to a JSON string
        // for a log line it then discards: most of the server's CPU, on the CPUs the client needs.
        .stubRequestLoggingDisabled(true)
        .gzipDisabled(!gzip));
    server.start();
    try {
      stub(server, bodies);
      run(server, bodies, warmup, rounds, gzip);
    } finally {
      server.stop();
    }
  }

  private static void run(WireMockServer server, List<byte[]> bodies, int warmup, int rounds, boolean gzip)
      throws IOException {
    String base = server.baseUrl();
    Shop shop = Shop.of(ShopId.of("us-bench"), PlatformId.AMAZON, MARKETPLACE, "US bench store",
        Currency.getInstance("USD"), ZoneId.of("America/Los_Angeles"));
    InMemoryCredentials credentials = new InMemoryCredentials().put(shop.id(), Credentials.of(
        "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET, "refresh_token", REFRESH_TOKEN));
    AmazonConnector connector = AmazonConnector.builder()
        .credentials(credentials)
        .endpoint(base + "/")
        .lwaEndpoint(base + "/lwa/")
        .withoutRateLimiting()
        .build();
    OrderSource source = connector.capability(OrderSource.class).orElseThrow();
    Raw raw = new Raw(base);

    int bodyBytes = bodies.stream().mapToInt(b -> b.length).sum();
    System.out.printf(Locale.ROOT, "Amazon searchOrders paging benchmark: %,d orders in %d pages of %d, %.1f MB of JSON%n",
        ORDERS, PAGES, PER_PAGE, bodyBytes / 1e6);
    System.out.println("rate limiting: OFF for this run (the connector's per-operation token buckets were disabled"
        + " with withoutRateLimiting())");
    System.out.printf(Locale.ROOT, "stub server: WireMock %s, gzip %s; JVM %s, %d CPUs%n", base, gzip ? "ON" : "OFF",
        Runtime.version(), Runtime.getRuntime().availableProcessors());

    // One untimed round each that checks every order, not just the count.
    verifyConnector(source, shop);
    verifyRaw(raw);

    for (int i = 0; i < warmup; i++) {
      time(() -> connectorRound(source, shop));
      time(raw::round);
    }
    long[] connectorNanos = new long[rounds];
    long[] rawNanos = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      // Alternate which path goes first, so neither always follows the other's garbage.
      if (i % 2 == 0) {
        connectorNanos[i] = time(() -> connectorRound(source, shop));
        rawNanos[i] = time(raw::round);
      } else {
        rawNanos[i] = time(raw::round);
        connectorNanos[i] = time(() -> connectorRound(source, shop));
      }
    }
    double[] paired = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      paired[i] = (double) connectorNanos[i] / rawNanos[i];
    }
    double connectorMedian = median(connectorNanos);
    double rawMedian = median(rawNanos);
    double ratio = connectorMedian / rawMedian;
    System.out.printf(Locale.ROOT, "%n%d warm-up rounds of each path, then %d measured rounds of each, alternating%n",
        warmup, rounds);
    System.out.printf(Locale.ROOT, "  %-40s median %8.1f ms  min %8.1f ms  %,10.0f orders/s%n",
        "connector (OrderSource -> PlatformOrder)", connectorMedian / 1e6, min(connectorNanos) / 1e6,
        ORDERS / (connectorMedian / 1e9));
    System.out.printf(Locale.ROOT, "  %-40s median %8.1f ms  min %8.1f ms  %,10.0f orders/s%n",
        "raw (OkHttp + Jackson JsonNode)", rawMedian / 1e6, min(rawNanos) / 1e6, ORDERS / (rawMedian / 1e9));
    System.out.printf(Locale.ROOT, "  ratio connector/raw: %.2fx (median of paired rounds %.2fx); aim <= 1.5x: %s%n",
        ratio, median(paired), ratio <= 1.5 ? "MET" : "NOT MET");

    breakdown(raw, bodies, shop.id(), rounds);
  }

  /**
   * Where the time goes, without HTTP: the same work on the pre-read bodies, and HTTP alone.
   * Medians over {@code rounds} passes over all 100 pages.
   */
  private static void breakdown(Raw raw, List<byte[]> bodies, ShopId shop, int rounds) throws IOException {
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper amazon = AmazonJson.mapper();
    WireContext ctx = new WireContext("searchOrders", 200);
    List<SearchOrdersResponse> parsed = new ArrayList<>(bodies.size());
    for (byte[] body : bodies) {
      parsed.add(amazon.readValue(body, SearchOrdersResponse.class));
    }
    LongSupplier httpOnly = raw::bytesOnly;
    LongSupplier tree = () -> {
      long n = 0;
      for (byte[] body : bodies) {
        try {
          n += plain.readTree(body).path("orders").size();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return n;
    };
    LongSupplier records = () -> {
      long n = 0;
      for (byte[] body : bodies) {
        try {
          n += amazon.readValue(body, SearchOrdersResponse.class).orders().size();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return n;
    };
    LongSupplier mapping = () -> {
      long n = 0;
      for (SearchOrdersResponse response : parsed) {
        n += OrderMapper.page(shop, response, ctx).items().size();
      }
      return n;
    };
    LongSupplier[] parts = {httpOnly, tree, records, mapping};
    String[] names = {
      "HTTP only (OkHttp, body bytes read, no parse)",
      "raw parse: readTree -> JsonNode",
      "connector parse: AmazonJson -> wire records",
      "connector mapping: OrderMapper.page -> PlatformOrder",
    };
    long[][] nanos = new long[parts.length][rounds];
    for (int warm = 0; warm < 3; warm++) {
      for (LongSupplier part : parts) {
        check(part.getAsLong(), "breakdown warm-up");
      }
    }
    for (int i = 0; i < rounds; i++) {
      for (int p = 0; p < parts.length; p++) {
        LongSupplier part = parts[p];
        nanos[p][i] = time(() -> part.getAsLong());
      }
    }
    System.out.printf(Locale.ROOT, "%nbreakdown per %,d orders (medians of %d passes; parse and mapping on pre-read bodies):%n",
        ORDERS, rounds);
    for (int p = 0; p < parts.length; p++) {
      System.out.printf(Locale.ROOT, "  %-52s %8.1f ms%n", names[p], median(nanos[p]) / 1e6);
    }
    System.out.printf(Locale.ROOT, "  client-side work without HTTP, connector/raw: (parse + mapping) / readTree = %.2fx%n",
        (median(nanos[2]) + median(nanos[3])) / median(nanos[1]));
  }

  /** One full paging of the window through the connector; the number of orders. */
  private static long connectorRound(OrderSource source, Shop shop) {
    long count = 0;
    long hash = 0;
    String cursor = null;
    do {
      PlatformPage<PlatformOrder> page = source.orders(shop, WINDOW, cursor);
      count += page.items().size();
      if (!page.items().isEmpty()) {
        hash += page.items().get(page.items().size() - 1).platformOrderId().hashCode();
      }
      cursor = page.next();
    } while (cursor != null);
    sink += hash;
    return count;
  }

  private static void verifyConnector(OrderSource source, Shop shop) {
    Set<String> ids = new HashSet<>();
    int pages = 0;
    String cursor = null;
    do {
      PlatformPage<PlatformOrder> page = source.orders(shop, WINDOW, cursor);
      pages++;
      for (PlatformOrder order : page.items()) {
        if (order.updatedAt().isBefore(WINDOW.from()) || !order.updatedAt().isBefore(WINDOW.to())) {
          throw new IllegalStateException("connector returned an order outside the window: " + order.updatedAt());
        }
        if (order.lines().size() != 2) {
          throw new IllegalStateException("connector mapped " + order.lines().size() + " lines, expected 2");
        }
        ids.add(order.platformOrderId());
      }
      cursor = page.next();
    } while (cursor != null);
    if (pages != PAGES || ids.size() != ORDERS) {
      throw new IllegalStateException("connector verification: " + pages + " pages, " + ids.size()
          + " distinct orders; expected " + PAGES + " and " + ORDERS);
    }
  }

  private static void verifyRaw(Raw raw) throws IOException {
    Set<String> ids = new HashSet<>();
    int pages = 0;
    String token = null;
    do {
      JsonNode page = raw.page(token);
      pages++;
      for (JsonNode order : page.path("orders")) {
        ids.add(order.path("orderId").asText());
      }
      token = page.path("pagination").path("nextToken").textValue();
    } while (token != null);
    if (pages != PAGES || ids.size() != ORDERS) {
      throw new IllegalStateException("raw verification: " + pages + " pages, " + ids.size()
          + " distinct orders; expected " + PAGES + " and " + ORDERS);
    }
  }

  /** The raw baseline: its own OkHttp client and a plain ObjectMapper, the same requests. */
  private static final class Raw {
    private final OkHttpClient client = new OkHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpUrl search;
    private final String accessToken;

    Raw(String base) throws IOException {
      this.search = HttpUrl.get(base + SEARCH_PATH);
      Request lwa = new Request.Builder()
          .url(base + LWA_PATH)
          .post(new FormBody.Builder()
              .add("grant_type", "refresh_token")
              .add("refresh_token", REFRESH_TOKEN)
              .add("client_id", CLIENT_ID)
              .add("client_secret", CLIENT_SECRET)
              .build())
          .build();
      try (Response response = client.newCall(lwa).execute()) {
        this.accessToken = mapper.readTree(body(response).byteStream()).path("access_token").asText();
      }
    }

    /** One page, as the connector asks for it. */
    JsonNode page(String token) throws IOException {
      try (Response response = client.newCall(request(token)).execute()) {
        return mapper.readTree(body(response).byteStream());
      }
    }

    long round() {
      long count = 0;
      long hash = 0;
      String token = null;
      try {
        do {
          JsonNode page = page(token);
          JsonNode orders = page.path("orders");
          count += orders.size();
          if (orders.size() > 0) {
            hash += orders.get(orders.size() - 1).path("orderId").asText().hashCode();
          }
          token = page.path("pagination").path("nextToken").textValue();
        } while (token != null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sink += hash;
      return count;
    }

    /** HTTP alone: the same 100 requests, bodies read to bytes, tokens known in advance. */
    long bytesOnly() {
      long count = 0;
      try {
        for (int k = 0; k < PAGES; k++) {
          try (Response response = client.newCall(request(k == 0 ? null : token(k))).execute()) {
            count += body(response).bytes().length > 0 ? PER_PAGE : 0;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return count;
    }

    private Request request(String token) {
      HttpUrl.Builder url = search.newBuilder()
          .addQueryParameter("lastUpdatedAfter", DateTimeFormatter.ISO_INSTANT.format(WINDOW.from()))
          .addQueryParameter("lastUpdatedBefore", DateTimeFormatter.ISO_INSTANT.format(WINDOW.to()))
          .addQueryParameter("marketplaceIds", MARKETPLACE)
          .addQueryParameter("maxResultsPerPage", Integer.toString(PER_PAGE));
      if (token != null) {
        url.addQueryParameter("paginationToken", token);
      }
      url.addQueryParameter("includedData", INCLUDED);
      return new Request.Builder().url(url.build()).header("x-amz-access-token", accessToken).build();
    }

    private static ResponseBody body(Response response) throws IOException {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code() + " from the stub");
      }
      return response.body();
    }
  }

  /** Times one run of {@code work}, which must count exactly {@link #ORDERS} orders. */
  private static long time(LongSupplier work) {
    long start = System.nanoTime();
    long count = work.getAsLong();
    long elapsed = System.nanoTime() - start;
    check(count, "round");
    return elapsed;
  }

  private static void check(long count, String what) {
    if (count != ORDERS) {
      throw new IllegalStateException(what + " counted " + count + " orders, expected " + ORDERS);
    }
  }

  /** Amazon's example order, copied {@link #ORDERS} times with distinct ids and update times. */
  private static List<byte[]> pageBodies() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode example;
    try (InputStream in = AmazonOrderPagingBenchmark.class.getResourceAsStream(FIXTURE)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + FIXTURE + " on the classpath");
      }
      example = mapper.readTree(in);
    }
    ObjectNode template = (ObjectNode) example.path("orders").get(0);
    List<byte[]> bodies = new ArrayList<>(PAGES);
    for (int k = 0; k < PAGES; k++) {
      ObjectNode page = ((ObjectNode) example).deepCopy();
      ArrayNode orders = page.putArray("orders");
      for (int j = 0; j < PER_PAGE; j++) {
        int n = k * PER_PAGE + j;
        ObjectNode order = template.deepCopy();
        order.put("orderId", String.format(Locale.ROOT, "123-%07d-%07d", 4567890 + k, 1000000 + n));
        order.put("lastUpdatedTime", DateTimeFormatter.ISO_INSTANT.format(FIRST_UPDATE.plusSeconds(n)));
        orders.add(order);
      }
      if (k + 1 < PAGES) {
        page.putObject("pagination").put("nextToken", token(k + 1));
      } else {
        page.remove("pagination");
      }
      page.put("lastUpdatedBefore", DateTimeFormatter.ISO_INSTANT.format(WINDOW.to()));
      bodies.add(mapper.writeValueAsBytes(page));
    }
    return bodies;
  }

  /** The opaque next token that leads to page {@code k} (1-based past the first). */
  private static String token(int k) {
    return String.format(Locale.ROOT, "2YgYW55IGNhcm5hbCBwbGVhc3VyZS4-p%03d", k);
  }

  private static void stub(WireMockServer server, List<byte[]> bodies) {
    server.stubFor(post(urlPathEqualTo(LWA_PATH)).willReturn(aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":3600,"
            + "\"refresh_token\":\"" + REFRESH_TOKEN + "\"}")));
    for (int k = 0; k < PAGES; k++) {
      server.stubFor(get(urlPathEqualTo(SEARCH_PATH))
          .withQueryParam("paginationToken", k == 0 ? absent() : equalTo(token(k)))
          .willReturn(aResponse()
              .withStatus(200)
              .withHeader("Content-Type", "application/json")
              .withBody(bodies.get(k))));
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }
}
