package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.warehouse.outbound.route.internal.Distances;
import dev.crossborder.erp.warehouse.outbound.route.internal.HeldKarp;
import dev.crossborder.erp.warehouse.outbound.route.internal.Heuristics;
import dev.crossborder.erp.warehouse.outbound.route.internal.LocalSearch;
import dev.crossborder.erp.warehouse.outbound.route.internal.RatliffRosenthal;
import dev.crossborder.erp.warehouse.outbound.route.internal.Tour;
import java.util.ArrayList;
import java.util.List;

/**
 * Orders a pick list for the shortest walk on a {@link RoutingLayout}, from the depot and back.
 *
 * <p>With {@link RoutingPolicy#SHORTEST} (the default):
 *
 * <ul>
 *   <li>single-block layout: the Ratliff–Rosenthal dynamic programme, exactly optimal for any
 *       number of picks, in time linear in the aisles;
 *   <li>any layout with at most {@link #EXACT_PICK_LIMIT} picks: Held–Karp over the shortest-path
 *       distances of the aisle graph, exactly optimal;
 *   <li>otherwise (multi-block, more picks): the S-shape, largest-gap, combined and
 *       nearest-neighbour orders, each improved by 2-opt and or-opt moves on the shortest-path
 *       distances; the shortest result. Not proven optimal ({@link PickRoute#isExact()} is
 *       false).
 * </ul>
 *
 * <p>Several picks at the same location are allowed (they are visited one after the other).
 * Immutable and thread-safe.
 */
public final class PickRouter {
  /** Up to this many picks, the router is exact on every layout. */
  public static final int EXACT_PICK_LIMIT = 12;

  /** Up to this many picks, {@link #estimateLength} is exact on every layout. */
  public static final int SMALL_LIST = 5;

  private final RoutingLayout layout;

  private PickRouter(RoutingLayout layout) {
    this.layout = requireNonNull(layout, "layout == null");
  }

  /** A router for {@code layout}. */
  public static PickRouter forLayout(RoutingLayout layout) {
    return new PickRouter(layout);
  }

  /** The layout routed on. */
  public RoutingLayout layout() {
    return layout;
  }

  /**
   * The shortest route the router finds through {@code picks} ({@link RoutingPolicy#SHORTEST}).
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException naming {@code picks[i].aisle} or
   *     {@code picks[i].depth} when a pick is outside the layout
   */
  public PickRoute route(List<PickLocation> picks) {
    return route(picks, RoutingPolicy.SHORTEST);
  }

  /**
   * The route through {@code picks} by {@code policy}.
   *
   * @throws dev.crossborder.erp.kernel.InvalidInputException naming {@code picks[i].aisle} or
   *     {@code picks[i].depth} when a pick is outside the layout
   */
  public PickRoute route(List<PickLocation> picks, RoutingPolicy policy) {
    requireNonNull(policy, "policy == null");
    int n = picks.size();
    int[] aisle = new int[n];
    double[] depth = new double[n];
    unpack(picks, aisle, depth);
    if (n == 0) {
      return new PickRoute(List.of(), 0, method(policy));
    }
    return switch (policy) {
      case S_SHAPE -> of(Heuristics.sShape(layout, aisle, depth), RouteMethod.S_SHAPE);
      case LARGEST_GAP -> of(Heuristics.largestGap(layout, aisle, depth), RouteMethod.LARGEST_GAP);
      case COMBINED -> of(Heuristics.combined(layout, aisle, depth), RouteMethod.COMBINED);
      case SHORTEST -> shortest(aisle, depth);
    };
  }

  /**
   * A quick estimate of the shortest route's length, for comparing many candidate pick lists
   * (batching): exact on a single-block layout and for up to {@value #SMALL_LIST} picks on any
   * layout; otherwise the shortest of the classic heuristics' walks, without local search (an
   * upper bound).
   */
  public double estimateLength(List<PickLocation> picks) {
    int n = picks.size();
    int[] aisle = new int[n];
    double[] depth = new double[n];
    unpack(picks, aisle, depth);
    if (n == 0) {
      return 0;
    }
    if (n <= SMALL_LIST) {
      return HeldKarp.solve(Distances.matrix(layout, aisle, depth)).length();
    }
    if (layout.isSingleBlock()) {
      return RatliffRosenthal.solve(layout, aisle, depth, false).length();
    }
    return estimateOnBlocks(aisle, depth);
  }

  /** {@link #estimateLength(List)} for valid picks already sorted by aisle, then depth. */
  double estimateLengthOfSorted(int[] aisle, double[] depth) {
    if (aisle.length <= SMALL_LIST) {
      // a handful of picks: Held–Karp on a tiny matrix is cheaper than a pass over every aisle
      return HeldKarp.solve(Distances.matrix(layout, aisle, depth)).length();
    }
    if (layout.isSingleBlock()) {
      return RatliffRosenthal.lengthOfSorted(layout, aisle, depth);
    }
    return estimateOnBlocks(aisle, depth);
  }

  private double estimateOnBlocks(int[] aisle, double[] depth) {
    return Math.min(
        Heuristics.combined(layout, aisle, depth).length(),
        Heuristics.largestGap(layout, aisle, depth).length());
  }

  private RouteMethod method(RoutingPolicy policy) {
    return switch (policy) {
      case S_SHAPE -> RouteMethod.S_SHAPE;
      case LARGEST_GAP -> RouteMethod.LARGEST_GAP;
      case COMBINED -> RouteMethod.COMBINED;
      case SHORTEST -> layout.isSingleBlock() ? RouteMethod.RATLIFF_ROSENTHAL : RouteMethod.HELD_KARP;
    };
  }

  private void unpack(List<PickLocation> picks, int[] aisle, double[] depth) {
    requireNonNull(picks, "picks == null");
    for (int i = 0; i < aisle.length; i++) {
      PickLocation pick = picks.get(i);
      layout.requireInside(pick, "picks[" + i + "]");
      aisle[i] = pick.aisle();
      depth[i] = pick.depth();
    }
  }

  private PickRoute shortest(int[] aisle, double[] depth) {
    if (layout.isSingleBlock()) {
      return of(RatliffRosenthal.solve(layout, aisle, depth, true), RouteMethod.RATLIFF_ROSENTHAL);
    }
    double[][] distances = Distances.matrix(layout, aisle, depth);
    if (aisle.length <= EXACT_PICK_LIMIT) {
      return of(HeldKarp.solve(distances), RouteMethod.HELD_KARP);
    }
    Tour best = null;
    for (int[] start : starts(aisle, depth, distances)) {
      Tour improved = LocalSearch.improve(distances, start);
      if (best == null || improved.length() < best.length()) {
        best = improved;
      }
    }
    return of(best, RouteMethod.LOCAL_SEARCH);
  }

  private List<int[]> starts(int[] aisle, double[] depth, double[][] distances) {
    List<int[]> starts = new ArrayList<>(4);
    starts.add(Heuristics.combined(layout, aisle, depth).order());
    starts.add(Heuristics.largestGap(layout, aisle, depth).order());
    starts.add(Heuristics.sShape(layout, aisle, depth).order());
    starts.add(nearestNeighbour(distances));
    return starts;
  }

  private static int[] nearestNeighbour(double[][] d) {
    int n = d.length - 1;
    boolean[] visited = new boolean[n + 1];
    int[] order = new int[n];
    int current = 0;
    for (int step = 0; step < n; step++) {
      int next = -1;
      for (int candidate = 1; candidate <= n; candidate++) {
        if (!visited[candidate] && (next < 0 || d[current][candidate] < d[current][next])) {
          next = candidate;
        }
      }
      visited[next] = true;
      order[step] = next - 1;
      current = next;
    }
    return order;
  }

  private static PickRoute of(Tour tour, RouteMethod method) {
    List<Integer> order = new ArrayList<>(tour.order().length);
    for (int index : tour.order()) {
      order.add(index);
    }
    return new PickRoute(order, tour.length(), method);
  }
}
