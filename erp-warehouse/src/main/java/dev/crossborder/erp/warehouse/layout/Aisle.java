package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.List;

/**
 * One aisle of a zone and its bins. Immutable.
 *
 * @param code the aisle's code, unique in its zone
 * @param bins its bins
 */
public record Aisle(String code, List<Bin> bins) {

  /** Validates and copies. */
  public Aisle {
    code = WarehouseLayout.name("aisle", code);
    if (bins == null) {
      throw new InvalidInputException("aisles[" + code + "].bins", "null", "is required");
    }
    bins = List.copyOf(bins);
  }
}
