package dev.crossborder.erp.warehouse.outbound.route;

import dev.crossborder.erp.warehouse.outbound.route.internal.Distances;
import dev.crossborder.erp.warehouse.outbound.route.internal.HeldKarp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Route quality and speed of pick routing. A plain {@code main}, not a unit test (no timings in
 * tests):
 *
 * <pre>
 * mvn -q -o -pl erp-warehouse -am install -DskipTests
 * mvn -q -o -pl erp-warehouse test-compile
 * java -cp erp-core/target/classes:erp-warehouse/target/classes:erp-warehouse/target/test-classes \
 *     dev.crossborder.erp.warehouse.outbound.route.PickRouteBench [instances]
 * </pre>
 *
 * <p>Prints, on seeded random layouts: mean route length of S-shape, largest gap, combined and
 * the router relative to the optimum (Held–Karp up to 12 picks, else the independent aisle-graph
 * programme {@link AisleGraphTourDp}), for single-block layouts of 10–40 aisles with 5–60 picks
 * and for two-block layouts; walking per order of savings batches against picking 2-line orders
 * one by one; the time to batch and route 5,000 shipments against a baseline measured in the same
 * run (sorting all their lines by location); and the router's time on 200 aisles with 500 picks
 * against the same kind of baseline. Times are the best of several rounds after warm-up rounds.
 */
public final class PickRouteBench {
  private static final int WARMUP = 5;
  private static final int ROUNDS = 15;

  private PickRouteBench() {}

  /** Runs the benchmark; the optional argument is the number of instances per cell (default 100). */
  public static void main(String[] args) {
    int instances = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    System.out.printf(
        Locale.ROOT,
        "java %s, %d processors, %s%n",
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.arch"));
    quality("single-block", 1, new int[] {10, 20, 30, 40}, new int[] {5, 10, 12, 20, 30, 60}, instances);
    quality("two-block", 2, new int[] {10, 20, 30}, new int[] {5, 10, 12, 20, 30, 60}, instances);
    batching();
    speed();
  }

  private static void quality(String name, int blocks, int[] aisleCounts, int[] pickCounts, int instances) {
    System.out.printf(
        Locale.ROOT, "%n%s: mean length / optimal over %d instances per row%n", name, instances);
    System.out.printf(
        Locale.ROOT, "%7s %6s %9s %9s %9s %9s %9s%n", "aisles", "picks", "S-shape", "gap", "combined", "router",
        "exact");
    Random random = new Random(1983L * blocks);
    for (int aisles : aisleCounts) {
      for (int picks : pickCounts) {
        double[] sum = new double[4];
        int exact = 0;
        for (int i = 0; i < instances; i++) {
          RoutingLayout layout = RandomInstances.layout(random, aisles, blocks, false);
          List<PickLocation> list = RandomInstances.picks(random, layout, picks);
          PickRouter router = PickRouter.forLayout(layout);
          double optimal = picks <= PickRouter.EXACT_PICK_LIMIT ? heldKarp(layout, list) : AisleGraphTourDp.shortest(layout, list);
          sum[0] += router.route(list, RoutingPolicy.S_SHAPE).length() / optimal;
          sum[1] += router.route(list, RoutingPolicy.LARGEST_GAP).length() / optimal;
          sum[2] += router.route(list, RoutingPolicy.COMBINED).length() / optimal;
          double routed = router.route(list).length();
          sum[3] += routed / optimal;
          if (routed <= optimal + 1e-6) {
            exact++;
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%7d %6d %9.4f %9.4f %9.4f %9.4f %8d%%%n",
            aisles,
            picks,
            sum[0] / instances,
            sum[1] / instances,
            sum[2] / instances,
            sum[3] / instances,
            100 * exact / instances);
      }
    }
  }

  private static double heldKarp(RoutingLayout layout, List<PickLocation> picks) {
    int[] aisle = picks.stream().mapToInt(PickLocation::aisle).toArray();
    double[] depth = picks.stream().mapToDouble(PickLocation::depth).toArray();
    return HeldKarp.solve(Distances.matrix(layout, aisle, depth)).length();
  }

  private static void batching() {
    System.out.printf(Locale.ROOT, "%nbatching 2-line orders: walking per order, batched / one by one%n");
    System.out.printf(Locale.ROOT, "%7s %7s %7s %9s %8s%n", "layout", "orders", "totes", "ratio", "batches");
    for (int blocks = 1; blocks <= 2; blocks++) {
      RoutingLayout layout = RoutingLayout.uniform(30, 3, blocks, 30.0 / blocks, 0);
      PickRouter router = PickRouter.forLayout(layout);
      List<PickOrder> orders = twoLineOrders(new Random(42), layout, 2_000);
      double oneByOne = 0;
      for (PickOrder order : orders) {
        oneByOne += router.route(locations(order)).length();
      }
      for (int totes : new int[] {10, 20, 30}) {
        List<PickBatch> batches = new PickBatcher(router, new BatchCapacity(totes, 10 * totes)).batch(orders);
        double batched = batches.stream().mapToDouble(PickBatch::length).sum();
        System.out.printf(
            Locale.ROOT, "%6d-b %7d %7d %9.4f %8d%n", blocks, orders.size(), totes, batched / oneByOne, batches.size());
      }
    }
  }

  private static void speed() {
    System.out.printf(Locale.ROOT, "%nspeed (best of %d rounds after %d warm-up rounds)%n", ROUNDS, WARMUP);
    RoutingLayout layout = RoutingLayout.uniform(30, 3, 1, 30, 0);
    PickRouter router = PickRouter.forLayout(layout);
    List<PickOrder> shipments = twoLineOrders(new Random(5000), layout, 5_000);
    PickBatcher batcher = new PickBatcher(router, new BatchCapacity(20, 200));
    List<PickLine> allLines = new ArrayList<>();
    shipments.forEach(s -> allLines.addAll(s.lines()));
    double batchMs = best(() -> batcher.batch(shipments).size());
    double sortMs = best(() -> sortedByLocation(allLines).size());
    double singleMs =
        best(() -> shipments.stream().mapToDouble(o -> router.route(locations(o)).length()).sum());
    System.out.printf(
        Locale.ROOT,
        "batch + route 5,000 two-line shipments (single block, 30 aisles, 20 totes): %.1f ms; "
            + "baseline sort of their 10,000 lines by location: %.2f ms; ratio %.1f%n",
        batchMs,
        sortMs,
        batchMs / sortMs);
    System.out.printf(
        Locale.ROOT,
        "route the same 5,000 shipments one by one (no batching): %.1f ms; ratio to the sort %.1f%n",
        singleMs,
        singleMs / sortMs);

    RoutingLayout wide = RoutingLayout.uniform(200, 3, 1, 20, 0);
    List<PickLocation> picks = RandomInstances.picks(new Random(200), wide, 500);
    PickRouter wideRouter = PickRouter.forLayout(wide);
    List<PickLine> lines = picks.stream().map(p -> new PickLine("SKU", 1, p)).toList();
    double routeMs = best(() -> wideRouter.route(picks).length());
    double baselineMs = best(() -> sortedByLocation(lines).size());
    double secondMs = best(() -> AisleGraphTourDp.shortest(wide, picks));
    System.out.printf(
        Locale.ROOT,
        "route 500 picks on 200 aisles: %.3f ms; baseline sort of the 500 picks: %.3f ms; ratio %.1f; "
            + "independent aisle-graph programme: %.1f ms%n",
        routeMs,
        baselineMs,
        routeMs / baselineMs,
        secondMs);
  }

  private static List<PickLine> sortedByLocation(List<PickLine> lines) {
    PickLine[] sorted = lines.toArray(new PickLine[0]);
    Arrays.sort(
        sorted,
        Comparator.comparingInt((PickLine l) -> l.location().aisle()).thenComparingDouble(l -> l.location().depth()));
    return Arrays.asList(sorted);
  }

  private static double best(DoubleSupplier work) {
    double sink = 0;
    for (int i = 0; i < WARMUP; i++) {
      sink += work.getAsDouble();
    }
    long best = Long.MAX_VALUE;
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      sink += work.getAsDouble();
      best = Math.min(best, System.nanoTime() - start);
    }
    if (sink == Double.MIN_VALUE) {
      System.out.println(sink);
    }
    return best / 1e6;
  }

  private static List<PickLocation> locations(PickOrder order) {
    return order.lines().stream().map(PickLine::location).toList();
  }

  private static List<PickOrder> twoLineOrders(Random random, RoutingLayout layout, int count) {
    List<PickOrder> orders = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<PickLine> lines = new ArrayList<>(2);
      for (PickLocation location : RandomInstances.picks(random, layout, 2)) {
        lines.add(new PickLine("SKU-" + random.nextInt(1000), 1 + random.nextInt(2), location));
      }
      orders.add(new PickOrder("S-" + i, lines));
    }
    return orders;
  }
}
