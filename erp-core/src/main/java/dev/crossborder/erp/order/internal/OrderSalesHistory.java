package dev.crossborder.erp.order.internal;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.order.Order;
import dev.crossborder.erp.order.OrderLine;
import dev.crossborder.erp.order.OrderStatus;
import dev.crossborder.erp.order.Shipment;
import dev.crossborder.erp.order.ShipmentLine;
import dev.crossborder.erp.purchasing.DailySales;
import dev.crossborder.erp.purchasing.SalesHistory;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.OrderQuery;
import dev.crossborder.erp.store.OrderRepository;
import dev.crossborder.erp.store.StoreTransaction;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Daily sales counted from stored orders, loaded once for a range of days: every order purchased
 * in the range that is not cancelled counts its units on its purchase day (in the given zone), at
 * the warehouse of each shipment line; an order with no shipment yet counts at its shop's
 * warehouse if the caller named one. Immutable once loaded; thread-safe.
 *
 * <p>It lives with the orders it reads, not in purchasing: purchasing only defines {@link
 * SalesHistory} and receives this loader from {@code Erp}, so purchasing never depends on the
 * order package (routing's shortfalls depend on purchasing; the other direction would be a cycle).
 */
public final class OrderSalesHistory implements SalesHistory {
  private static final int PAGE = 500;

  private final LocalDate lastDay;
  private final int days;
  private final Map<Key, int[]> units;

  private OrderSalesHistory(LocalDate lastDay, int days, Map<Key, int[]> units) {
    this.lastDay = lastDay;
    this.days = days;
    this.units = units;
  }

  /**
   * Reads, within {@code tx}, the orders of the {@code days} days ending on {@code lastDay}; the
   * shape of {@code StorePurchasing.OrderHistory}.
   */
  public static OrderSalesHistory load(
      StoreTransaction tx, LocalDate lastDay, int days, ZoneId zone, Map<ShopId, WarehouseId> unshippedAt) {
    OrderRepository orders = tx.repository(OrderRepository.class);
    LocalDate first = lastDay.minusDays(days - 1L);
    OrderQuery query =
        OrderQuery.all()
            .purchasedBetween(first.atStartOfDay(zone).toInstant(), lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    Map<Key, int[]> units = new HashMap<>();
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<Order> page = orders.find(query, request);
      for (Order order : page.items()) {
        if (order.status() == OrderStatus.CANCELLED) {
          continue;
        }
        int day = (int) ChronoUnit.DAYS.between(first, LocalDate.ofInstant(order.purchasedAt(), zone));
        if (!order.shipments().isEmpty()) {
          for (Shipment shipment : order.shipments()) {
            for (ShipmentLine line : shipment.lines()) {
              add(units, line.sku(), shipment.warehouse(), days, day, line.quantity().value());
            }
          }
        } else if (unshippedAt.containsKey(order.shopId())) {
          for (OrderLine line : order.lines()) {
            add(units, line.sku(), unshippedAt.get(order.shopId()), days, day, line.quantity().value());
          }
        }
      }
      if (!page.hasNext()) {
        return new OrderSalesHistory(lastDay, days, units);
      }
      request = request.next(page);
    }
  }

  private static void add(Map<Key, int[]> units, SkuCode sku, WarehouseId warehouse, int days, int day, long quantity) {
    int[] series = units.computeIfAbsent(new Key(sku, warehouse), k -> new int[days]);
    series[day] = (int) Math.min(Integer.MAX_VALUE, series[day] + quantity);
  }

  @Override
  public DailySales sales(SkuCode sku, WarehouseId warehouse, LocalDate last, int count) {
    long offset = ChronoUnit.DAYS.between(last, lastDay);
    if (offset < 0 || offset + count > days) {
      throw new InvalidInputException(
          "days", count + " days to " + last, "are outside the loaded " + days + " days to " + lastDay);
    }
    int[] series = units.get(new Key(sku, warehouse));
    int end = days - (int) offset;
    int[] window = series == null ? new int[count] : Arrays.copyOfRange(series, end - count, end);
    return DailySales.of(last, window, new boolean[count]);
  }

  private record Key(SkuCode sku, WarehouseId warehouse) {}
}
