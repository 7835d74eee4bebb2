package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.Arrays;

/**
 * The default forecast: a weighted blend of the average daily sales over several trailing windows
 * (by default 7, 14, 30 and 90 days weighted 0.4, 0.3, 0.2, 0.1), counting only in-stock days and
 * damping outlier days. Immutable and thread-safe.
 *
 * <ol>
 *   <li>Stock-out days are skipped: a window's rate is its units divided by its in-stock days. A
 *       window with no in-stock day is left out and the other weights are renormalised.
 *   <li>Outliers: any day above {@code outlierFactor} × the median of the in-stock days of the
 *       longest window counts as that ceiling (a one-off wholesale order or a lightning deal does
 *       not triple the purchase). With a median of zero nothing is damped.
 *   <li>velocity = Σ weightᵢ × rateᵢ / Σ weightᵢ; the deviation is the population standard deviation
 *       of the damped in-stock days of the longest window.
 * </ol>
 *
 * <p>A window longer than the history covers the days there are.
 */
public final class WeightedWindowForecast implements DemandForecast {
  private static final int[] DEFAULT_WINDOWS = {7, 14, 30, 90};
  private static final double[] DEFAULT_WEIGHTS = {0.4, 0.3, 0.2, 0.1};
  private static final double DEFAULT_OUTLIER_FACTOR = 3.0;

  /** Per-thread working arrays; a forecast never calls another on the same thread. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private final int[] windows;
  private final double[] weights;
  private final double outlierFactor;
  private final int longest;

  private WeightedWindowForecast(int[] windows, double[] weights, double outlierFactor) {
    if (windows.length == 0 || windows.length != weights.length) {
      throw new InvalidInputException(
          "weights", weights.length + " weights", "must match the " + windows.length + " windows");
    }
    int longest = 0;
    for (int i = 0; i < windows.length; i++) {
      Checks.positive("windows[" + i + "]", windows[i]);
      if (i > 0 && windows[i] <= windows[i - 1]) {
        throw new InvalidInputException("windows[" + i + "]", windows[i], "must be longer than the window before");
      }
      if (!(weights[i] > 0) || Double.isInfinite(weights[i])) {
        throw new InvalidInputException("weights[" + i + "]", weights[i], "must be positive");
      }
      longest = windows[i];
    }
    if (!(outlierFactor >= 1) || Double.isInfinite(outlierFactor)) {
      throw new InvalidInputException("outlierFactor", outlierFactor, "must be at least 1");
    }
    this.windows = windows.clone();
    this.weights = weights.clone();
    this.outlierFactor = outlierFactor;
    this.longest = longest;
  }

  /** Windows of 7, 14, 30 and 90 days weighted 0.4, 0.3, 0.2, 0.1; outliers above 3 × median. */
  public static WeightedWindowForecast ofDefaults() {
    return new WeightedWindowForecast(DEFAULT_WINDOWS, DEFAULT_WEIGHTS, DEFAULT_OUTLIER_FACTOR);
  }

  /**
   * A blend of {@code windows} (days, strictly increasing) with their {@code weights} (positive;
   * they need not sum to 1), damping days above {@code outlierFactor} (at least 1) × the median.
   */
  public static WeightedWindowForecast of(int[] windows, double[] weights, double outlierFactor) {
    return new WeightedWindowForecast(
        Checks.present("windows", windows), Checks.present("weights", weights), outlierFactor);
  }

  @Override
  public Demand forecast(DailySales sales) {
    int[] units = sales.rawUnits();
    boolean[] out = sales.rawStockOut();
    int last = units.length - 1;
    int span = Math.min(longest, units.length);
    Scratch scratch = SCRATCH.get();
    int[] inStock = scratch.values(span);
    int[] histogram = scratch.histogram;
    int[] counts = new int[windows.length];
    // Pass 1, newest day first: the in-stock days in order, how many fall in each window, and
    // (for the median) how often each small value occurs.
    int n = 0;
    int max = 0;
    int age = 0;
    for (int w = 0; w < windows.length; w++) {
      for (int end = Math.min(windows[w], span); age < end; age++) {
        if (!out[last - age]) {
          int v = units[last - age];
          inStock[n++] = v;
          max = Math.max(max, v);
          if (v < Scratch.HISTOGRAM) {
            histogram[v]++;
          }
        }
      }
      counts[w] = n;
    }
    double cap = ceiling(scratch, inStock, n, max);
    // Pass 2 over the in-stock days only: damped sums at each window's boundary.
    double[] rates = new double[windows.length];
    double sum = 0;
    double sumSq = 0;
    int damped = 0;
    int i = 0;
    for (int w = 0; w < windows.length; w++) {
      for (; i < counts[w]; i++) {
        double v = inStock[i];
        if (v > cap) {
          v = cap;
          damped++;
        }
        sum += v;
        sumSq += v * v;
      }
      rates[w] = i == 0 ? Double.NaN : sum / i;
    }
    double blended = 0;
    double weightSum = 0;
    for (int w = 0; w < windows.length; w++) {
      if (!Double.isNaN(rates[w])) {
        blended += weights[w] * rates[w];
        weightSum += weights[w];
      }
    }
    double velocity = weightSum == 0 ? 0 : blended / weightSum;
    double mean = n == 0 ? 0 : sum / n;
    double deviation = n == 0 ? 0 : Math.sqrt(Math.max(0, sumSq / n - mean * mean));
    return new Demand(
        velocity, deviation, "weighted", windows, weights, rates, counts, span - n, cap, damped);
  }

  /**
   * {@code outlierFactor} × the median of the first {@code n} values (whose maximum is {@code
   * max}), or +∞ if that is zero. Small values (the usual daily units) were counted into the
   * histogram by the caller; with a larger maximum the median is selected from a copy. Leaves the
   * histogram all zero and the values in their order.
   */
  private double ceiling(Scratch scratch, int[] values, int n, int max) {
    int[] histogram = scratch.histogram;
    if (n == 0) {
      return Double.POSITIVE_INFINITY;
    }
    int lower;
    int upper;
    if (max < Scratch.HISTOGRAM) {
      lower = -1;
      upper = -1;
      int seen = 0;
      for (int v = 0; upper < 0; v++) {
        seen += histogram[v];
        if (lower < 0 && seen > (n - 1) / 2) {
          lower = v;
        }
        if (seen > n / 2) {
          upper = v;
        }
      }
      if (max < n) {
        Arrays.fill(histogram, 0, max + 1, 0);
      } else {
        for (int i = 0; i < n; i++) {
          histogram[values[i]] = 0;
        }
      }
    } else {
      Arrays.fill(histogram, 0);
      int[] copy = Arrays.copyOf(values, n);
      upper = select(copy, n, n / 2);
      lower = upper;
      if ((n & 1) == 0) {
        // Every value left of index n/2 is not greater than it: the lower middle is their max.
        lower = copy[0];
        for (int i = 1; i < n / 2; i++) {
          lower = Math.max(lower, copy[i]);
        }
      }
    }
    double median = (lower + upper) / 2.0;
    return median == 0 ? Double.POSITIVE_INFINITY : outlierFactor * median;
  }

  /**
   * The {@code k}-th smallest of the first {@code n} values (quickselect, expected linear time);
   * reorders them so that those before index {@code k} are not greater.
   */
  private static int select(int[] a, int n, int k) {
    int lo = 0;
    int hi = n - 1;
    while (lo < hi) {
      int pivot = a[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        break;
      }
    }
    return a[k];
  }

  /** The working arrays of one thread: the in-stock days, and a histogram kept all zero between uses. */
  private static final class Scratch {
    static final int HISTOGRAM = 1024;

    final int[] histogram = new int[HISTOGRAM];
    private int[] values = new int[128];

    int[] values(int length) {
      if (values.length < length) {
        values = new int[length];
      }
      return values;
    }
  }

  @Override
  public String toString() {
    return "WeightedWindowForecast[windows=" + Arrays.toString(windows) + ", weights="
        + Arrays.toString(weights) + ", outlierFactor=" + outlierFactor + "]";
  }
}
