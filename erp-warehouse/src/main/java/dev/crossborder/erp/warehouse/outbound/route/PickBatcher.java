package dev.crossborder.erp.warehouse.outbound.route;

import static java.util.Objects.requireNonNull;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Batch (cluster) picking: groups orders into walks of at most a {@link BatchCapacity}, one tote
 * per order, by the savings method of Clarke and Wright applied to route lengths, and routes each
 * batch.
 *
 * <p>Every order starts as its own batch. The saving of merging two batches is the walk of each
 * alone minus the walk of both together ({@link PickRouter#estimateLength}: exact on a single
 * block). Merges are made greedily, largest saving first, while the merged batch fits the
 * capacity and the saving is positive. A saving whose batches have grown since it was computed is
 * recomputed when it reaches the head of the queue (lazily) and queued again. Only neighbours are
 * tried: for each order, the {@value #NEIGHBOURS} orders whose
 * picks' centre is nearest (among the {@value #WINDOW} nearest by x on each side), which keeps the
 * work linear in the number of orders. An order that alone exceeds the capacity's units is
 * batched alone; orders are never split across totes or walks.
 *
 * <p>Immutable and thread-safe.
 */
public final class PickBatcher {
  /** Candidate neighbours per order. */
  static final int NEIGHBOURS = 10;

  /** Orders scanned on each side, in x order of their centres, to find the neighbours. */
  static final int WINDOW = 24;

  private final PickRouter router;
  private final BatchCapacity capacity;

  /** A batcher routing on {@code router}'s layout within {@code capacity}. */
  public PickBatcher(PickRouter router, BatchCapacity capacity) {
    this.router = requireNonNull(router, "router == null");
    this.capacity = requireNonNull(capacity, "capacity == null");
  }

  /**
   * Batches and routes {@code orders}. Batches are returned in the order of their first order in
   * {@code orders}; every order is in exactly one batch.
   *
   * @throws InvalidInputException naming {@code orders[i].reference} for a duplicate reference,
   *     or {@code orders[i].lines[k].aisle} / {@code .depth} for a location outside the layout;
   *     nothing is batched then
   */
  public List<PickBatch> batch(List<PickOrder> orders) {
    requireNonNull(orders, "orders == null");
    int n = orders.size();
    Set<String> references = new HashSet<>();
    Batch[] batches = new Batch[n];
    for (int i = 0; i < n; i++) {
      PickOrder order = requireNonNull(orders.get(i), "orders[" + i + "] == null");
      if (!references.add(order.reference())) {
        throw new InvalidInputException("orders[" + i + "].reference", order.reference(), "is a duplicate");
      }
      List<PickLine> lines = order.lines();
      int[] aisle = new int[lines.size()];
      double[] depth = new double[lines.size()];
      for (int k = 0; k < lines.size(); k++) {
        PickLocation location = lines.get(k).location();
        router.layout().requireInside(location, "orders[" + i + "].lines[" + k + "]");
        aisle[k] = location.aisle();
        depth[k] = location.depth();
      }
      sortByLocation(aisle, depth);
      batches[i] = new Batch(i, aisle, depth, order.units(), 0);
    }
    for (Batch b : batches) {
      b.members = new int[] {b.id};
      b.length = router.estimateLengthOfSorted(b.aisle, b.depth);
    }
    int[][] neighbours = neighbours(batches);
    int[] owner = new int[n];
    for (int i = 0; i < n; i++) {
      owner[i] = i;
    }
    PriorityQueue<Saving> queue = new PriorityQueue<>();
    Set<Pair> evaluated = new HashSet<>();
    for (int i = 0; i < n; i++) {
      for (int j : neighbours[i]) {
        if (i < j || !contains(neighbours[j], i)) {
          offer(queue, evaluated, batches[Math.min(i, j)], batches[Math.max(i, j)]);
        }
      }
    }
    while (!queue.isEmpty()) {
      Saving s = queue.poll();
      Batch a = batches[owner[s.a]];
      Batch b = batches[owner[s.b]];
      if (a == b || !fits(a, b)) {
        continue;
      }
      if (a.id != s.a || b.id != s.b || a.version != s.versionA || b.version != s.versionB) {
        // one side has grown since: re-evaluate lazily, when the stale saving comes up
        offer(queue, evaluated, a.id < b.id ? a : b, a.id < b.id ? b : a);
        continue;
      }
      Batch merged = a.merge(b, s.mergedLength);
      batches[b.id] = null;
      batches[a.id] = merged;
      for (int member : b.members) {
        owner[member] = a.id;
      }
    }
    List<PickBatch> result = new ArrayList<>();
    for (Batch b : batches) {
      if (b != null) {
        result.add(route(b, orders));
      }
    }
    return List.copyOf(result);
  }

  private boolean fits(Batch a, Batch b) {
    return a.members.length + b.members.length <= capacity.totes() && a.units + b.units <= capacity.units();
  }

  /** Queues the saving of merging a and b, unless it does not fit or was already queued. */
  private void offer(PriorityQueue<Saving> queue, Set<Pair> evaluated, Batch a, Batch b) {
    if (!fits(a, b) || !evaluated.add(new Pair(a.id, a.version, b.id, b.version))) {
      return;
    }
    int[] aisle = new int[a.aisle.length + b.aisle.length];
    double[] depth = new double[aisle.length];
    mergeByLocation(a, b, aisle, depth);
    double together = router.estimateLengthOfSorted(aisle, depth);
    double saving = a.length + b.length - together;
    if (saving > 1e-9) {
      queue.add(new Saving(saving, a.id, b.id, a.version, b.version, together));
    }
  }

  private PickBatch route(Batch b, List<PickOrder> orders) {
    int[] members = b.members.clone();
    Arrays.sort(members);
    List<PickLocation> locations = new ArrayList<>();
    List<Integer> ownerOfLine = new ArrayList<>();
    List<PickLine> lines = new ArrayList<>();
    for (int member : members) {
      for (PickLine line : orders.get(member).lines()) {
        locations.add(line.location());
        lines.add(line);
        ownerOfLine.add(member);
      }
    }
    PickRoute route = router.route(locations);
    // totes numbered by each order's first pick on the walk
    int[] tote = new int[members[members.length - 1] + 1];
    List<List<PickLine>> puts = new ArrayList<>();
    List<Integer> toteOrder = new ArrayList<>();
    List<BatchPick> picks = new ArrayList<>(lines.size());
    for (int index : route.visitOrder()) {
      int member = ownerOfLine.get(index);
      if (tote[member] == 0) {
        toteOrder.add(member);
        puts.add(new ArrayList<>());
        tote[member] = toteOrder.size();
      }
      puts.get(tote[member] - 1).add(lines.get(index));
      picks.add(new BatchPick(tote[member], orders.get(member).reference(), lines.get(index)));
    }
    List<TotePut> totes = new ArrayList<>(toteOrder.size());
    for (int t = 0; t < toteOrder.size(); t++) {
      totes.add(new TotePut(t + 1, orders.get(toteOrder.get(t)).reference(), puts.get(t)));
    }
    return new PickBatch(route, picks, totes);
  }

  /** For each order, up to NEIGHBOURS orders with the nearest pick centres. */
  private int[][] neighbours(Batch[] batches) {
    int n = batches.length;
    double[] cx = new double[n];
    double[] cy = new double[n];
    Integer[] byX = new Integer[n];
    for (int i = 0; i < n; i++) {
      Batch b = batches[i];
      for (int k = 0; k < b.aisle.length; k++) {
        cx[i] += router.layout().aisleX(b.aisle[k]);
        cy[i] += b.depth[k];
      }
      cx[i] /= b.aisle.length;
      cy[i] /= b.aisle.length;
      byX[i] = i;
    }
    Arrays.sort(byX, (p, q) -> p.equals(q) ? 0 : cx[p] != cx[q] ? Double.compare(cx[p], cx[q]) : p - q);
    int[][] result = new int[n][];
    for (int p = 0; p < n; p++) {
      int i = byX[p];
      int from = Math.max(0, p - WINDOW);
      int to = Math.min(n - 1, p + WINDOW);
      Integer[] candidates = new Integer[to - from];
      int c = 0;
      for (int q = from; q <= to; q++) {
        if (q != p) {
          candidates[c++] = byX[q];
        }
      }
      Arrays.sort(
          candidates,
          (u, v) -> {
            double du = square(cx[u] - cx[i]) + square(cy[u] - cy[i]);
            double dv = square(cx[v] - cx[i]) + square(cy[v] - cy[i]);
            return du != dv ? Double.compare(du, dv) : u - v;
          });
      int k = Math.min(NEIGHBOURS, candidates.length);
      result[i] = new int[k];
      for (int m = 0; m < k; m++) {
        result[i][m] = candidates[m];
      }
    }
    return result;
  }

  private static double square(double value) {
    return value * value;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /** Insertion sort by aisle, then depth (an order has few lines). */
  private static void sortByLocation(int[] aisle, double[] depth) {
    for (int i = 1; i < aisle.length; i++) {
      int a = aisle[i];
      double d = depth[i];
      int k = i;
      while (k > 0 && (aisle[k - 1] > a || (aisle[k - 1] == a && depth[k - 1] > d))) {
        aisle[k] = aisle[k - 1];
        depth[k] = depth[k - 1];
        k--;
      }
      aisle[k] = a;
      depth[k] = d;
    }
  }

  /** Merges the sorted picks of two batches into {@code aisle} and {@code depth}. */
  private static void mergeByLocation(Batch a, Batch b, int[] aisle, double[] depth) {
    int i = 0;
    int j = 0;
    for (int k = 0; k < aisle.length; k++) {
      boolean fromA =
          j == b.aisle.length
              || (i < a.aisle.length
                  && (a.aisle[i] < b.aisle[j] || (a.aisle[i] == b.aisle[j] && a.depth[i] <= b.depth[j])));
      if (fromA) {
        aisle[k] = a.aisle[i];
        depth[k] = a.depth[i++];
      } else {
        aisle[k] = b.aisle[j];
        depth[k] = b.depth[j++];
      }
    }
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** A batch under construction; its id is the index of its first order. */
  private static final class Batch {
    final int id;
    final int[] aisle;
    final double[] depth;
    final int units;
    final int version;
    int[] members = new int[0];
    double length;

    Batch(int id, int[] aisle, double[] depth, int units, int version) {
      this.id = id;
      this.aisle = aisle;
      this.depth = depth;
      this.units = units;
      this.version = version;
    }

    Batch merge(Batch other, double mergedLength) {
      int[] a = new int[aisle.length + other.aisle.length];
      double[] d = new double[a.length];
      mergeByLocation(this, other, a, d);
      Batch merged = new Batch(id, a, d, units + other.units, version + 1);
      merged.members = concat(members, other.members);
      merged.length = mergedLength;
      return merged;
    }
  }

  /** Two batches at given versions: one saving per pair is enough. */
  private record Pair(int a, int versionA, int b, int versionB) {}

  /** A candidate merge, largest saving first, ties by batch ids for determinism. */
  private record Saving(
      double saving, int a, int b, int versionA, int versionB, double mergedLength)
      implements Comparable<Saving> {
    @Override
    public int compareTo(Saving other) {
      int bySaving = Double.compare(other.saving, saving);
      if (bySaving != 0) {
        return bySaving;
      }
      return a != other.a ? Integer.compare(a, other.a) : Integer.compare(b, other.b);
    }
  }
}
