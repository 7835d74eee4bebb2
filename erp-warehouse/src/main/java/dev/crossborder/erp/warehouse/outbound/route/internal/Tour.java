package dev.crossborder.erp.warehouse.outbound.route.internal;

/**
 * A closed walk from the depot through picks and back: {@code order} holds pick indices (0-based
 * into the routed list) in visiting order, {@code length} the walking length. Not API.
 *
 * @param order pick indices in visiting order
 * @param length walking length
 */
public record Tour(int[] order, double length) {
  /** The length of visiting {@code order} by shortest paths, on a matrix with the depot at 0. */
  public static double lengthOf(int[] order, double[][] distances) {
    double total = 0;
    int previous = 0;
    for (int pick : order) {
      total += distances[previous][pick + 1];
      previous = pick + 1;
    }
    return total + distances[previous][0];
  }
}
