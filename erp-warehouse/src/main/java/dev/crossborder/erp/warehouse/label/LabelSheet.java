package dev.crossborder.erp.warehouse.label;

import dev.crossborder.erp.kernel.InvalidInputException;

/**
 * A sheet of labels for office printers: a paper size divided into a grid of equal cells, one
 * label centred in each cell. Immutable and thread-safe.
 *
 * @param paper the paper size
 * @param columns cells across, 1 to 20
 * @param rows cells down, 1 to 40
 * @param marginMm the blank border of the sheet, 0 to 30 mm
 */
public record LabelSheet(Paper paper, int columns, int rows, double marginMm) {

  /** A4 with 3 × 8 cells of 70 × 37.125 mm and no border, the layout of common A4 label stock. */
  public static final LabelSheet A4_3X8 = new LabelSheet(Paper.A4, 3, 8, 0);
  /** US Letter with 3 × 10 cells in a 12.7 mm (half-inch) border, like 1 × 2-5/8 in address label stock. */
  public static final LabelSheet LETTER_3X10 = new LabelSheet(Paper.LETTER, 3, 10, 12.7);

  /** Validates; a refusal names the field. */
  public LabelSheet {
    if (paper == null) {
      throw new InvalidInputException("sheet.paper", "null", "is required");
    }
    if (columns < 1 || columns > 20) {
      throw new InvalidInputException("sheet.columns", columns, "must be 1 to 20");
    }
    if (rows < 1 || rows > 40) {
      throw new InvalidInputException("sheet.rows", rows, "must be 1 to 40");
    }
    if (!(marginMm >= 0 && marginMm <= 30)) {
      throw new InvalidInputException("sheet.marginMm", marginMm, "must be 0 to 30");
    }
  }

  /** The width of one cell in millimetres. */
  public double cellWidthMm() {
    return (paper.widthMm() - 2 * marginMm) / columns;
  }

  /** The height of one cell in millimetres. */
  public double cellHeightMm() {
    return (paper.heightMm() - 2 * marginMm) / rows;
  }

  /** Labels per sheet. */
  public int cells() {
    return columns * rows;
  }

  /** Paper sizes, portrait. */
  public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4(210, 297),
    /** US Letter, 8.5 × 11 in. */
    LETTER(215.9, 279.4);

    private final double widthMm;
    private final double heightMm;

    Paper(double widthMm, double heightMm) {
      this.widthMm = widthMm;
      this.heightMm = heightMm;
    }

    /** The width in millimetres. */
    public double widthMm() {
      return widthMm;
    }

    /** The height in millimetres. */
    public double heightMm() {
      return heightMm;
    }
  }
}
