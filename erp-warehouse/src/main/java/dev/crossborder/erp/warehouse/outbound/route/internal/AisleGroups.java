package dev.crossborder.erp.warehouse.outbound.route.internal;

/**
 * Picks grouped by aisle, each group sorted by depth: the input of the aisle-by-aisle
 * procedures. Not API.
 */
final class AisleGroups {
  private static final int[] NONE = new int[0];

  private final int[][] byAisle;
  private final int first;
  private final int last;

  private AisleGroups(int[][] byAisle, int first, int last) {
    this.byAisle = byAisle;
    this.first = first;
    this.last = last;
  }

  /** Groups the picks (there must be at least one) of a layout with {@code aisleCount} aisles. */
  static AisleGroups of(int aisleCount, int[] aisle, double[] depth) {
    int[] count = new int[aisleCount];
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (int a : aisle) {
      count[a]++;
      first = Math.min(first, a);
      last = Math.max(last, a);
    }
    int[][] byAisle = new int[aisleCount][];
    for (int a = 0; a < aisleCount; a++) {
      byAisle[a] = count[a] == 0 ? NONE : new int[count[a]];
      count[a] = 0;
    }
    for (int p = 0; p < aisle.length; p++) {
      int[] group = byAisle[aisle[p]];
      int k = count[aisle[p]]++;
      // insertion by depth keeps each group sorted; groups are small in practice
      while (k > 0 && depth[group[k - 1]] > depth[p]) {
        group[k] = group[k - 1];
        k--;
      }
      group[k] = p;
    }
    return new AisleGroups(byAisle, first, last);
  }

  /** The picks of {@code aisle} by increasing depth (empty when none). */
  int[] in(int aisle) {
    return byAisle[aisle];
  }

  /** Every pick index, by aisle, then depth. */
  int[] sortedOrder() {
    int total = 0;
    for (int a = first; a <= last; a++) {
      total += byAisle[a].length;
    }
    int[] order = new int[total];
    int k = 0;
    for (int a = first; a <= last; a++) {
      System.arraycopy(byAisle[a], 0, order, k, byAisle[a].length);
      k += byAisle[a].length;
    }
    return order;
  }

  /** The leftmost aisle with a pick. */
  int first() {
    return first;
  }

  /** The rightmost aisle with a pick. */
  int last() {
    return last;
  }
}
