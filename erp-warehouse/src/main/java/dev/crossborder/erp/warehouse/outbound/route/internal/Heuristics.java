package dev.crossborder.erp.warehouse.outbound.route.internal;

import dev.crossborder.erp.warehouse.outbound.route.RoutingLayout;
import java.util.Arrays;

/**
 * The classic single-block routing heuristics, each returned with the length of its walk as the
 * heuristic prescribes it. On a multi-block layout they use only the front and back cross aisles
 * (aisles are walked end to end), which gives valid but longer walks; the router improves on them
 * there. Every method needs at least one pick. Not API.
 */
public final class Heuristics {
  private Heuristics() {}

  private static int[] pickAisles(AisleGroups groups) {
    int[] aisles = new int[groups.last() - groups.first() + 1];
    int count = 0;
    for (int a = groups.first(); a <= groups.last(); a++) {
      if (groups.in(a).length > 0) {
        aisles[count++] = a;
      }
    }
    return Arrays.copyOf(aisles, count);
  }

  /**
   * S-shape: from the depot to the leftmost aisle with picks, then every aisle with picks is
   * traversed completely, alternately up and down; with an odd number of such aisles the last one
   * is entered from the front up to its deepest pick and left the same way; back to the depot.
   */
  public static Tour sShape(RoutingLayout layout, int[] aisle, double[] depth) {
    AisleGroups groups = AisleGroups.of(layout.aisleCount(), aisle, depth);
    int[] aisles = pickAisles(groups);
    double length = layout.depth();
    double depotX = layout.aisleX(layout.depotAisle());
    double first = layout.aisleX(aisles[0]);
    double last = layout.aisleX(aisles[aisles.length - 1]);
    double total = Math.abs(depotX - first) + (last - first) + Math.abs(last - depotX);
    Order order = new Order(aisle.length);
    for (int i = 0; i < aisles.length; i++) {
      int[] picks = groups.in(aisles[i]);
      boolean returnLeg = i == aisles.length - 1 && aisles.length % 2 == 1;
      if (returnLeg) {
        total += 2 * depth[picks[picks.length - 1]];
        order.up(picks);
      } else {
        total += length;
        if (i % 2 == 0) {
          order.up(picks);
        } else {
          order.down(picks);
        }
      }
    }
    return new Tour(order.picks(), total);
  }

  /**
   * Largest gap: the leftmost and rightmost aisles with picks are traversed completely; every
   * aisle between is entered from the front and from the back up to its largest gap (between two
   * picks, or between a pick and an end) and left the same way. With one aisle of picks, that
   * aisle is entered from the front up to its deepest pick.
   */
  public static Tour largestGap(RoutingLayout layout, int[] aisle, double[] depth) {
    AisleGroups groups = AisleGroups.of(layout.aisleCount(), aisle, depth);
    int[] aisles = pickAisles(groups);
    double length = layout.depth();
    int depotAisle = layout.depotAisle();
    double depotX = layout.aisleX(depotAisle);
    Order order = new Order(aisle.length);
    if (aisles.length == 1) {
      int[] picks = groups.in(aisles[0]);
      order.up(picks);
      return new Tour(
          order.picks(),
          2 * Math.abs(depotX - layout.aisleX(aisles[0])) + 2 * depth[picks[picks.length - 1]]);
    }
    double first = layout.aisleX(aisles[0]);
    double last = layout.aisleX(aisles[aisles.length - 1]);
    // front: depot to the first aisle and the last aisle back to the depot; back: first to last
    double total = Math.abs(depotX - first) + (last - first) + 2 * length + Math.abs(last - depotX);
    int[] split = new int[aisles.length]; // picks below the gap are picks[0 .. split)
    for (int i = 1; i < aisles.length - 1; i++) {
      int[] picks = groups.in(aisles[i]);
      int m = picks.length;
      double bestGap = depth[picks[0]];
      split[i] = 0;
      for (int k = 1; k < m; k++) {
        double gap = depth[picks[k]] - depth[picks[k - 1]];
        if (gap > bestGap) {
          bestGap = gap;
          split[i] = k;
        }
      }
      if (length - depth[picks[m - 1]] > bestGap) {
        bestGap = length - depth[picks[m - 1]];
        split[i] = m;
      }
      total += 2 * (length - bestGap);
    }
    // out along the front from the depot to the left: the bottom parts of aisles on the way
    for (int i = aisles.length - 2; i >= 1; i--) {
      if (aisles[i] <= depotAisle) {
        order.up(groups.in(aisles[i]), 0, split[i]);
      }
    }
    order.up(groups.in(aisles[0]));
    for (int i = 1; i < aisles.length - 1; i++) {
      int[] picks = groups.in(aisles[i]);
      order.down(picks, split[i], picks.length);
    }
    order.down(groups.in(aisles[aisles.length - 1]));
    for (int i = aisles.length - 2; i >= 1; i--) {
      if (aisles[i] > depotAisle) {
        order.up(groups.in(aisles[i]), 0, split[i]);
      }
    }
    return new Tour(order.picks(), total);
  }

  /**
   * Combined: aisles with picks are visited left to right, each either traversed or entered and
   * left at the side the picker is on, chosen by a two-state dynamic programme (front or back)
   * that includes the walk back to the front at the end.
   */
  public static Tour combined(RoutingLayout layout, int[] aisle, double[] depth) {
    AisleGroups groups = AisleGroups.of(layout.aisleCount(), aisle, depth);
    int[] aisles = pickAisles(groups);
    double length = layout.depth();
    double depotX = layout.aisleX(layout.depotAisle());
    int m = aisles.length;
    // cost[i][side]: after aisle i, standing at side (0 front, 1 back)
    double[][] cost = new double[m][2];
    boolean[][] traversed = new boolean[m][2];
    double inf = Double.POSITIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      int[] picks = groups.in(aisles[i]);
      double deepest = depth[picks[picks.length - 1]];
      double shallowest = depth[picks[0]];
      double front = i == 0 ? Math.abs(depotX - layout.aisleX(aisles[0])) : inf;
      double back = inf;
      if (i > 0) {
        double dx = layout.aisleX(aisles[i]) - layout.aisleX(aisles[i - 1]);
        front = cost[i - 1][0] + dx;
        back = cost[i - 1][1] + dx;
      }
      // end at front: return from front, or traverse from the back
      double returnFront = front + 2 * deepest;
      double traverseDown = back + length;
      cost[i][0] = Math.min(returnFront, traverseDown);
      traversed[i][0] = traverseDown < returnFront;
      double returnBack = back + 2 * (length - shallowest);
      double traverseUp = front + length;
      cost[i][1] = Math.min(returnBack, traverseUp);
      traversed[i][1] = traverseUp <= returnBack;
    }
    double lastX = layout.aisleX(aisles[m - 1]);
    double endFront = cost[m - 1][0] + Math.abs(lastX - depotX);
    double endBack = cost[m - 1][1] + length + Math.abs(lastX - depotX);
    int side = endFront <= endBack ? 0 : 1;
    double total = Math.min(endFront, endBack);
    int[][] legs = new int[m][];
    boolean[] up = new boolean[m];
    for (int i = m - 1; i >= 0; i--) {
      legs[i] = groups.in(aisles[i]);
      if (traversed[i][side]) {
        up[i] = side == 1; // arrived at the back by walking up
        side = 1 - side;
      } else {
        up[i] = side == 0; // entered from the front: picks going up
      }
    }
    Order order = new Order(aisle.length);
    for (int i = 0; i < m; i++) {
      if (up[i]) {
        order.up(legs[i]);
      } else {
        order.down(legs[i]);
      }
    }
    return new Tour(order.picks(), total);
  }

  /** Collects pick indices in walking order. */
  private static final class Order {
    private final int[] picks;
    private int size;

    Order(int capacity) {
      picks = new int[capacity];
    }

    void up(int[] group) {
      up(group, 0, group.length);
    }

    void up(int[] group, int from, int to) {
      for (int k = from; k < to; k++) {
        picks[size++] = group[k];
      }
    }

    void down(int[] group) {
      down(group, 0, group.length);
    }

    void down(int[] group, int from, int to) {
      for (int k = to - 1; k >= from; k--) {
        picks[size++] = group[k];
      }
    }

    int[] picks() {
      return picks;
    }
  }
}
