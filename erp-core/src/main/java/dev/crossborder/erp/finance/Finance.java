package dev.crossborder.erp.finance;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.OrderId;
import dev.crossborder.erp.platform.SettlementEvent;
import dev.crossborder.erp.shop.ShopId;
import dev.crossborder.erp.store.Page;
import dev.crossborder.erp.store.PageRequest;
import java.io.Reader;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Landed cost and order profit for one tenant, in its base currency (set with {@code
 * Erp.Builder.baseCurrency}). Reached by {@code erp.finance()}. Thread-safe; every command runs in
 * one transaction (or joins the caller's), so it writes everything or nothing.
 *
 * <p><b>Cost in.</b> Every purchase-order receipt adds a {@link CostLayer} per line at the order's
 * warehouse, in the same transaction as the receipt: the line's unit price times the units,
 * converted from the supplier's currency at the rate of the receipt's date (UTC). A receipt whose
 * rate is missing is refused as a whole ({@code NotFoundException} on {@code exchangeRate}), so
 * no unit enters stock without a cost. {@link #transfer} moves cost with units to another warehouse
 * (the first leg) and {@link #addCharges} spreads freight, duties and fees onto them.
 *
 * <p><b>Cost out.</b> {@link #recordShipment} issues the cost of an order's shipped units from each
 * shipment's warehouse by that warehouse's {@link CostingMethod} and stores the order's estimated
 * {@link OrderProfit}. Settlement events ({@link #applySettlement}, {@link #pullSettlements},
 * {@link #importSettlementReport}) store the {@link ProfitKind#ACTUAL actual} figure beside it.
 */
public interface Finance {

  /** The tenant's base currency, in which cost is kept. */
  Currency baseCurrency();

  /**
   * Sets how {@code warehouse} issues cost (default {@link CostingMethod#MOVING_AVERAGE}).
   *
   * @throws dev.crossborder.erp.kernel.IllegalTransitionException on {@code costingMethod} if the
   *     warehouse holds costed units under another method
   */
  void setCostingMethod(WarehouseId warehouse, CostingMethod method);

  /** How {@code warehouse} issues cost. */
  CostingMethod costingMethod(WarehouseId warehouse);

  /** The costed units and value of {@code sku} at {@code warehouse} (zero if none). */
  CostPosition position(SkuCode sku, WarehouseId warehouse);

  /** The cost layers of {@code sku} at {@code warehouse}, oldest first. */
  List<CostLayer> layers(SkuCode sku, WarehouseId warehouse);

  /**
   * Moves the cost of {@code quantity} units of {@code sku} from {@code from} to {@code to} as a
   * layer with source {@code shipmentRef}, as the first-leg module does when a shipment leaves:
   * the units are issued at {@code from} by its costing method and enter {@code to} at the same
   * value, so freight can later be added to them with {@link #addCharges}. A transfer whose
   * reference, SKU and warehouses were applied already changes nothing.
   *
   * @return the destination layer
   * @throws dev.crossborder.erp.kernel.InsufficientStockException on {@code quantity} if {@code
   *     from} holds fewer costed units
   */
  CostLayer transfer(String shipmentRef, SkuCode sku, WarehouseId from, WarehouseId to, long quantity);

  /**
   * Spreads {@code charges} (first-leg freight, duty, fees) over the {@code units} of the shipment
   * {@code shipmentRef} by {@code basis}, adding each line's share to the cost layer that the
   * shipment's units form at the line's warehouse (from {@link #transfer}, or a receipt whose source
   * is the reference). Each charge is converted to the base currency at its date's rate; the shares
   * add up to the converted total exactly (largest remainder). Charges whose id was applied to the
   * reference before are skipped. A moving-average warehouse adds the share to the pool's value;
   * a FIFO warehouse to the layer's remaining units, which must not all have been issued.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code basis} if the units' total
   *     for it is zero, on {@code units[i].weightKg} or {@code units[i].volumeM3} if the basis
   *     needs a missing figure, on {@code units[i]} if the shipment has no layer there, or if the
   *     layer of a FIFO warehouse has no units left
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code exchangeRate} if a charge's rate
   *     to the base currency is missing; nothing is written
   */
  ChargeAllocation addCharges(String shipmentRef, List<Charge> charges, AllocationBasis basis, List<ChargeUnits> units);

  /**
   * Issues the landed cost of the order's shipped units (every shipment line, at its shipment's
   * warehouse) and stores the order's {@link ProfitKind#ESTIMATE estimated} profit: revenue (unit
   * price × units + shipping charged − discount; tax excluded), minus the order's known platform
   * fees, minus the landed cost, minus {@code labelCost} (in the shop's or the base currency), in
   * the shop's currency and in the base currency at the rates of the shipment date. If settlement
   * fees for the order arrived already, the actual figure is stored too. Recording an order that
   * has an estimate returns it and issues nothing again.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code orderId}, or on {@code
   *     exchangeRate} when a rate is missing (nothing is issued)
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code orderId} if the order has no
   *     shipment, or on {@code labelCost} in a third currency
   */
  OrderProfit recordShipment(OrderId orderId, Money labelCost);

  /** The order's profit of {@code kind}, if recorded. */
  Optional<OrderProfit> profit(OrderId orderId, ProfitKind kind);

  /**
   * Profit lines that pass {@code query}, by shipment time, then order id, then line id, one page
   * at a time; sum them for a SKU's, a shop's or a period's profit.
   */
  Page<ProfitLine> profits(ProfitQuery query, PageRequest page);

  /**
   * Stores the settlement events of {@code shop} (each event id once) and recomputes the actual
   * profit of every shipped order they concern: the estimate with its fees replaced by the sum of
   * the order's {@link SettlementEvent.Kind#FEE fee} events (negated, as fees are booked negative),
   * at the estimate's rates.
   *
   * @throws dev.crossborder.erp.kernel.NotFoundException on {@code shopId}
   * @throws dev.crossborder.erp.money.CurrencyMismatchException if an order's fees are not in its
   *     currency
   */
  SettlementResult applySettlement(ShopId shop, List<SettlementEvent> events);

  /**
   * Reads the settlement events of {@code shop} posted in [{@code from}, {@code to}) through its
   * platform connector's {@code SettlementSource}, page by page, and applies each page as {@link
   * #applySettlement} does (one transaction per page; remote calls run outside transactions).
   *
   * @throws dev.crossborder.erp.kernel.ConfigurationException if the shop's platform has no
   *     connector or the connector no settlement source
   */
  SettlementResult pullSettlements(ShopId shop, Instant from, Instant to);

  /**
   * Imports a settlement report file of {@code shop}: Amazon's flat-file settlement report V2
   * (tab-separated, columns {@code settlement-id}, {@code order-id}, {@code amount-type}, {@code
   * amount-description}, {@code amount}, {@code posted-date-time}, {@code currency}…) or the same
   * columns comma-separated (see docs/finance.md), and applies its rows as {@link #applySettlement}
   * does. A row's event id is the settlement id and the row number, so importing a file twice
   * stores nothing new.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException on {@code report} naming the line and
   *     column of a malformed row; nothing is applied
   */
  SettlementResult importSettlementReport(ShopId shop, Reader report);
}
