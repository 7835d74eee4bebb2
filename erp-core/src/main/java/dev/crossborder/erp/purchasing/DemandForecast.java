package dev.crossborder.erp.purchasing;

/**
 * A forecast method (SPI): turns daily sales into expected daily demand. The default is {@link
 * WeightedWindowForecast}; hosts may plug in their own (seasonal, ML-based) on the planner.
 *
 * <p>Implementations must be thread-safe and fast: the planner calls them once per SKU and
 * destination, hundreds of thousands of times per plan. They must explain their result in words a
 * buyer understands.
 */
@FunctionalInterface
public interface DemandForecast {

  /** The expected demand given {@code sales}. */
  Demand forecast(DailySales sales);
}
