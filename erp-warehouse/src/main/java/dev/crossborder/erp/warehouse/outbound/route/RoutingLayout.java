package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Arrays;

/**
 * The geometry pick routing works on: a rectangular parallel-aisle warehouse.
 *
 * <ul>
 *   <li>Aisles run front to back, at x positions (strictly increasing, left to right); every
 *       aisle runs the full depth of the warehouse.
 *   <li>Cross aisles run left to right across every aisle, at depths measured from the front
 *       (strictly increasing; the first is the front cross aisle at depth 0, the last the back
 *       one). Two cross aisles make a single-block warehouse; each further one adds a block.
 *   <li>The depot (where every route starts and ends) is on the front cross aisle, at the head of
 *       aisle {@link #depotAisle()}.
 * </ul>
 *
 * <p>Walking is along aisle centre lines and cross aisles only (aisle and cross-aisle widths are
 * ignored). The bin layout maps onto this by giving each bin's aisle index and its depth; a depot
 * between two aisles can be modelled as an extra aisle without picks at its x position.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoutingLayout {
  private final double[] aisleX;
  private final double[] crossAisleDepths;
  private final int depotAisle;

  private RoutingLayout(double[] aisleX, double[] crossAisleDepths, int depotAisle) {
    this.aisleX = aisleX;
    this.crossAisleDepths = crossAisleDepths;
    this.depotAisle = depotAisle;
  }

  /**
   * A layout from explicit positions.
   *
   * @param aisleX the x position of each aisle, strictly increasing; at least one
   * @param crossAisleDepths the depth of each cross aisle from the front, starting with 0,
   *     strictly increasing; at least two
   * @param depotAisle the aisle at whose front the depot is
   * @throws InvalidInputException naming the field when a value is out of range
   */
  public static RoutingLayout of(double[] aisleX, double[] crossAisleDepths, int depotAisle) {
    requireNonNull(aisleX, "aisleX == null");
    requireNonNull(crossAisleDepths, "crossAisleDepths == null");
    if (aisleX.length == 0) {
      throw new InvalidInputException("aisles", 0, "must not be empty");
    }
    for (int i = 0; i < aisleX.length; i++) {
      if (!Double.isFinite(aisleX[i]) || (i > 0 && aisleX[i] <= aisleX[i - 1])) {
        throw new InvalidInputException(
            "aisleX[" + i + "]", aisleX[i], "must be finite and greater than the aisle before");
      }
    }
    if (crossAisleDepths.length < 2) {
      throw new InvalidInputException(
          "crossAisles", crossAisleDepths.length, "must be at least 2 (front and back)");
    }
    if (crossAisleDepths[0] != 0) {
      throw new InvalidInputException("crossAisleDepths[0]", crossAisleDepths[0], "must be 0");
    }
    for (int k = 1; k < crossAisleDepths.length; k++) {
      if (!Double.isFinite(crossAisleDepths[k]) || crossAisleDepths[k] <= crossAisleDepths[k - 1]) {
        throw new InvalidInputException(
            "crossAisleDepths[" + k + "]",
            crossAisleDepths[k],
            "must be finite and greater than the cross aisle before");
      }
    }
    if (depotAisle < 0 || depotAisle >= aisleX.length) {
      throw new InvalidInputException("depotAisle", depotAisle, "must be an aisle of the layout");
    }
    return new RoutingLayout(aisleX.clone(), crossAisleDepths.clone(), depotAisle);
  }

  /**
   * A layout of {@code aisles} evenly spaced aisles and {@code blocks} blocks of equal length,
   * with the depot at the front of {@code depotAisle}.
   *
   * @throws InvalidInputException when a count is below 1, a distance not positive, or the depot
   *     aisle outside the layout
   */
  public static RoutingLayout uniform(
      int aisles, double aisleSpacing, int blocks, double blockLength, int depotAisle) {
    if (aisles < 1) {
      throw new InvalidInputException("aisles", aisles, "must not be empty");
    }
    if (blocks < 1) {
      throw new InvalidInputException("blocks", blocks, "must be at least 1");
    }
    if (!(aisleSpacing > 0) || !Double.isFinite(aisleSpacing)) {
      throw new InvalidInputException("aisleSpacing", aisleSpacing, "must be positive");
    }
    if (!(blockLength > 0) || !Double.isFinite(blockLength)) {
      throw new InvalidInputException("blockLength", blockLength, "must be positive");
    }
    double[] x = new double[aisles];
    for (int i = 0; i < aisles; i++) {
      x[i] = i * aisleSpacing;
    }
    double[] y = new double[blocks + 1];
    for (int k = 0; k <= blocks; k++) {
      y[k] = k * blockLength;
    }
    return of(x, y, depotAisle);
  }

  /** The number of aisles. */
  public int aisleCount() {
    return aisleX.length;
  }

  /** The x position of aisle {@code aisle}. */
  public double aisleX(int aisle) {
    return aisleX[aisle];
  }

  /** The number of cross aisles (blocks + 1). */
  public int crossAisleCount() {
    return crossAisleDepths.length;
  }

  /** The depth of cross aisle {@code index} (0 is the front). */
  public double crossAisleDepth(int index) {
    return crossAisleDepths[index];
  }

  /** The number of blocks (1 for a single-block warehouse). */
  public int blockCount() {
    return crossAisleDepths.length - 1;
  }

  /** Whether this is a single-block warehouse (front and back cross aisles only). */
  public boolean isSingleBlock() {
    return crossAisleDepths.length == 2;
  }

  /** The depth of the back cross aisle: the length of every aisle. */
  public double depth() {
    return crossAisleDepths[crossAisleDepths.length - 1];
  }

  /** The aisle at whose front the depot is. */
  public int depotAisle() {
    return depotAisle;
  }

  /** The depot as a location (depth 0 of the depot aisle). */
  public PickLocation depot() {
    return new PickLocation(depotAisle, 0);
  }

  /**
   * Checks that {@code location} lies in this layout.
   *
   * @param field the name of the field to report, e.g. {@code "picks[3]"}
   * @throws InvalidInputException naming {@code field.aisle} or {@code field.depth}
   */
  public void requireInside(PickLocation location, String field) {
    requireNonNull(location, field + " == null");
    if (location.aisle() >= aisleX.length) {
      throw new InvalidInputException(
          field + ".aisle", location.aisle(), "is outside the layout of " + aisleX.length + " aisles");
    }
    if (location.depth() > depth()) {
      throw new InvalidInputException(
          field + ".depth", location.depth(), "is beyond the back cross aisle at " + depth());
    }
  }

  /**
   * The shortest walking distance between two locations of this layout: along the aisle when both
   * are in the same aisle, otherwise over the best cross aisle.
   */
  public double distance(PickLocation from, PickLocation to) {
    return distance(from.aisle(), from.depth(), to.aisle(), to.depth());
  }

  /** {@link #distance(PickLocation, PickLocation)} on raw coordinates. */
  public double distance(int aisleA, double depthA, int aisleB, double depthB) {
    if (aisleA == aisleB) {
      return Math.abs(depthA - depthB);
    }
    double lo = Math.min(depthA, depthB);
    double hi = Math.max(depthA, depthB);
    double vertical = Double.POSITIVE_INFINITY;
    for (double c : crossAisleDepths) {
      double v = c < lo ? hi + lo - 2 * c : c > hi ? 2 * c - hi - lo : hi - lo;
      vertical = Math.min(vertical, v);
    }
    return Math.abs(aisleX[aisleA] - aisleX[aisleB]) + vertical;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RoutingLayout that
        && depotAisle == that.depotAisle
        && Arrays.equals(aisleX, that.aisleX)
        && Arrays.equals(crossAisleDepths, that.crossAisleDepths);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(aisleX) + Arrays.hashCode(crossAisleDepths)) + depotAisle;
  }

  @Override
  public String toString() {
    return "RoutingLayout[aisles=" + aisleX.length + ", blocks=" + blockCount() + ", depotAisle="
        + depotAisle + "]";
  }
}
