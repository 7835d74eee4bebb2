package dev.crossborder.erp.warehouse.outbound.route.internal;

/**
 * 2-opt and or-opt improvement of a closed tour on a symmetric distance matrix (depot at index
 * 0), until no move shortens it by more than a rounding tolerance. Not API.
 */
public final class LocalSearch {
  private static final double EPSILON = 1e-9;
  private static final int MAX_SEGMENT = 3;

  private LocalSearch() {}

  /** Improves {@code order} (pick indices, visiting order); returns the local optimum. */
  public static Tour improve(double[][] d, int[] order) {
    int n = order.length;
    int[] tour = new int[n + 2]; // matrix indices with the depot at both ends
    for (int i = 0; i < n; i++) {
      tour[i + 1] = order[i] + 1;
    }
    boolean improved = true;
    while (improved) {
      improved = twoOpt(d, tour) | orOpt(d, tour);
    }
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = tour[i + 1] - 1;
    }
    return new Tour(result, Tour.lengthOf(result, d));
  }

  private static boolean twoOpt(double[][] d, int[] t) {
    boolean any = false;
    int last = t.length - 2;
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int i = 1; i < last; i++) {
        for (int j = i + 1; j <= last; j++) {
          double delta = d[t[i - 1]][t[j]] + d[t[i]][t[j + 1]] - d[t[i - 1]][t[i]] - d[t[j]][t[j + 1]];
          if (delta < -EPSILON) {
            reverse(t, i, j);
            improved = true;
            any = true;
          }
        }
      }
    }
    return any;
  }

  private static boolean orOpt(double[][] d, int[] t) {
    boolean any = false;
    int last = t.length - 2;
    boolean improved = true;
    while (improved) {
      improved = false;
      for (int len = 1; len <= MAX_SEGMENT && len < last; len++) {
        for (int i = 1; i + len - 1 <= last; i++) {
          int j = i + len - 1; // segment t[i..j]
          double removeGain = d[t[i - 1]][t[i]] + d[t[j]][t[j + 1]] - d[t[i - 1]][t[j + 1]];
          for (int k = 0; k <= last; k++) {
            if (k >= i - 1 && k <= j) {
              continue; // insertion between t[k] and t[k+1] must be outside the segment
            }
            double base = d[t[k]][t[k + 1]];
            double forward = d[t[k]][t[i]] + d[t[j]][t[k + 1]] - base;
            double backward = d[t[k]][t[j]] + d[t[i]][t[k + 1]] - base;
            double add = Math.min(forward, backward);
            if (add - removeGain < -EPSILON) {
              move(t, i, j, k, backward < forward);
              improved = true;
              any = true;
              break;
            }
          }
        }
      }
    }
    return any;
  }

  private static void reverse(int[] t, int i, int j) {
    while (i < j) {
      int tmp = t[i];
      t[i++] = t[j];
      t[j--] = tmp;
    }
  }

  /** Moves segment t[i..j] to between t[k] and t[k+1], reversed if asked. */
  private static void move(int[] t, int i, int j, int k, boolean reversed) {
    int len = j - i + 1;
    int[] segment = new int[len];
    for (int s = 0; s < len; s++) {
      segment[s] = reversed ? t[j - s] : t[i + s];
    }
    if (k > j) {
      System.arraycopy(t, j + 1, t, i, k - j);
      System.arraycopy(segment, 0, t, k - len + 1, len);
    } else {
      System.arraycopy(t, k + 1, t, k + 1 + len, i - k - 1);
      System.arraycopy(segment, 0, t, k + 1, len);
    }
  }
}
