package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.List;

/**
 * An order (or shipment) to pick into one tote: its reference, chosen by the caller (for example
 * a shipment id), and its lines.
 *
 * @param reference the caller's reference, not blank, unique within one batching call
 * @param lines the lines to pick, at least one
 */
public record PickOrder(String reference, List<PickLine> lines) {
  /** Validates and copies. */
  public PickOrder {
    requireNonNull(reference, "reference == null");
    if (reference.isBlank()) {
      throw new InvalidInputException("reference", reference, "must not be blank");
    }
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new InvalidInputException("lines", reference, "must not be empty for order");
    }
  }

  /** The total units of all lines. */
  public int units() {
    int units = 0;
    for (PickLine line : lines) {
      units += line.units();
    }
    return units;
  }
}
