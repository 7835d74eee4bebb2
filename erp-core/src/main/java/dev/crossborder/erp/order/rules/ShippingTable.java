package dev.crossborder.erp.order.rules;

import java.util.List;

/**
 * A shipping method table: the first row that matches a shipment's destination country, weight
 * and value gives its method. Immutable.
 *
 * @param rows the rows, first match wins
 */
public record ShippingTable(List<ShippingRow> rows) {
  /** Copies the rows; at least one is required. */
  public ShippingTable {
    rows = List.copyOf(rows);
    if (rows.isEmpty()) {
      throw new RuleInputException("rows", "[]", "must not be empty");
    }
  }

  /** A table of {@code rows}. */
  public static ShippingTable of(ShippingRow... rows) {
    return new ShippingTable(List.of(rows));
  }
}
