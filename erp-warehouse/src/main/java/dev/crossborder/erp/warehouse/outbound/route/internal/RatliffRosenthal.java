package dev.crossborder.erp.warehouse.outbound.route.internal;

import dev.crossborder.erp.warehouse.outbound.route.RoutingLayout;
import java.util.Arrays;

/**
 * The Ratliff–Rosenthal (1983) dynamic programme: the exactly shortest order-picking tour in a
 * single-block parallel-aisle warehouse, in time linear in the number of aisles. Not API.
 *
 * <p>Aisles are processed left to right. A partial tour subgraph up to aisle j is summarised by
 * one of 7 equivalence classes on the front and back corners a_j, b_j of aisle j: the degree of
 * each corner (zero, even, uneven) and the number of connected components — (U,U,1C), (E,0,1C),
 * (0,E,1C), (E,E,1C), (E,E,2C), (0,0,0C) and (0,0,1C), the last one a finished tour. Each aisle
 * adds one of 6 vertical configurations (traverse once, traverse twice, from the back up to the
 * lowest pick, from the front up to the deepest pick, from both ends leaving the largest gap
 * between two picks, nothing); each pair of neighbouring aisles is joined by 0, 1 or 2 copies of
 * its front and of its back cross-aisle edge. The class reached by each transition is derived
 * once from the degree and component rules (tables below), not typed in by hand. The route is read
 * off the chosen subgraph as an Euler tour from the depot; its first visits give the pick order.
 */
public final class RatliffRosenthal {
  private static final int ODD = 1;
  private static final int EVEN = 2;

  private static final int UU_1C = 0;
  private static final int E0_1C = 1;
  private static final int OE_1C = 2;
  private static final int EE_1C = 3;
  private static final int EE_2C = 4;
  private static final int EMPTY = 5;
  private static final int CLOSED = 6;
  private static final int STATES = 7;
  private static final int[] DEG_A = {ODD, EVEN, 0, EVEN, EVEN, 0, 0};
  private static final int[] DEG_B = {ODD, 0, EVEN, EVEN, EVEN, 0, 0};
  private static final boolean[] JOINED = {true, false, false, true, false, false, false};

  private static final int NONE = 0;
  private static final int TRAVERSE = 1;
  private static final int DOUBLE = 2;
  private static final int FROM_BACK = 3;
  private static final int FROM_FRONT = 4;
  private static final int GAP = 5;
  private static final int CONFIGS = 6;
  private static final int[] CFG_A = {0, 1, 2, 0, 2, 2};
  private static final int[] CFG_B = {0, 1, 2, 2, 0, 2};
  private static final boolean[] CFG_JOINS = {false, true, true, false, false, false};

  /** Class after adding configuration c to class s, or -1. */
  private static final int[][] VERTICAL = new int[STATES][CONFIGS];
  /** Class on aisle j+1 after joining class s of aisle j by h = 3 * front + back edges, or -1. */
  private static final int[][] HORIZONTAL = new int[STATES][9];
  /** Whether the front corner a_j keeps a positive degree in that horizontal transition. */
  private static final boolean[][] FRONT_VISITED = new boolean[STATES][9];
  /** The valid vertical moves of each class, packed as {@code config | target << 4}. */
  private static final int[][] VERTICAL_MOVES = new int[STATES][];
  /** The valid horizontal moves of each class, packed as {@code h | target << 4}. */
  private static final int[][] HORIZONTAL_MOVES = new int[STATES][];

  static {
    for (int s = 0; s < STATES; s++) {
      for (int c = 0; c < CONFIGS; c++) {
        VERTICAL[s][c] = vertical(s, c);
      }
      for (int h = 0; h < 9; h++) {
        HORIZONTAL[s][h] = horizontal(s, h / 3, h % 3);
        FRONT_VISITED[s][h] = add(DEG_A[s], h / 3) > 0;
      }
      VERTICAL_MOVES[s] = moves(VERTICAL[s]);
      HORIZONTAL_MOVES[s] = moves(HORIZONTAL[s]);
    }
  }

  private static int[] moves(int[] targets) {
    return java.util.stream.IntStream.range(0, targets.length)
        .filter(m -> targets[m] >= 0)
        .map(m -> m | targets[m] << 4)
        .toArray();
  }

  private RatliffRosenthal() {}

  private static int add(int degree, int edges) {
    if (edges == 0) {
      return degree;
    }
    if (degree == 0) {
      return edges % 2 == 1 ? ODD : EVEN;
    }
    return (degree % 2 + edges) % 2 == 1 ? ODD : EVEN;
  }

  private static int classOf(int degA, int degB, boolean joined) {
    if (degA == 0 && degB == 0) {
      return EMPTY;
    }
    if (degB == 0) {
      return degA == EVEN ? E0_1C : -1;
    }
    if (degA == 0) {
      return degB == EVEN ? OE_1C : -1;
    }
    if (joined) {
      return degA == ODD && degB == ODD ? UU_1C : degA == EVEN && degB == EVEN ? EE_1C : -1;
    }
    return degA == EVEN && degB == EVEN ? EE_2C : -1;
  }

  private static int vertical(int s, int c) {
    if (s == CLOSED) {
      return c == NONE ? CLOSED : -1;
    }
    int degA = add(DEG_A[s], CFG_A[c]);
    int degB = add(DEG_B[s], CFG_B[c]);
    boolean wasJoined = DEG_A[s] > 0 && DEG_B[s] > 0 && JOINED[s];
    boolean joined = degA > 0 && degB > 0 && (wasJoined || CFG_JOINS[c]);
    return classOf(degA, degB, joined);
  }

  private static int horizontal(int s, int front, int back) {
    if (s == CLOSED) {
      return front == 0 && back == 0 ? CLOSED : -1;
    }
    int degA = DEG_A[s];
    int degB = DEG_B[s];
    if (add(degA, front) == ODD || add(degB, back) == ODD) {
      return -1; // a corner left behind must have even degree
    }
    // component labels: 1 = a's, 2 = b's (1 when joined), 3/4 = new component made by this edge
    int labelA = degA > 0 ? 1 : front > 0 ? 3 : 0;
    int labelB = degB > 0 ? (degA > 0 && JOINED[s] ? 1 : 2) : back > 0 ? 4 : 0;
    int keptA = front > 0 ? labelA : 0;
    int keptB = back > 0 ? labelB : 0;
    int components = (labelA != 0 ? 1 : 0) + (labelB != 0 && labelB != labelA ? 1 : 0);
    boolean lostA = labelA != 0 && labelA != keptA && labelA != keptB;
    boolean lostB = labelB != 0 && labelB != keptA && labelB != keptB;
    if (lostA || lostB) {
      // a component without a corner on the next aisle is finished: only if it is the whole tour
      return components == 1 && keptA == 0 && keptB == 0 ? CLOSED : -1;
    }
    int nextA = front == 0 ? 0 : front == 1 ? ODD : EVEN;
    int nextB = back == 0 ? 0 : back == 1 ? ODD : EVEN;
    return classOf(nextA, nextB, keptA != 0 && keptA == keptB);
  }

  /**
   * The shortest tour through the picks of a single-block layout.
   *
   * @param withOrder whether to reconstruct the visiting order (else only the length is exact and
   *     the order is empty)
   */
  public static Tour solve(RoutingLayout layout, int[] aisle, double[] depth, boolean withOrder) {
    int n = aisle.length;
    if (n == 0) {
      return new Tour(new int[0], 0);
    }
    int[] sorted = AisleGroups.of(layout.aisleCount(), aisle, depth).sortedOrder();
    int[] sortedAisle = new int[n];
    double[] sortedDepth = new double[n];
    for (int k = 0; k < n; k++) {
      sortedAisle[k] = aisle[sorted[k]];
      sortedDepth[k] = depth[sorted[k]];
    }
    Tour tour = run(layout, sortedAisle, sortedDepth, withOrder);
    int[] order = tour.order();
    for (int k = 0; k < order.length; k++) {
      order[k] = sorted[order[k]];
    }
    return tour;
  }

  /**
   * The length of the shortest tour through picks already sorted by aisle, then depth: the
   * allocation-light path for comparing many candidate pick lists.
   */
  public static double lengthOfSorted(RoutingLayout layout, int[] aisle, double[] depth) {
    return aisle.length == 0 ? 0 : run(layout, aisle, depth, false).length();
  }

  /** The programme on picks sorted by aisle, then depth; orders index the sorted picks. */
  private static Tour run(RoutingLayout layout, int[] aisle, double[] depth, boolean withOrder) {
    int n = aisle.length;
    int depot = layout.depotAisle();
    int lo = Math.min(depot, aisle[0]);
    int hi = Math.max(depot, aisle[n - 1]);
    int span = hi - lo + 1;
    double length = layout.depth();
    double inf = Double.POSITIVE_INFINITY;
    byte[][] verticalFrom = withOrder ? new byte[span][STATES] : null;
    byte[][] verticalConfig = withOrder ? new byte[span][STATES] : null;
    byte[][] horizontalFrom = withOrder ? new byte[span][STATES] : null;
    byte[][] horizontalEdges = withOrder ? new byte[span][STATES] : null;
    int[] firstPick = withOrder ? new int[span + 1] : null;
    double[] in = new double[STATES];
    double[] out = new double[STATES];
    double[] cost = new double[CONFIGS];
    Arrays.fill(in, inf);
    in[EMPTY] = 0;
    int next = 0;
    for (int j = lo; j <= hi; j++) {
      int from = next;
      while (next < n && aisle[next] == j) {
        next++;
      }
      if (withOrder) {
        firstPick[j - lo] = from;
        firstPick[j - lo + 1] = next;
      }
      configCosts(depth, from, next, length, cost);
      Arrays.fill(out, inf);
      for (int s = 0; s < STATES; s++) {
        if (in[s] == inf) {
          continue;
        }
        for (int move : VERTICAL_MOVES[s]) {
          int c = move & 15;
          int t = move >>> 4;
          if (cost[c] == inf) {
            continue;
          }
          double candidate = in[s] + cost[c];
          if (candidate < out[t]) {
            out[t] = candidate;
            if (withOrder) {
              verticalFrom[j - lo][t] = (byte) s;
              verticalConfig[j - lo][t] = (byte) c;
            }
          }
        }
      }
      if (j == hi) {
        break;
      }
      double dx = layout.aisleX(j + 1) - layout.aisleX(j);
      Arrays.fill(in, inf);
      for (int s = 0; s < STATES; s++) {
        if (out[s] == inf) {
          continue;
        }
        for (int move : HORIZONTAL_MOVES[s]) {
          int h = move & 15;
          int t = move >>> 4;
          if (j == depot && !FRONT_VISITED[s][h]) {
            continue;
          }
          double candidate = out[s] + (h / 3 + h % 3) * dx;
          if (candidate < in[t]) {
            in[t] = candidate;
            if (withOrder) {
              horizontalFrom[j + 1 - lo][t] = (byte) s;
              horizontalEdges[j + 1 - lo][t] = (byte) h;
            }
          }
        }
      }
    }
    int[] finals = hi == depot ? new int[] {E0_1C, EE_1C} : new int[] {E0_1C, OE_1C, EE_1C, CLOSED};
    int best = -1;
    for (int s : finals) {
      if (out[s] < inf && (best < 0 || out[s] < out[best])) {
        best = s;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no tour found: a bug in the transition tables");
    }
    if (!withOrder) {
      return new Tour(new int[0], out[best]);
    }
    int[] configs = new int[span];
    int[] joins = new int[span];
    int s = best;
    for (int j = hi; j >= lo; j--) {
      configs[j - lo] = verticalConfig[j - lo][s];
      s = verticalFrom[j - lo][s];
      if (j > lo) {
        joins[j - lo] = horizontalEdges[j - lo][s];
        s = horizontalFrom[j - lo][s];
      }
    }
    return new Tour(eulerOrder(depth, firstPick, lo, hi, depot, configs, joins, n), out[best]);
  }

  private static void configCosts(double[] depth, int from, int to, double length, double[] cost) {
    double inf = Double.POSITIVE_INFINITY;
    int m = to - from;
    cost[TRAVERSE] = length;
    cost[DOUBLE] = 2 * length;
    if (m == 0) {
      cost[NONE] = 0;
      cost[FROM_BACK] = inf;
      cost[FROM_FRONT] = inf;
      cost[GAP] = inf;
      return;
    }
    cost[NONE] = inf;
    cost[FROM_BACK] = 2 * (length - depth[from]);
    cost[FROM_FRONT] = 2 * depth[to - 1];
    if (m >= 2) {
      int k = largestInnerGap(depth, from, to);
      cost[GAP] = 2 * (length - (depth[k + 1] - depth[k]));
    } else {
      cost[GAP] = inf;
    }
  }

  /** The index k (from &lt;= k &lt; to - 1) after which the largest gap between picks lies. */
  private static int largestInnerGap(double[] depth, int from, int to) {
    int index = from;
    double gap = -1;
    for (int k = from; k + 1 < to; k++) {
      double g = depth[k + 1] - depth[k];
      if (g > gap) {
        gap = g;
        index = k;
      }
    }
    return index;
  }

  private static int[] eulerOrder(
      double[] depth, int[] firstPick, int lo, int hi, int depot, int[] configs, int[] joins, int n) {
    int span = hi - lo + 1;
    int vertices = 2 * span + n;
    EulerGraph graph = new EulerGraph(vertices, 4 * (n + span) + 8 * span);
    for (int j = lo; j <= hi; j++) {
      int front = 2 * (j - lo);
      int back = front + 1;
      int from = firstPick[j - lo];
      int m = firstPick[j - lo + 1] - from;
      int config = configs[j - lo];
      int skipped = config == GAP ? largestInnerGap(depth, from, from + m) - from + 1 : -1;
      // the aisle's chain: a_j, picks by depth, b_j; gap g runs from chain[g] to chain[g + 1]
      for (int g = 0; g <= m; g++) {
        int u = g == 0 ? front : 2 * span + from + g - 1;
        int v = g == m ? back : 2 * span + from + g;
        int copies =
            switch (config) {
              case TRAVERSE -> 1;
              case DOUBLE -> 2;
              case FROM_BACK -> g == 0 ? 0 : 2;
              case FROM_FRONT -> g == m ? 0 : 2;
              case GAP -> g == skipped ? 0 : 2;
              default -> 0;
            };
        graph.add(u, v, copies);
      }
      if (j > lo) {
        graph.add(front - 2, front, joins[j - lo] / 3);
        graph.add(back - 2, back, joins[j - lo] % 3);
      }
    }
    return graph.firstVisits(2 * (depot - lo), 2 * span, n);
  }

  /** A small multigraph with Hierholzer's Euler tour. */
  private static final class EulerGraph {
    private final int[] from;
    private final int[] to;
    private int edges;
    private final int vertices;

    EulerGraph(int vertices, int capacity) {
      this.vertices = vertices;
      this.from = new int[capacity];
      this.to = new int[capacity];
    }

    void add(int u, int v, int copies) {
      for (int c = 0; c < copies; c++) {
        from[edges] = u;
        to[edges] = v;
        edges++;
      }
    }

    int[] firstVisits(int start, int firstPickVertex, int picks) {
      int[] degree = new int[vertices + 1];
      for (int e = 0; e < edges; e++) {
        degree[from[e] + 1]++;
        degree[to[e] + 1]++;
      }
      for (int v = 0; v < vertices; v++) {
        degree[v + 1] += degree[v];
      }
      int[] incident = new int[2 * edges];
      int[] fill = Arrays.copyOf(degree, vertices);
      for (int e = 0; e < edges; e++) {
        incident[fill[from[e]]++] = e;
        incident[fill[to[e]]++] = e;
      }
      int[] next = Arrays.copyOf(degree, vertices);
      boolean[] used = new boolean[edges];
      boolean[] seen = new boolean[picks];
      int[] order = new int[picks];
      int found = 0;
      int[] stack = new int[edges + 1];
      int top = 0;
      stack[top++] = start;
      while (top > 0) {
        int v = stack[top - 1];
        while (next[v] < degree[v + 1] && used[incident[next[v]]]) {
          next[v]++;
        }
        if (next[v] == degree[v + 1]) {
          top--;
          if (v >= firstPickVertex && !seen[v - firstPickVertex]) {
            seen[v - firstPickVertex] = true;
            order[found++] = v - firstPickVertex;
          }
        } else {
          int e = incident[next[v]];
          used[e] = true;
          stack[top++] = from[e] == v ? to[e] : from[e];
        }
      }
      if (found != picks) {
        throw new IllegalStateException("tour missed " + (picks - found) + " picks: a bug in the programme");
      }
      return order;
    }
  }
}
