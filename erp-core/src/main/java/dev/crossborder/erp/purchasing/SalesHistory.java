package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import java.time.LocalDate;

/**
 * Where the planner reads daily sales from (SPI). The SDK's implementation counts stored orders
 * ({@code Purchasing.salesFromOrders()}); a host with a data warehouse may supply its own.
 *
 * <p>Implementations must be thread-safe and return the {@code days} days ending on {@code
 * lastDay} (inclusive), counted in the warehouse's time zone, with zero for days without sales.
 */
@FunctionalInterface
public interface SalesHistory {

  /** The daily sales of {@code sku} fulfilled from {@code warehouse}. */
  DailySales sales(SkuCode sku, WarehouseId warehouse, LocalDate lastDay, int days);
}
