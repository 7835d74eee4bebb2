package dev.crossborder.erp.order.rules;

import dev.crossborder.erp.inventory.WarehouseId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A shipment the plan would create: the lines one warehouse ships, and the shipping method once
 * the shipping stage picked one.
 *
 * @param warehouse the warehouse
 * @param lines the lines it ships
 * @param shippingMethod the method, or {@code null} if no shipping rule gave one
 */
public record PlannedShipment(WarehouseId warehouse, List<PlanLine> lines, @Nullable String shippingMethod) {
  /** Copies the lines. */
  public PlannedShipment {
    lines = List.copyOf(lines);
  }

  /** The shipping method, if one was picked. */
  public Optional<String> method() {
    return Optional.ofNullable(shippingMethod);
  }

  /** This shipment going by {@code method}. */
  public PlannedShipment withMethod(String method) {
    return new PlannedShipment(warehouse, lines, method);
  }

  @Override
  public String toString() {
    return warehouse + lines.toString() + (shippingMethod == null ? "" : " by " + shippingMethod);
  }
}
