package dev.crossborder.erp.platforms.ebay.internal;

import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.RejectedItem;
import dev.crossborder.erp.platforms.http.RejectedOrders;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.Order;
import dev.crossborder.erp.platforms.ebay.internal.FulfillmentWire.OrderPage;
import dev.crossborder.erp.shop.Shop;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link OrderSource} on the Fulfillment API's {@code getOrders}, with the filter {@code
 * lastmodifieddate:[from..to]} (eBay's bounds are inclusive; every page is filtered to {@code
 * [from, to)} here) and offset paging. An order modified while a reader pages drops out of the
 * window and shifts the orders after it one place forward, which plain offset paging would skip;
 * so each page starts up to {@value #OVERLAP} orders before the end of the page before it (the
 * import stores each order once). The cursor holds the shop, the window and the offset. Thread-safe.
 */
final class EbayOrderSource implements OrderSource {
  static final String OPERATION = "getOrders";
  static final int PAGE_SIZE = 100;
  static final int OVERLAP = 5;
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final SellContext api;

  EbayOrderSource(SellContext api) {
    this.api = api;
  }

  @Override
  public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
    requireNonNull(window, "window == null");
    api.marketplace(shop);
    String scope = "orders|" + shop.id().value() + "|" + window.from() + "|" + window.to();
    int offset = OffsetCursors.decode(scope, cursor, OPERATION);
    OrderPage page = api.call(api.fulfillment.getOrders(filter(window), PAGE_SIZE, offset, SellContext.read(shop, OPERATION)));
    List<Order> orders = page.orders() == null ? List.of() : page.orders();
    List<PlatformOrder> inWindow = new ArrayList<>(orders.size());
    List<RejectedItem> rejected = new ArrayList<>();
    for (int i = 0; i < orders.size(); i++) {
      PlatformOrder order;
      try {
        order = OrderMapper.map(shop.id(), orders.get(i), i);
      } catch (MalformedResponseException e) {
        Order wire = orders.get(i);
        rejected.add(RejectedOrders.of(wire == null ? null : wire.orderId(), e));
        continue;
      }
      if (!order.updatedAt().isBefore(window.from()) && order.updatedAt().isBefore(window.to())) {
        inWindow.add(order);
      }
    }
    int size = orders.size();
    boolean more = size > 0 && (page.next() != null || (page.total() != null && offset + size < page.total()));
    String next = more ? OffsetCursors.encode(scope, offset + size - Math.min(OVERLAP, size / 2)) : null;
    return new PlatformPage<>(inWindow, next, rejected);
  }

  /**
   * {@code lastmodifieddate:[from..to]} in eBay's format ({@code 2026-03-02T00:00:00.000Z}), plain
   * text: the Retrofit query encodes it once. Milliseconds are truncated, which widens the window
   * at most by the truncated part; the page filter restores its edges.
   */
  static String filter(OrderWindow window) {
    return "lastmodifieddate:[" + iso(window.from()) + ".." + iso(window.to()) + "]";
  }

  /** {@code instant} in eBay's format, {@code 2026-03-02T00:00:00.000Z} (milliseconds truncated). */
  static String iso(Instant instant) {
    return ISO_MILLIS.format(instant);
  }
}
