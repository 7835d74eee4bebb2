package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.order.rules.internal.Act;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The built-in actions, meant to be imported statically. */
public final class Actions {
  private Actions() {}

  /** Audit: hold the order for {@code reason}. */
  public static Action hold(String reason) {
    return new Act.Hold(reason);
  }

  /** Audit: hold the order as blacklisted for {@code reason}. */
  public static Action blacklist(String reason) {
    return new Act.Blacklist(reason);
  }

  /** Audit: pass; no later audit rule is evaluated. */
  public static Action approve() {
    return new Act.Approve();
  }

  /** Warehouse: the first of {@code warehouses}, in this order, that covers every line. */
  public static Action warehousesInOrder(String... warehouses) {
    return new Act.PickWarehouse(Act.Strategy.PRIORITY, Stream.of(warehouses).map(WarehouseId::of).toList());
  }

  /** Warehouse: the first warehouse, in the context's order, that covers every line. */
  public static Action warehouseWithStock() {
    return new Act.PickWarehouse(Act.Strategy.STOCK, List.of());
  }

  /** Warehouse: the nearest warehouse to the destination country that covers every line. */
  public static Action nearestWarehouse() {
    return new Act.PickWarehouse(Act.Strategy.NEAREST, List.of());
  }

  /** Warehouse: the cheapest warehouse to ship from that covers every line. */
  public static Action cheapestWarehouse() {
    return new Act.PickWarehouse(Act.Strategy.CHEAPEST, List.of());
  }

  /** Split/merge: when no warehouse covers every line, ship each line from the first ranked that has it. */
  public static Action splitByWarehouse() {
    return new Act.Split();
  }

  /** Split/merge: when no warehouse covers every line, wait for stock. */
  public static Action backorder() {
    return new Act.Backorder();
  }

  /** Split/merge: propose merging with open orders of the same buyer and address within {@code window}. */
  public static Action mergeWithin(Duration window) {
    return new Act.Merge(window);
  }

  /** Shipping: every shipment goes by {@code method}. */
  public static Action shipWith(String method) {
    return new Act.ShipWith(method);
  }

  /** Shipping: each shipment's method comes from {@code table}; declines if a shipment matches no row. */
  public static Action shippingTable(ShippingTable table) {
    return new Act.ShipByTable(table);
  }
}
