package dev.crossborder.erp.catalog;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A weight, kept in grams with up to three decimals. Factories convert from kilograms, pounds and
 * ounces (rounded half-up to a milligram).
 *
 * @param grams the weight in grams, positive
 */
public record Weight(BigDecimal grams) {
  private static final BigDecimal GRAMS_PER_POUND = new BigDecimal("453.59237");
  private static final BigDecimal GRAMS_PER_OUNCE = new BigDecimal("28.349523125");

  /** Refuses a missing, zero or negative weight with an error on "weight". */
  public Weight {
    if (grams == null || grams.signum() <= 0) {
      throw new InvalidInputException("weight", grams, "must be positive grams");
    }
    grams = grams.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** A weight of {@code grams} grams. */
  public static Weight ofGrams(long grams) {
    return new Weight(BigDecimal.valueOf(grams));
  }

  /** A weight of {@code kilograms} kilograms, for example {@code "1.25"}. */
  public static Weight ofKilograms(String kilograms) {
    return new Weight(new BigDecimal(kilograms).movePointRight(3));
  }

  /** A weight of {@code pounds} avoirdupois pounds. */
  public static Weight ofPounds(String pounds) {
    return new Weight(new BigDecimal(pounds).multiply(GRAMS_PER_POUND));
  }

  /** A weight of {@code ounces} avoirdupois ounces. */
  public static Weight ofOunces(String ounces) {
    return new Weight(new BigDecimal(ounces).multiply(GRAMS_PER_OUNCE));
  }

  @Override
  public String toString() {
    return grams.toPlainString() + " g";
  }
}
