package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A forecast of one series: expected units per day, their standard deviation, and the terms it
 * was computed from; {@link #explanation()} puts those terms into words. Immutable. A host's own
 * {@link DemandForecast} returns {@link #of(double, double, String)}.
 *
 * <p>The text is built only when asked for, so that planning hundreds of thousands of lines costs
 * no string formatting.
 */
public final class Demand {
  private final double velocity;
  private final double deviation;
  private final String method;
  private final int[] windows;
  private final double[] weights;
  private final double[] rates;
  private final int[] inStockDays;
  private final int excludedDays;
  private final double cap;
  private final int dampedDays;

  /**
   * A demand and its terms; the arrays are taken as they are (the forecast shares its window
   * arrays with every demand it returns and never changes them).
   *
   * @param velocity expected units per day, at least 0
   * @param deviation standard deviation of daily units, at least 0
   * @param method the forecast's name, for the explanation
   * @param windows the window lengths in days (empty for methods without windows)
   * @param weights the weight of each window
   * @param rates the average units per in-stock day of each window; {@code NaN} for a window
   *     without an in-stock day (left out of the blend)
   * @param inStockDays the in-stock days found in each window
   * @param excludedDays stock-out days skipped in the longest window
   * @param cap the ceiling outlier days were damped to ({@code +Infinity} when none applied)
   * @param dampedDays days whose units were lowered to the ceiling
   */
  Demand(
      double velocity,
      double deviation,
      String method,
      int[] windows,
      double[] weights,
      double[] rates,
      int[] inStockDays,
      int excludedDays,
      double cap,
      int dampedDays) {
    this.velocity = velocity;
    this.deviation = deviation;
    this.method = method;
    this.windows = windows;
    this.weights = weights;
    this.rates = rates;
    this.inStockDays = inStockDays;
    this.excludedDays = excludedDays;
    this.cap = cap;
    this.dampedDays = dampedDays;
  }

  /** A demand given directly, with no terms (a host's own forecast, a fixed override). */
  public static Demand of(double velocity, double deviation, String method) {
    if (!(velocity >= 0) || Double.isInfinite(velocity)) {
      throw new InvalidInputException("velocity", velocity, "must be a number of units per day, at least 0");
    }
    if (!(deviation >= 0) || Double.isInfinite(deviation)) {
      throw new InvalidInputException("deviation", deviation, "must be a number, at least 0");
    }
    return new Demand(
        velocity, deviation, Checks.text("method", method, 100), new int[0], new double[0], new double[0], new int[0], 0,
        Double.POSITIVE_INFINITY, 0);
  }

  /** Expected units sold per day. */
  public double velocity() {
    return velocity;
  }

  /** Standard deviation of daily units sold. */
  public double deviation() {
    return deviation;
  }

  /** The average units per in-stock day of window {@code i} ({@code NaN} if it had none). */
  public double rate(int i) {
    return rates[i];
  }

  /** Stock-out days left out of the longest window. */
  public int excludedDays() {
    return excludedDays;
  }

  /** Days lowered to the outlier ceiling. */
  public int dampedDays() {
    return dampedDays;
  }

  /** The outlier ceiling, or {@code +Infinity} if none applied. */
  public double cap() {
    return cap;
  }

  /** How the forecast was computed, one phrase per step. */
  public List<String> explanation() {
    List<String> out = new ArrayList<>();
    if (excludedDays > 0) {
      out.add("excluded " + excludedDays + " stock-out day" + (excludedDays == 1 ? "" : "s"));
    }
    if (dampedDays > 0) {
      out.add("damped " + dampedDays + " outlier day" + (dampedDays == 1 ? "" : "s") + " to " + num(cap));
    }
    StringBuilder blend = new StringBuilder();
    double weightSum = 0;
    for (int i = 0; i < windows.length; i++) {
      if (Double.isNaN(rates[i])) {
        out.add(windows[i] + "-day window: no in-stock day, left out");
        continue;
      }
      out.add(windows[i] + "-day rate " + num(rates[i]) + "/day over " + inStockDays[i] + " in-stock days");
      blend.append(blend.length() == 0 ? "" : " + ").append(num(weights[i])).append("×").append(num(rates[i]));
      weightSum += weights[i];
    }
    if (blend.length() > 0) {
      out.add(method + " velocity = (" + blend + ") / " + num(weightSum) + " = " + num(velocity) + "/day");
    } else {
      out.add(method + " velocity = " + num(velocity) + "/day");
    }
    return out;
  }

  /** {@code value} with two decimals, as the explanations print numbers. */
  static String num(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  @Override
  public String toString() {
    return "Demand[" + num(velocity) + "/day ± " + num(deviation) + "]";
  }
}
