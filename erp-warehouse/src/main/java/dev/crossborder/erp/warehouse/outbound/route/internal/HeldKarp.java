package dev.crossborder.erp.warehouse.outbound.route.internal;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Arrays;

/**
 * The Held–Karp dynamic programme for the travelling salesman: the exactly shortest closed tour
 * from the depot through every pick, on a shortest-path distance matrix. Time O(2^n n^2), memory
 * O(2^n n): for up to about 13–15 picks. Not API.
 */
public final class HeldKarp {
  /** The largest pick count accepted (memory grows as 2^n). */
  public static final int MAX_PICKS = 16;

  private HeldKarp() {}

  /** Solves on {@code d}, with the depot at index 0 and pick {@code i} at {@code i + 1}. */
  public static Tour solve(double[][] d) {
    int n = d.length - 1;
    if (n > MAX_PICKS) {
      throw new InvalidInputException("picks", n, "exceed the exact solver's limit of " + MAX_PICKS);
    }
    if (n == 0) {
      return new Tour(new int[0], 0);
    }
    int full = 1 << n;
    double[] dp = new double[full * n];
    byte[] parent = new byte[full * n];
    Arrays.fill(dp, Double.POSITIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      dp[(1 << i) * n + i] = d[0][i + 1];
      parent[(1 << i) * n + i] = -1;
    }
    for (int mask = 1; mask < full; mask++) {
      int base = mask * n;
      for (int last = 0; last < n; last++) {
        double value = dp[base + last];
        if (value == Double.POSITIVE_INFINITY) {
          continue;
        }
        double[] row = d[last + 1];
        int rest = ~mask & (full - 1);
        while (rest != 0) {
          int next = Integer.numberOfTrailingZeros(rest);
          rest &= rest - 1;
          int cell = (mask | (1 << next)) * n + next;
          double candidate = value + row[next + 1];
          if (candidate < dp[cell]) {
            dp[cell] = candidate;
            parent[cell] = (byte) last;
          }
        }
      }
    }
    int mask = full - 1;
    int best = 0;
    double bestLength = Double.POSITIVE_INFINITY;
    for (int last = 0; last < n; last++) {
      double candidate = dp[mask * n + last] + d[last + 1][0];
      if (candidate < bestLength) {
        bestLength = candidate;
        best = last;
      }
    }
    int[] order = new int[n];
    int last = best;
    for (int position = n - 1; position >= 0; position--) {
      order[position] = last;
      int previous = parent[mask * n + last];
      mask &= ~(1 << last);
      last = previous;
    }
    return new Tour(order, bestLength);
  }
}
