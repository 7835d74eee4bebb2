package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout of one warehouse: zones → aisles → bins, and the receiving dock's floor coordinates
 * (the point put-away distances are measured from). A warehouse that has a layout is
 * <em>bin-managed</em>: its stock lives in bins, and its on hand and defective move only through
 * erp-warehouse's commands. Immutable.
 *
 * @param warehouse the warehouse (its summary lives in erp-core's inventory)
 * @param dockX the dock's floor coordinate in metres
 * @param dockY the dock's floor coordinate in metres
 * @param zones the zones
 * @param version the optimistic version, 0 for a layout never stored
 */
public record WarehouseLayout(WarehouseId warehouse, double dockX, double dockY, List<Zone> zones, long version) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,40}");

  /** Validates: bin codes unique in the warehouse, zone codes unique, aisle codes unique per zone. */
  public WarehouseLayout {
    if (warehouse == null) {
      throw new InvalidInputException("warehouse", "null", "is required");
    }
    if (!Double.isFinite(dockX) || !Double.isFinite(dockY)) {
      throw new InvalidInputException("dock", dockX + "/" + dockY, "must be finite");
    }
    if (zones == null || zones.isEmpty()) {
      throw new InvalidInputException("zones", "[]", "must hold at least one zone");
    }
    zones = List.copyOf(zones);
    Set<String> zoneCodes = new HashSet<>();
    Set<BinCode> binCodes = new HashSet<>();
    for (Zone zone : zones) {
      if (!zoneCodes.add(zone.code())) {
        throw new InvalidInputException("zones.code", zone.code(), "is used twice");
      }
      Set<String> aisleCodes = new HashSet<>();
      for (Aisle aisle : zone.aisles()) {
        if (!aisleCodes.add(aisle.code())) {
          throw new InvalidInputException("zones[" + zone.code() + "].aisles.code", aisle.code(), "is used twice");
        }
        for (Bin bin : aisle.bins()) {
          if (!binCodes.add(bin.code())) {
            throw new InvalidInputException("bins.code", bin.code(), "is used twice");
          }
        }
      }
    }
    if (version < 0) {
      throw new InvalidInputException("version", version, "must not be negative");
    }
  }

  /** A new layout (version 0) with its dock at ({@code dockX}, {@code dockY}). */
  public static WarehouseLayout of(WarehouseId warehouse, double dockX, double dockY, List<Zone> zones) {
    return new WarehouseLayout(warehouse, dockX, dockY, zones, 0);
  }

  /** Every bin, zone by zone and aisle by aisle. */
  public List<Bin> bins() {
    List<Bin> all = new ArrayList<>();
    for (Zone zone : zones) {
      for (Aisle aisle : zone.aisles()) {
        all.addAll(aisle.bins());
      }
    }
    return all;
  }

  /** The bin {@code code}, if the layout has it. */
  public Optional<Bin> bin(BinCode code) {
    return bins().stream().filter(b -> b.code().equals(code)).findFirst();
  }

  /** The bin {@code code}; an unknown code is a {@link NotFoundException} on {@code field}. */
  public Bin requireBin(BinCode code, String field) {
    return bin(code).orElseThrow(() -> new NotFoundException(field, code));
  }

  /** The bins of {@code type}, in layout order. */
  public List<Bin> bins(BinType type) {
    return bins().stream().filter(b -> b.type() == type).toList();
  }

  /** Each bin's zone and aisle codes as {@code zone/aisle}, by bin code. */
  public Map<BinCode, String> places() {
    Map<BinCode, String> places = new LinkedHashMap<>();
    for (Zone zone : zones) {
      for (Aisle aisle : zone.aisles()) {
        for (Bin bin : aisle.bins()) {
          places.put(bin.code(), zone.code() + "/" + aisle.code());
        }
      }
    }
    return places;
  }

  /** This layout at {@code next} version. */
  public WarehouseLayout withVersion(long next) {
    return new WarehouseLayout(warehouse, dockX, dockY, zones, next);
  }

  static String name(String field, String value) {
    if (value == null) {
      throw new InvalidInputException(field, "null", "is required");
    }
    String v = value.strip();
    if (!NAME.matcher(v).matches()) {
      throw new InvalidInputException(field, v, "is not a code (letters, digits, - . _, up to 40)");
    }
    return v;
  }
}
