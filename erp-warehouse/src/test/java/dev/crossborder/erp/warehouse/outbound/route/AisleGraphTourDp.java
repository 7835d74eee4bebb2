package dev.crossborder.erp.warehouse.outbound.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second exact method, written independently of the router's Ratliff–Rosenthal programme: the
 * shortest closed walk from the depot through every pick as the cheapest connected multigraph
 * in which every vertex has even degree, built edge by edge with a frontier dynamic programme.
 *
 * <p>The aisle graph has a vertex at every aisle/cross-aisle crossing and at every pick; its edges
 * are the aisle pieces between consecutive vertices of an aisle and the cross-aisle pieces between
 * neighbouring aisles. Each edge is taken 0, 1 or 2 times (an optimal walk never needs more). Edges
 * are processed aisle by aisle (an aisle's pieces front to back, then the cross-aisle pieces to the
 * next aisle); the state is, for each vertex on the frontier (seen, with edges still to come), its
 * degree class (none, odd, even) and the label of its connected component, plus whether the one
 * component has already been closed. A vertex leaves the frontier after its last edge: it must then
 * have even degree, a pick or the depot must have been reached, and a component that leaves with no
 * frontier vertex closes the tour, allowed only if it is the only one. Unlike Ratliff–Rosenthal it
 * assumes nothing about the shape of an aisle's optimal sub-walk (no list of 6 configurations, no
 * 7 classes), and it works on multi-block layouts too (the frontier grows with the cross aisles).
 *
 * <p>Test support only; stateless.
 */
final class AisleGraphTourDp {
  private static final int BITS = 6;
  private static final long SLOT_MASK = (1L << BITS) - 1;

  private AisleGraphTourDp() {}

  /** The length of the shortest tour from the depot through {@code picks} and back. */
  static double shortest(RoutingLayout layout, List<PickLocation> picks) {
    if (picks.isEmpty()) {
      return 0;
    }
    int depot = layout.depotAisle();
    int lo = depot;
    int hi = depot;
    for (PickLocation p : picks) {
      lo = Math.min(lo, p.aisle());
      hi = Math.max(hi, p.aisle());
    }
    int crossings = layout.crossAisleCount();
    int span = hi - lo + 1;
    int vertexCount = span * crossings + picks.size();
    boolean[] required = new boolean[vertexCount];
    required[(depot - lo) * crossings] = true;
    List<double[]> edges = new ArrayList<>(); // {u, v, length}
    for (int j = lo; j <= hi; j++) {
      for (int block = 0; block < crossings - 1; block++) {
        double top = layout.crossAisleDepth(block + 1);
        double bottom = layout.crossAisleDepth(block);
        List<Integer> inBlock = new ArrayList<>();
        for (int p = 0; p < picks.size(); p++) {
          PickLocation pick = picks.get(p);
          int pickBlock = blockOf(layout, pick.depth());
          if (pick.aisle() == j && pickBlock == block) {
            inBlock.add(p);
          }
        }
        inBlock.sort((a, b) -> Double.compare(picks.get(a).depth(), picks.get(b).depth()));
        int previous = (j - lo) * crossings + block;
        double previousDepth = bottom;
        for (int p : inBlock) {
          int vertex = span * crossings + p;
          required[vertex] = true;
          edges.add(new double[] {previous, vertex, picks.get(p).depth() - previousDepth});
          previous = vertex;
          previousDepth = picks.get(p).depth();
        }
        edges.add(new double[] {previous, (j - lo) * crossings + block + 1, top - previousDepth});
      }
      if (j < hi) {
        double dx = layout.aisleX(j + 1) - layout.aisleX(j);
        for (int k = 0; k < crossings; k++) {
          edges.add(new double[] {(j - lo) * crossings + k, (j + 1 - lo) * crossings + k, dx});
        }
      }
    }
    int[] lastEdge = new int[vertexCount];
    Arrays.fill(lastEdge, -1);
    for (int e = 0; e < edges.size(); e++) {
      lastEdge[(int) edges.get(e)[0]] = e;
      lastEdge[(int) edges.get(e)[1]] = e;
    }
    List<Integer> frontier = new ArrayList<>();
    Map<Long, Double> states = new HashMap<>();
    states.put(0L, 0.0);
    for (int e = 0; e < edges.size(); e++) {
      int u = (int) edges.get(e)[0];
      int v = (int) edges.get(e)[1];
      double w = edges.get(e)[2];
      if (!frontier.contains(u)) {
        frontier.add(u);
      }
      if (!frontier.contains(v)) {
        frontier.add(v);
      }
      int su = frontier.indexOf(u);
      int sv = frontier.indexOf(v);
      List<Integer> forget = new ArrayList<>();
      if (lastEdge[u] == e) {
        forget.add(su);
      }
      if (lastEdge[v] == e) {
        forget.add(sv);
      }
      forget.sort((a, b) -> b - a); // remove higher slots first
      int slots = frontier.size();
      Map<Long, Double> next = new HashMap<>();
      for (Map.Entry<Long, Double> entry : states.entrySet()) {
        long key = entry.getKey();
        boolean closed = (key & 1) == 1;
        int[] degree = new int[slots];
        int[] label = new int[slots];
        for (int i = 0; i < slots; i++) {
          long slot = (key >>> (1 + BITS * i)) & SLOT_MASK;
          degree[i] = (int) (slot & 3);
          label[i] = (int) (slot >>> 2);
        }
        for (int copies = 0; copies <= 2; copies++) {
          if (copies > 0 && closed) {
            break;
          }
          int[] d = degree.clone();
          int[] l = label.clone();
          boolean isClosed = closed;
          if (copies > 0) {
            d[su] = addDegree(d[su], copies);
            d[sv] = addDegree(d[sv], copies);
            join(l, su, sv);
          }
          int[] keep = new int[slots];
          Arrays.fill(keep, 1);
          boolean valid = true;
          for (int slot : forget) {
            int vertex = frontier.get(slot);
            if (d[slot] == 1 || (required[vertex] && d[slot] == 0)) {
              valid = false;
              break;
            }
            if (d[slot] > 0 && !labelElsewhere(l, keep, slot)) {
              // its component leaves the frontier: the tour closes, if nothing else is open
              for (int i = 0; i < slots; i++) {
                if (i != slot && keep[i] == 1 && l[i] != 0) {
                  valid = false;
                }
              }
              isClosed = true;
            }
            keep[slot] = 0;
          }
          if (!valid) {
            continue;
          }
          long encoded = encode(d, l, keep, isClosed);
          double cost = entry.getValue() + copies * w;
          next.merge(encoded, cost, Math::min);
        }
      }
      for (int slot : forget) {
        frontier.remove(slot);
      }
      states = next;
    }
    double best = Double.POSITIVE_INFINITY;
    for (Map.Entry<Long, Double> entry : states.entrySet()) {
      if ((entry.getKey() & 1) == 1) {
        best = Math.min(best, entry.getValue());
      }
    }
    return best;
  }

  private static int blockOf(RoutingLayout layout, double depth) {
    int block = 0;
    while (block + 1 < layout.blockCount() && layout.crossAisleDepth(block + 1) <= depth) {
      block++;
    }
    return block;
  }

  private static int addDegree(int degree, int copies) {
    int parity = (degree == 1 ? 1 : 0) + copies;
    return parity % 2 == 1 ? 1 : 2;
  }

  private static void join(int[] label, int a, int b) {
    if (label[a] == 0 && label[b] == 0) {
      int max = 0;
      for (int x : label) {
        max = Math.max(max, x);
      }
      label[a] = max + 1;
      label[b] = max + 1;
    } else if (label[a] == 0) {
      label[a] = label[b];
    } else if (label[b] == 0) {
      label[b] = label[a];
    } else if (label[a] != label[b]) {
      int old = label[b];
      for (int i = 0; i < label.length; i++) {
        if (label[i] == old) {
          label[i] = label[a];
        }
      }
    }
  }

  private static boolean labelElsewhere(int[] label, int[] keep, int slot) {
    for (int i = 0; i < label.length; i++) {
      if (i != slot && keep[i] == 1 && label[i] == label[slot]) {
        return true;
      }
    }
    return false;
  }

  /** Encodes the kept slots in order, with labels renumbered by first appearance. */
  private static long encode(int[] degree, int[] label, int[] keep, boolean closed) {
    int[] renumber = new int[64];
    int labels = 0;
    long key = closed ? 1 : 0;
    int position = 0;
    for (int i = 0; i < degree.length; i++) {
      if (keep[i] == 0) {
        continue;
      }
      int l = 0;
      if (label[i] != 0) {
        if (renumber[label[i]] == 0) {
          renumber[label[i]] = ++labels;
        }
        l = renumber[label[i]];
      }
      key |= ((long) ((l << 2) | degree[i])) << (1 + BITS * position);
      position++;
    }
    return key;
  }
}
