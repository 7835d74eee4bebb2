package dev.crossborder.erp.warehouse.outbound.route.internal;

import dev.crossborder.erp.warehouse.outbound.route.RoutingLayout;

/** Shortest-path distance matrices on the aisle graph. Not API. */
public final class Distances {
  private Distances() {}

  /**
   * The symmetric matrix of shortest walking distances between the depot (index 0) and the picks
   * (index {@code i + 1} for pick {@code i}).
   */
  public static double[][] matrix(RoutingLayout layout, int[] aisle, double[] depth) {
    int n = aisle.length + 1;
    int[] a = new int[n];
    double[] y = new double[n];
    a[0] = layout.depotAisle();
    for (int i = 1; i < n; i++) {
      a[i] = aisle[i - 1];
      y[i] = depth[i - 1];
    }
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = layout.distance(a[i], y[i], a[j], y[j]);
        d[i][j] = v;
        d[j][i] = v;
      }
    }
    return d;
  }
}
