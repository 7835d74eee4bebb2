package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.platform.MalformedResponseException;
import dev.crossborder.erp.platform.RejectedItem;
import dev.crossborder.erp.platforms.http.RejectedOrders;

import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.LineItem;
import dev.crossborder.erp.platforms.shopify.internal.OrdersWire.Order;
import dev.crossborder.erp.shop.Shop;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link OrderSource} on the {@code orders} query: search filter {@code updated_at:>='from' AND
 * updated_at:<'to'}, sorted by last update, {@value #PAGE_SIZE} orders a page, paged by {@code
 * pageInfo.endCursor} while {@code hasNextPage}. Every page is also filtered to {@code [from, to)}
 * here, so the window's edges hold whatever Shopify's search does with them. An order with more
 * lines than the page's 20 has the rest read by {@code OrderLines}. Thread-safe.
 */
final class ShopifyOrderSource implements OrderSource {
  static final int PAGE_SIZE = 4;
  static final int MAX_LINE_PAGES = 20;

  private final GraphQl graphQl;

  ShopifyOrderSource(GraphQl graphQl) {
    this.graphQl = graphQl;
  }

  @Override
  public PlatformPage<PlatformOrder> orders(Shop shop, OrderWindow window, @Nullable String cursor) {
    graphQl.endpoint(shop);
    List<String> arguments = List.of(shop.id().value(), window.from().toString(), window.to().toString());
    String after = Cursors.decode(cursor, arguments, Operation.ORDERS.operationName());
    Map<String, Object> variables = new HashMap<>();
    variables.put("first", PAGE_SIZE);
    variables.put("query", "updated_at:>='" + window.from() + "' AND updated_at:<'" + window.to() + "'");
    if (after != null) {
      variables.put("after", after);
    }
    OrdersWire.OrdersData data = graphQl.run(shop, Operation.ORDERS, variables, OrdersWire.OrdersData.class);
    Fields fields = new Fields(Operation.ORDERS.operationName());
    OrdersWire.Connection<Order> orders = fields.require(data.orders(), "orders");
    List<Order> nodes = fields.require(orders.nodes(), "orders.nodes");
    List<PlatformOrder> page = new ArrayList<>(nodes.size());
    List<RejectedItem> rejected = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Order node = withAllLines(shop, fields.require(nodes.get(i), "orders.nodes[" + i + "]"), i);
      PlatformOrder order;
      try {
        order = OrderMapper.map(shop.id(), node, i);
      } catch (MalformedResponseException e) {
        rejected.add(RejectedOrders.of(node.id() == null ? null : GraphQl.tail(node.id()), e));
        continue;
      }
      Instant updatedAt = order.updatedAt();
      if (!updatedAt.isBefore(window.from()) && updatedAt.isBefore(window.to())) {
        page.add(order);
      }
    }
    GraphQlWire.PageInfo info = fields.require(orders.pageInfo(), "orders.pageInfo");
    String next = null;
    if (Boolean.TRUE.equals(info.hasNextPage())) {
      next = Cursors.encode(arguments, fields.text(info.endCursor(), "orders.pageInfo.endCursor"));
    }
    return new PlatformPage<>(page, next, rejected);
  }

  /**
   * {@code order} with every line: when its first page of lines says more follow, the rest are
   * read with {@code OrderLines}, {@value #MAX_LINE_PAGES} pages of 50 at most.
   */
  private Order withAllLines(Shop shop, Order order, int index) {
    OrdersWire.Connection<LineItem> lines = order.lineItems();
    if (lines == null || !hasNext(lines)) {
      return order;
    }
    Fields fields = new Fields(Operation.ORDER_LINES.operationName());
    String at = "orders.nodes[" + index + "].lineItems";
    String id = fields.text(order.id(), "orders.nodes[" + index + "].id");
    List<LineItem> all = new ArrayList<>(fields.require(lines.nodes(), at + ".nodes"));
    String after = fields.text(lines.pageInfo().endCursor(), at + ".pageInfo.endCursor");
    for (int page = 0; page < MAX_LINE_PAGES; page++) {
      OrdersWire.OrderLinesData data =
          graphQl.run(shop, Operation.ORDER_LINES, Map.of("id", id, "after", after), OrdersWire.OrderLinesData.class);
      OrdersWire.Connection<LineItem> more = fields.require(fields.require(data.order(), "order").lineItems(), "order.lineItems");
      all.addAll(fields.require(more.nodes(), "order.lineItems.nodes"));
      if (!hasNext(more)) {
        return new Order(order.id(), order.createdAt(), order.updatedAt(), order.cancelledAt(), order.currencyCode(),
            order.displayFinancialStatus(), order.displayFulfillmentStatus(), order.shippingAddress(), order.billingAddress(),
            order.totalShippingPriceSet(), new OrdersWire.Connection<>(null, all), order.fulfillmentOrders());
      }
      after = fields.text(more.pageInfo().endCursor(), "order.lineItems.pageInfo.endCursor");
    }
    throw fields.invalid("order.lineItems", "has more lines than " + MAX_LINE_PAGES + " pages hold", null);
  }

  private static boolean hasNext(OrdersWire.Connection<?> connection) {
    return connection.pageInfo() != null && Boolean.TRUE.equals(connection.pageInfo().hasNextPage());
  }

  @Override
  public String toString() {
    return "ShopifyOrderSource";
  }
}
