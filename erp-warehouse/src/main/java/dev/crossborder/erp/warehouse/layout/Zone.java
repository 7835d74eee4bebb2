package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.List;

/**
 * One zone of a warehouse (a room, a temperature area, a mezzanine) and its aisles. Immutable.
 *
 * @param code the zone's code, unique in the warehouse
 * @param aisles its aisles
 */
public record Zone(String code, List<Aisle> aisles) {

  /** Validates and copies. */
  public Zone {
    code = WarehouseLayout.name("zone", code);
    if (aisles == null) {
      throw new InvalidInputException("zones[" + code + "].aisles", "null", "is required");
    }
    aisles = List.copyOf(aisles);
  }
}
