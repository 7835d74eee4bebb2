package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * One line to pick for an order: a SKU, how many units, and the location to pick them from.
 *
 * @param sku the SKU code, not blank
 * @param units the number of units, at least 1
 * @param location where to pick them
 */
public record PickLine(String sku, int units, PickLocation location) {
  /** Validates the line. */
  public PickLine {
    requireNonNull(sku, "sku == null");
    requireNonNull(location, "location == null");
    if (sku.isBlank()) {
      throw new InvalidInputException("sku", sku, "must not be blank");
    }
    if (units < 1) {
      throw new InvalidInputException("units", units, "must be at least 1");
    }
  }
}
