package dev.crossborder.erp.warehouse.outbound.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random layouts and pick lists for the routing tests and the benchmark. */
final class RandomInstances {
  private RandomInstances() {}

  /**
   * A layout of {@code aisles} aisles 2.5–4 apart (not always evenly), {@code blocks} blocks
   * 10–30 long, with the depot at a random aisle or at aisle 0.
   */
  static RoutingLayout layout(Random random, int aisles, int blocks, boolean depotAnywhere) {
    double[] x = new double[aisles];
    for (int i = 1; i < aisles; i++) {
      x[i] = x[i - 1] + (random.nextBoolean() ? 3 : 2.5 + random.nextInt(4) * 0.5);
    }
    double[] y = new double[blocks + 1];
    for (int k = 1; k <= blocks; k++) {
      y[k] = y[k - 1] + 10 + random.nextInt(21);
    }
    return RoutingLayout.of(x, y, depotAnywhere ? random.nextInt(aisles) : 0);
  }

  /**
   * {@code count} picks uniformly over the layout; about one in ten falls on a cross aisle or
   * repeats an earlier location, to exercise the edge cases.
   */
  static List<PickLocation> picks(Random random, RoutingLayout layout, int count) {
    List<PickLocation> picks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(20);
      if (roll == 0 && !picks.isEmpty()) {
        picks.add(picks.get(random.nextInt(picks.size())));
      } else if (roll == 1) {
        picks.add(
            PickLocation.of(
                random.nextInt(layout.aisleCount()),
                layout.crossAisleDepth(random.nextInt(layout.crossAisleCount()))));
      } else {
        double depth = Math.round(random.nextDouble() * layout.depth() * 4) / 4.0;
        picks.add(PickLocation.of(random.nextInt(layout.aisleCount()), depth));
      }
    }
    return picks;
  }
}
