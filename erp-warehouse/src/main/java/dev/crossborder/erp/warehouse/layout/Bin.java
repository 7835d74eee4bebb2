package dev.crossborder.erp.warehouse.layout;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * One bin location: its code, its place in the aisle (bay, level, position), its floor coordinates
 * in metres (for walking distances), its type and its capacity. Immutable.
 *
 * @param code the bin's code, unique in the warehouse
 * @param bay the bay (section) along the aisle, from 1
 * @param level the shelf level, from 1 (floor)
 * @param position the position on the level, from 1
 * @param x floor coordinate in metres
 * @param y floor coordinate in metres
 * @param type what the bin is for
 * @param capacity how much it holds
 */
public record Bin(BinCode code, int bay, int level, int position, double x, double y, BinType type, Capacity capacity) {

  /** Validates every field. */
  public Bin {
    if (code == null) {
      throw new InvalidInputException("bin", "null", "is required");
    }
    if (bay < 1 || level < 1 || position < 1) {
      throw new InvalidInputException(
          "bins[" + code + "].bay/level/position", bay + "/" + level + "/" + position, "must be 1 or more");
    }
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new InvalidInputException("bins[" + code + "].x/y", x + "/" + y, "must be finite");
    }
    if (type == null) {
      throw new InvalidInputException("bins[" + code + "].type", "null", "is required");
    }
    if (capacity == null) {
      throw new InvalidInputException("bins[" + code + "].capacity", "null", "is required");
    }
  }

  /** Walking distance in metres to the point ({@code px}, {@code py}): along the aisles (Manhattan). */
  public double distanceTo(double px, double py) {
    return Math.abs(x - px) + Math.abs(y - py);
  }
}
