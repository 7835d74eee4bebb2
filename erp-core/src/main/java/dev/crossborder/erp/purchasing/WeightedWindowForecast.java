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
    int span = Math.min(longest, sales.days());
    int[] inStock = new int[span];
    int n = 0;
    for (int age = 0; age < span; age++) {
      if (!sales.stockOutAt(age)) {
        inStock[n++] = sales.unitsAt(age);
      }
    }
    double cap = ceiling(inStock, n);
    double[] rates = new double[windows.length];
    int[] counts = new int[windows.length];
    double sum = 0;
    double sumSq = 0;
    int days = 0;
    int damped = 0;
    int w = 0;
    for (int age = 0; age < span; age++) {
      if (!sales.stockOutAt(age)) {
        double units = sales.unitsAt(age);
        if (units > cap) {
          units = cap;
          damped++;
        }
        sum += units;
        sumSq += units * units;
        days++;
      }
      while (w < windows.length && (age + 1 == windows[w] || age + 1 == span)) {
        rates[w] = days == 0 ? Double.NaN : sum / days;
        counts[w] = days;
        w++;
      }
    }
    for (; w < windows.length; w++) {
      rates[w] = Double.NaN;
    }
    double blended = 0;
    double weightSum = 0;
    for (int i = 0; i < windows.length; i++) {
      if (!Double.isNaN(rates[i])) {
        blended += weights[i] * rates[i];
        weightSum += weights[i];
      }
    }
    double velocity = weightSum == 0 ? 0 : blended / weightSum;
    double mean = days == 0 ? 0 : sum / days;
    double deviation = days == 0 ? 0 : Math.sqrt(Math.max(0, sumSq / days - mean * mean));
    return new Demand(
        velocity, deviation, "weighted", windows, weights, rates, counts, span - n, cap, damped);
  }

  /** {@code outlierFactor} × the median of the first {@code n} values, or +∞ if that is zero. */
  private double ceiling(int[] values, int n) {
    if (n == 0) {
      return Double.POSITIVE_INFINITY;
    }
    Arrays.sort(values, 0, n);
    double median = (n & 1) == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return median == 0 ? Double.POSITIVE_INFINITY : outlierFactor * median;
  }

  @Override
  public String toString() {
    return "WeightedWindowForecast[windows=" + Arrays.toString(windows) + ", weights="
        + Arrays.toString(weights) + ", outlierFactor=" + outlierFactor + "]";
  }
}
