package dev.crossborder.erp.warehouse.label;

import dev.crossborder.erp.kernel.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The size of one label, in millimetres, as it sits on the roll or sheet (width across, height
 * down). Immutable and thread-safe.
 *
 * @param widthMm the width, more than 0 and at most 300 mm
 * @param heightMm the height, more than 0 and at most 300 mm
 */
public record LabelSize(double widthMm, double heightMm) {
  private static final double MAX_MM = 300;
  private static final double MM_PER_INCH = 25.4;

  /** The common small SKU label on thermal rolls: 50 × 25 mm. */
  public static final LabelSize MM_50X25 = new LabelSize(50, 25);
  /** A 60 × 40 mm label, common for SKU labels with longer names. */
  public static final LabelSize MM_60X40 = new LabelSize(60, 40);
  /** The FNSKU label size of many thermal rolls: 2.25 × 1.25 inches (57.15 × 31.75 mm). */
  public static final LabelSize IN_2_25X1_25 = new LabelSize(57.15, 31.75);
  /** The shipping label size outside North America: 100 × 150 mm. */
  public static final LabelSize MM_100X150 = new LabelSize(100, 150);
  /** The North American shipping label size: 4 × 6 inches (101.6 × 152.4 mm). */
  public static final LabelSize IN_4X6 = new LabelSize(101.6, 152.4);

  /** Refuses a side that is not a positive number of at most 300 mm, on field {@code size}. */
  public LabelSize {
    if (!(widthMm > 0 && widthMm <= MAX_MM) || !(heightMm > 0 && heightMm <= MAX_MM)) {
      throw new InvalidInputException("size", shown(widthMm, heightMm), "must be more than 0 and at most 300 mm a side");
    }
  }

  /** A label {@code widthMm} × {@code heightMm} millimetres. */
  public static LabelSize ofMillimetres(double widthMm, double heightMm) {
    return new LabelSize(widthMm, heightMm);
  }

  /** A label {@code width} × {@code height} inches. */
  public static LabelSize ofInches(double width, double height) {
    return new LabelSize(width * MM_PER_INCH, height * MM_PER_INCH);
  }

  @Override
  public String toString() {
    return shown(widthMm, heightMm);
  }

  private static String shown(double widthMm, double heightMm) {
    return decimal(widthMm) + "x" + decimal(heightMm) + "mm";
  }

  private static String decimal(double mm) {
    if (!Double.isFinite(mm)) {
      return String.valueOf(mm);
    }
    return BigDecimal.valueOf(mm).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
