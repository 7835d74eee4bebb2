package dev.crossborder.erp.store.memory;

import dev.crossborder.erp.finance.CostLayer;
import dev.crossborder.erp.finance.CostPosition;
import dev.crossborder.erp.finance.CostingMethod;
import dev.crossborder.erp.finance.OrderProfit;
import dev.crossborder.erp.platform.SettlementEvent;

/** The committed finance tables of one tenant. */
final class FinanceTables {
  /** Warehouse id → costing method. */
  final Table<String, CostingMethod> methods = new Table<>();
  final Table<Keys.Level, CostPosition> positions = new Table<>();
  /** Layer id → layer. */
  final Table<String, CostLayer> layers = new Table<>();
  /** Keys of applied commands; the value is unused. */
  final Table<String, Boolean> applied = new Table<>();
  /** Order id + NUL + kind → profit. */
  final Table<String, OrderProfit> profits = new Table<>();
  /** Shop id + NUL + event id → event. */
  final Table<String, SettlementEvent> events = new Table<>();
}
