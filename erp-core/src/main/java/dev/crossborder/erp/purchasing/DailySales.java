package dev.crossborder.erp.purchasing;

import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.internal.Checks;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Units sold per day of one SKU at one warehouse (or channel), oldest day first and {@link
 * #lastDay()} last, with the days on which the SKU was out of stock there (their sales say
 * nothing about demand and the forecast skips them).
 *
 * <p>The arrays are the caller's and are not copied, so that a planner can run over hundreds of
 * thousands of series without copying them; callers must not change them afterwards. Treat
 * instances as immutable.
 */
public final class DailySales {
  private final LocalDate lastDay;
  private final int[] units;
  private final boolean[] stockOut;

  private DailySales(LocalDate lastDay, int[] units, boolean[] stockOut) {
    this.lastDay = Checks.present("lastDay", lastDay);
    this.units = Checks.present("units", units);
    this.stockOut = Checks.present("stockOut", stockOut);
    if (stockOut.length != units.length) {
      throw new InvalidInputException(
          "stockOut", stockOut.length + " days", "must cover the " + units.length + " days of units");
    }
    for (int i = 0; i < units.length; i++) {
      if (units[i] < 0) {
        throw new InvalidInputException("units[" + i + "]", units[i], "must not be negative");
      }
    }
  }

  /**
   * The sales of the {@code units.length} days ending on {@code lastDay}, oldest first; {@code
   * stockOut[i]} marks a day without stock.
   */
  public static DailySales of(LocalDate lastDay, int[] units, boolean[] stockOut) {
    return new DailySales(lastDay, units, stockOut);
  }

  /** The sales of the days ending on {@code lastDay}, oldest first, with stock every day. */
  public static DailySales of(LocalDate lastDay, int... units) {
    return new DailySales(lastDay, units, new boolean[units.length]);
  }

  /** No sales at all (no days). */
  public static DailySales none(LocalDate lastDay) {
    return new DailySales(lastDay, new int[0], new boolean[0]);
  }

  /** The most recent day covered. */
  public LocalDate lastDay() {
    return lastDay;
  }

  /** How many days are covered. */
  public int days() {
    return units.length;
  }

  /** Units sold {@code age} days before {@link #lastDay()} (age 0 is the last day). */
  public int unitsAt(int age) {
    return units[units.length - 1 - age];
  }

  /** Whether the SKU was out of stock {@code age} days before {@link #lastDay()}. */
  public boolean stockOutAt(int age) {
    return stockOut[stockOut.length - 1 - age];
  }

  /** The units array itself, oldest first (for forecasts of this package; not copied). */
  int[] rawUnits() {
    return units;
  }

  /** The stock-out array itself, oldest first (for forecasts of this package; not copied). */
  boolean[] rawStockOut() {
    return stockOut;
  }

  @Override
  public String toString() {
    return "DailySales[" + units.length + " days to " + lastDay + ", " + Arrays.stream(units).sum() + " units]";
  }
}
