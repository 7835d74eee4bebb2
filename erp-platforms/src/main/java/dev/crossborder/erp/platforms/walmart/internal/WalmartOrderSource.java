package dev.crossborder.erp.platforms.walmart.internal;

import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.RejectedItem;
import dev.crossborder.erp.platforms.http.RejectedOrders;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platform.PlatformRequestException;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.Order;
import dev.crossborder.erp.platforms.walmart.internal.WalmartWire.OrdersPage;
import dev.crossborder.erp.shop.Shop;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * {@link OrderSource} on {@code GET /v3/orders} by last-modified time ({@code
 * lastModifiedStartDate}, {@code lastModifiedEndDate}), {@value #PAGE_SIZE} orders a page, paged
 * with Walmart's {@code meta.nextCursor}.
 *
 * <p>Walmart answers one ship node type per query ({@code SellerFulfilled} when none is given), so
 * a window is read as three runs, one after the other: {@code SellerFulfilled}, {@code
 * WFSFulfilled} (Walmart Fulfillment Services, mapped to the platform channel) and {@code
 * 3PLFulfilled}. The cursor holds the run and Walmart's next cursor, bound to the shop and the
 * window, Base64url-encoded; nothing is kept in memory, so it survives a restart, and one issued for
 * other arguments is refused with a {@link PlatformRequestException} (code {@code InvalidCursor}).
 * The last page of a run hands out the cursor of the next run's first page, so a page may be empty
 * while another follows.
 *
 * <p>Window edges: orders carry no modification time, so each order's last update is the latest of
 * its order date and its lines' status dates (see {@link OrderMapper}), and every page is filtered
 * to {@code from <= updatedAt < to} here, whatever Walmart's own bounds are. An order Walmart counts
 * as modified in the window without a visible change (no status date in it) is thus left out: its
 * data is what an earlier window already read.
 */
final class WalmartOrderSource implements OrderSource {
  static final String OPERATION = "getAllOrders";
  static final int PAGE_SIZE = 100;
  static final List<String> SHIP_NODE_TYPES = List.of("SellerFulfilled", OrderMapper.WFS, "3PLFulfilled");

  private static final String VERSION = "w1";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final WalmartContext walmart;

  WalmartOrderSource(WalmartContext walmart) {
    this.walmart = walmart;
  }

  @Override
  public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
    walmart.check(shop);
    requireNonNull(window, "window == null");
    String scope = "orders|" + shop.id() + "|" + window.from() + "|" + window.to();
    Position at = cursor == null ? new Position(0, null) : decode(scope, cursor);
    String nodeType = SHIP_NODE_TYPES.get(at.run());
    OrdersPage page = at.walmartCursor() == null
        ? walmart.call(walmart.api.orders(iso(window.from()), iso(window.to()), nodeType, PAGE_SIZE, false,
            WalmartContext.read(shop, OPERATION)))
        : walmart.call(walmart.api.ordersPage(nextPageUrl(at.walmartCursor(), nodeType),
            WalmartContext.read(shop, OPERATION)));

    List<@Nullable Order> wireOrders =
        page.list() == null || page.list().elements() == null ? null : page.list().elements().order();
    List<PlatformOrder> inWindow = new ArrayList<>();
    List<RejectedItem> rejected = new ArrayList<>();
    if (wireOrders != null) {
      for (int i = 0; i < wireOrders.size(); i++) {
        String path = "list.elements.order[" + i + "]";
        Order wire = new OrderMapper.Wire(OPERATION).require(wireOrders.get(i), path);
        PlatformOrder order;
        try {
          order = OrderMapper.order(shop.id(), wire, nodeType, path, OPERATION);
        } catch (MalformedResponseException e) {
          rejected.add(RejectedOrders.of(wire.purchaseOrderId(), e));
          continue;
        }
        if (!order.updatedAt().isBefore(window.from()) && order.updatedAt().isBefore(window.to())) {
          inWindow.add(order);
        }
      }
    }
    String next = page.list() == null || page.list().meta() == null ? null : page.list().meta().nextCursor();
    Position following;
    if (hasMore(next)) {
      following = new Position(at.run(), next.strip());
    } else if (at.run() + 1 < SHIP_NODE_TYPES.size()) {
      following = new Position(at.run() + 1, null);
    } else {
      following = null;
    }
    return new PlatformPage<>(inWindow, following == null ? null : encode(scope, following), rejected);
  }

  /** Where a read stands: the ship node run and Walmart's cursor within it ({@code null}: first page). */
  private record Position(int run, @Nullable String walmartCursor) {}

  static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  private static boolean hasMore(@Nullable String next) {
    if (next == null || next.isBlank()) {
      return false;
    }
    HttpUrl url = HttpUrl.parse("https://walmart.invalid/v3/orders" + query(next));
    return url == null || !"false".equalsIgnoreCase(url.queryParameter("hasMoreElements"));
  }

  /**
   * {@code v3/orders} with Walmart's cursor query, plus the ship node type if the cursor does not
   * name it (so a later page never falls back to Walmart's default type).
   */
  static String nextPageUrl(String walmartCursor, String nodeType) {
    String query = query(walmartCursor);
    HttpUrl url = HttpUrl.parse("https://walmart.invalid/v3/orders" + query);
    if (url != null && url.queryParameter("shipNodeType") == null) {
      query = query + (query.length() > 1 ? "&" : "") + "shipNodeType=" + nodeType;
    }
    return "v3/orders" + query;
  }

  private static String query(String cursor) {
    String c = cursor.strip();
    return c.startsWith("?") ? c : "?" + c;
  }

  private static String encode(String scope, Position position) {
    String text = VERSION + "\n" + scope + "\n" + position.run() + "\n"
        + (position.walmartCursor() == null ? "" : position.walmartCursor());
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Position decode(String scope, String cursor) {
    String text;
    try {
      text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw foreign();
    }
    String prefix = VERSION + "\n" + scope + "\n";
    if (!text.startsWith(prefix)) {
      throw foreign();
    }
    String rest = text.substring(prefix.length());
    int newline = rest.indexOf('\n');
    if (newline <= 0) {
      throw foreign();
    }
    int run;
    try {
      run = Integer.parseInt(rest.substring(0, newline));
    } catch (NumberFormatException e) {
      throw foreign();
    }
    if (run < 0 || run >= SHIP_NODE_TYPES.size()) {
      throw foreign();
    }
    String walmartCursor = rest.substring(newline + 1);
    return new Position(run, walmartCursor.isEmpty() ? null : walmartCursor);
  }

  private static PlatformRequestException foreign() {
    return new PlatformRequestException(
        WalmartContext.WALMART, OPERATION, "InvalidCursor", "cursor was not issued for this shop and these arguments", 0, null);
  }
}
