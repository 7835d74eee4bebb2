package dev.crossborder.erp.catalog;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Outer dimensions of a unit or carton in centimetres, up to two decimals.
 *
 * @param lengthCm length, positive
 * @param widthCm width, positive
 * @param heightCm height, positive
 */
public record Dimensions(BigDecimal lengthCm, BigDecimal widthCm, BigDecimal heightCm) {
  private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");

  /** Refuses missing, zero or negative sides. */
  public Dimensions {
    lengthCm = side("dimensions.length", lengthCm);
    widthCm = side("dimensions.width", widthCm);
    heightCm = side("dimensions.height", heightCm);
  }

  /** Dimensions given in centimetres, for example {@code ofCentimeters("30", "20", "10.5")}. */
  public static Dimensions ofCentimeters(String length, String width, String height) {
    return new Dimensions(new BigDecimal(length), new BigDecimal(width), new BigDecimal(height));
  }

  /** Dimensions given in inches, converted to centimetres. */
  public static Dimensions ofInches(String length, String width, String height) {
    return new Dimensions(
        new BigDecimal(length).multiply(CM_PER_INCH),
        new BigDecimal(width).multiply(CM_PER_INCH),
        new BigDecimal(height).multiply(CM_PER_INCH));
  }

  /** The volume in cubic centimetres. */
  public BigDecimal volumeCm3() {
    return lengthCm.multiply(widthCm).multiply(heightCm);
  }

  private static BigDecimal side(String field, BigDecimal value) {
    if (value == null || value.signum() <= 0) {
      throw new InvalidInputException(field, value, "must be positive centimetres");
    }
    return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
