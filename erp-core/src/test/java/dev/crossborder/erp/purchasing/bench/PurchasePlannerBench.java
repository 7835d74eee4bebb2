package dev.crossborder.erp.purchasing.bench;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.inventory.WarehouseId;
import dev.crossborder.erp.money.UnitAmount;
import dev.crossborder.erp.purchasing.DailySales;
import dev.crossborder.erp.purchasing.Lane;
import dev.crossborder.erp.purchasing.PlanningItem;
import dev.crossborder.erp.purchasing.PlanningParameters;
import dev.crossborder.erp.purchasing.PlanningPolicy;
import dev.crossborder.erp.purchasing.PriceTier;
import dev.crossborder.erp.purchasing.PurchasePlan;
import dev.crossborder.erp.purchasing.PurchasePlanner;
import dev.crossborder.erp.purchasing.SafetyStock;
import dev.crossborder.erp.purchasing.StockPosition;
import dev.crossborder.erp.purchasing.SupplierId;
import dev.crossborder.erp.purchasing.SupplierOffer;
import dev.crossborder.erp.purchasing.WeightedWindowForecast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plans 100,000 SKUs × 3 destinations with 180 days of daily sales, and compares the time with a
 * bare pass that only sums the same history arrays. A plain {@code main}, not a unit test (no
 * timings in tests):
 *
 * <pre>
 * mvn -q -o -pl erp-core test-compile
 * java -Xmx2g -cp erp-core/target/classes:erp-core/target/test-classes \
 *     dev.crossborder.erp.purchasing.bench.PurchasePlannerBench [skus]
 * </pre>
 *
 * <p>Prints the best of several rounds of each, after warm-up rounds, and the ratio.
 */
public final class PurchasePlannerBench {
  private static final int DAYS = 180;
  private static final int LANES = 3;
  private static final int WARMUP = 3;
  private static final int ROUNDS = 10;

  private PurchasePlannerBench() {}

  /** Runs the benchmark; the optional argument is the number of SKUs (default 100,000). */
  public static void main(String[] args) {
    int skus = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    LocalDate today = LocalDate.of(2026, 11, 24);
    Random random = new Random(42);
    int[][] history = new int[skus * LANES][];
    List<PlanningItem> items = new ArrayList<>(skus);
    SupplierId supplier = SupplierId.of("acme");
    List<PriceTier> tiers = List.of(new PriceTier(1, UnitAmount.of("9.50", "CNY")));
    WarehouseId[] warehouses = {WarehouseId.of("CN-SZ"), WarehouseId.of("US-LA"), WarehouseId.of("FBA-DE")};
    for (int s = 0; s < skus; s++) {
      SkuCode sku = SkuCode.of("SKU-" + s);
      SupplierOffer offer =
          new SupplierOffer(supplier, sku, tiers.get(0).unitPrice().currency(), tiers, 50, 12, 10 + s % 20, true);
      List<PlanningItem.LaneInput> lanes = new ArrayList<>(LANES);
      for (int l = 0; l < LANES; l++) {
        int[] units = new int[DAYS];
        boolean[] out = new boolean[DAYS];
        int mean = 1 + random.nextInt(20);
        for (int d = 0; d < DAYS; d++) {
          units[d] = Math.max(0, mean + random.nextInt(7) - 3);
          out[d] = random.nextInt(50) == 0;
          if (random.nextInt(100) == 0) {
            units[d] *= 10;
          }
        }
        history[s * LANES + l] = units;
        Lane lane = l == 0 ? Lane.domestic(warehouses[0]) : Lane.forward(warehouses[l], 25 + 10 * l);
        StockPosition stock = new StockPosition(random.nextInt(2000), 0, random.nextInt(300), random.nextInt(300));
        lanes.add(new PlanningItem.LaneInput(lane, DailySales.of(today, units, out), stock));
      }
      items.add(new PlanningItem(sku, null, offer, lanes));
    }
    PurchasePlanner planner =
        new PurchasePlanner(
            WeightedWindowForecast.ofDefaults(),
            PlanningPolicy.of(new PlanningParameters(3, 7, SafetyStock.serviceLevel(1.65))));

    long sink = 0;
    for (int i = 0; i < WARMUP; i++) {
      sink += bare(history);
      sink += planner.plan(items).suggestions().size();
    }
    long bestBare = Long.MAX_VALUE;
    long bestPlan = Long.MAX_VALUE;
    long bought = 0;
    for (int i = 0; i < ROUNDS; i++) {
      long t0 = System.nanoTime();
      sink += bare(history);
      long t1 = System.nanoTime();
      PurchasePlan plan = planner.plan(items);
      long t2 = System.nanoTime();
      bestBare = Math.min(bestBare, t1 - t0);
      bestPlan = Math.min(bestPlan, t2 - t1);
      bought = plan.suggestions().stream().mapToLong(x -> x.purchaseQuantity()).sum();
    }
    System.out.printf(
        "plan %,d SKUs x %d destinations x %d days: %.1f ms; bare sum of the same arrays: %.1f ms;"
            + " ratio %.2f (units to buy %,d, checksum %d)%n",
        skus, LANES, DAYS, bestPlan / 1e6, bestBare / 1e6, (double) bestPlan / bestBare, bought, sink);
  }

  private static long bare(int[][] history) {
    long sum = 0;
    for (int[] series : history) {
      for (int units : series) {
        sum += units;
      }
    }
    return sum;
  }
}
