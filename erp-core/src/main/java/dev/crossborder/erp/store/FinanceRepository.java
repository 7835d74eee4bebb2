package dev.crossborder.erp.store;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.finance.CostLayer;
import dev.crossborder.erp.finance.CostPosition;
import dev.crossborder.erp.finance.CostingMethod;
import dev.crossborder.erp.finance.OrderProfit;
import dev.crossborder.erp.finance.ProfitKind;
import dev.crossborder.erp.finance.ProfitLine;
import dev.crossborder.erp.finance.ProfitQuery;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.shop.ShopId;
import java.util.List;
import java.util.Optional;

/**
 * Landed cost and profit of the transaction's tenant: costing methods per warehouse, cost
 * positions and layers per SKU and warehouse, order profit lines, settlement events and the keys of
 * applied commands.
 */
public interface FinanceRepository {

  /** The costing method set for {@code warehouse}, if any. */
  Optional<CostingMethod> costingMethod(WarehouseId warehouse);

  /** Sets the costing method of {@code warehouse}. */
  void saveCostingMethod(WarehouseId warehouse, CostingMethod method);

  /** The cost position of {@code sku} at {@code warehouse}, if any was stored. */
  Optional<CostPosition> position(SkuCode sku, WarehouseId warehouse);

  /** Whether any position at {@code warehouse} holds units. */
  boolean holdsUnits(WarehouseId warehouse);

  /**
   * Stores {@code position}: inserts it when its version is 0 and none is stored, else replaces
   * the one stored at its version. Returns it at the next version.
   *
   * @throws ConcurrentUpdateException if the stored position has another version (or one was
   *     inserted concurrently); nothing is written
   */
  CostPosition savePosition(CostPosition position);

  /**
   * Inserts {@code layer} at version 0.
   *
   * @throws dev.crossborder.erp.kernel.DuplicateKeyException on {@code layerId} if one exists
   */
  void insertLayer(CostLayer layer);

  /** The layer with {@code id}. */
  Optional<CostLayer> layer(String id);

  /**
   * Replaces the layer stored at {@code layer.version()} and returns it at the next version.
   *
   * @throws ConcurrentUpdateException if the stored layer has another version
   */
  CostLayer updateLayer(CostLayer layer);

  /** The layers of {@code sku} at {@code warehouse} by {@code seq}, only those with units left if {@code open}. */
  List<CostLayer> layers(SkuCode sku, WarehouseId warehouse, boolean open);

  /** The next layer sequence number of {@code sku} at {@code warehouse} (1 for the first). */
  long nextLayerSeq(SkuCode sku, WarehouseId warehouse);

  /**
   * Records {@code key} as applied.
   *
   * @return false if it was recorded before (the command was applied already)
   */
  boolean markApplied(String key);

  /** Whether {@code key} was recorded. */
  boolean isApplied(String key);

  /**
   * Stores {@code profit}, replacing the stored profit of its order and kind (its lines).
   */
  void saveProfit(OrderProfit profit);

  /** The profit of {@code order} of {@code kind}. */
  Optional<OrderProfit> profit(OrderId order, ProfitKind kind);

  /** Profit lines that pass {@code query}, by shipment time, order id, line id, keyset-paged. */
  Page<ProfitLine> profitLines(ProfitQuery query, PageRequest page);

  /**
   * Stores a settlement event of {@code shop} unless one with its id is stored.
   *
   * @return whether it was stored
   */
  boolean insertSettlementEvent(ShopId shop, SettlementEvent event);

  /** The stored settlement events of {@code shop} for {@code platformOrderId}, by event id. */
  List<SettlementEvent> settlementEvents(ShopId shop, String platformOrderId);
}
