package dev.crossborder.erp.platforms.shopify.internal;

import dev.crossborder.erp.order.PlatformOrder;
import dev.crossborder.erp.platform.OrderSource;
import dev.crossborder.erp.platform.OrderWindow;
import dev.crossborder.erp.platform.PlatformPage;
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
 * here, so the window's edges hold whatever Shopify's search does with them. Thread-safe.
 */
final class ShopifyOrderSource implements OrderSource {
  static final int PAGE_SIZE = 10;

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
    for (int i = 0; i < nodes.size(); i++) {
      PlatformOrder order = OrderMapper.map(shop.id(), fields.require(nodes.get(i), "orders.nodes[" + i + "]"), i);
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
    return new PlatformPage<>(page, next);
  }

  @Override
  public String toString() {
    return "ShopifyOrderSource";
  }
}
