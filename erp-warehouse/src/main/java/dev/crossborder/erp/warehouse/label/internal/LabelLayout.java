package dev.crossborder.erp.warehouse.label.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.warehouse.label.LabelSize;
import dev.crossborder.erp.warehouse.label.LabelSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where everything of one label goes, in millimetres from the label's top-left corner: the Code 128
 * bars (module pattern from ZXing's {@link Code128Writer}), then the barcode's value, then the text
 * lines, each line centred. Both renderers draw this layout, so they accept and refuse the same
 * specs. Immutable.
 *
 * @param widthMm the label's width
 * @param heightMm the label's height
 * @param marginMm the blank border
 * @param fontMm the text size (em)
 * @param lineMm the height of one text line
 * @param modules the Code 128 bars and spaces, one entry per module, {@code true} for a bar
 * @param moduleMm the width of one module
 * @param barcodeXMm the left edge of the first bar
 * @param barcodeYMm the top of the bars
 * @param barcodeHeightMm the bars' height
 * @param lines the text lines: the barcode's value first, then the spec's lines
 */
public record LabelLayout(
    double widthMm,
    double heightMm,
    double marginMm,
    double fontMm,
    double lineMm,
    boolean[] modules,
    double moduleMm,
    double barcodeXMm,
    double barcodeYMm,
    double barcodeHeightMm,
    List<Line> lines) {

  /** The narrowest module most scanners read reliably (ISO/IEC 15417 allows less; we do not). */
  public static final double MIN_MODULE_MM = 0.19;
  /** Wider modules only waste label space. */
  public static final double MAX_MODULE_MM = 0.5;
  /** Code 128's quiet zone on each side, in modules. */
  public static final int QUIET_ZONE_MODULES = 10;
  /** Bars shorter than this are hard to aim at with a hand scanner. */
  public static final double MIN_BAR_HEIGHT_MM = 5;
  private static final double MAX_BAR_HEIGHT_MM = 30;
  /** The average character width of the label fonts, as a share of the font size. */
  public static final double CHAR_WIDTH_EM = 0.6;
  private static final double LINE_SPACING = 1.3;
  private static final double EPSILON = 1e-9;

  /** Copies the line list. */
  public LabelLayout {
    lines = List.copyOf(lines);
  }

  /**
   * One centred line of text.
   *
   * @param field the spec field it comes from, for errors ({@code barcode.value}, {@code
   *     textLines[0]})
   * @param text the text
   * @param topMm the top of the line's box
   */
  public record Line(String field, String text, double topMm) {}

  /**
   * Lays a spec out.
   *
   * @param spec the label
   * @param dotMm the printer's dot pitch, to which bar widths and heights are rounded down; {@code
   *     0} for a device without dots (PDF)
   * @throws InvalidInputException on {@code size} when the barcode does not fit the label's width
   *     at the narrowest readable module or there is no room for the bars' minimum height, and on
   *     {@code textLines[i]} when a line is longer than the label's width holds
   */
  public static LabelLayout of(LabelSpec spec, double dotMm) {
    LabelSize size = spec.size();
    double w = size.widthMm();
    double h = size.heightMm();
    double margin = margin(size);
    double font = fontSize(size);
    double line = font * LINE_SPACING;
    double usable = w - 2 * margin;

    boolean[] modules = modules(spec.barcode().value());
    int total = modules.length + 2 * QUIET_ZONE_MODULES;
    // The quiet zones may lie in the margins; the bars themselves stay inside them.
    double module = Math.min(MAX_MODULE_MM, Math.min(w / total, usable / modules.length));
    if (dotMm > 0) {
      module = Math.floor(module / dotMm + EPSILON) * dotMm;
    }
    if (module < MIN_MODULE_MM - EPSILON) {
      double needed = Math.max(total * MIN_MODULE_MM, modules.length * MIN_MODULE_MM + 2 * margin);
      throw new InvalidInputException(
          "size",
          size,
          String.format(Locale.ROOT, "is too narrow for the barcode of %d characters (needs %.1f mm)",
              spec.barcode().value().length(), needed));
    }

    List<String> texts = new ArrayList<>(spec.textLines().size() + 1);
    texts.add(spec.barcode().value());
    texts.addAll(spec.textLines());
    double bars = Math.min(MAX_BAR_HEIGHT_MM, h - 2 * margin - line * texts.size());
    if (dotMm > 0) {
      bars = Math.floor(bars / dotMm + EPSILON) * dotMm;
    }
    if (bars < MIN_BAR_HEIGHT_MM - EPSILON) {
      throw new InvalidInputException(
          "size",
          size,
          String.format(Locale.ROOT, "is too short for a barcode and %d text lines (needs %.1f mm)",
              texts.size(), 2 * margin + line * texts.size() + MIN_BAR_HEIGHT_MM));
    }

    int maxChars = maxCharsPerLine(size);
    List<Line> lines = new ArrayList<>(texts.size());
    double top = margin + bars + line * 0.15;
    for (int i = 0; i < texts.size(); i++) {
      String field = i == 0 ? "barcode.value" : "textLines[" + (i - 1) + "]";
      String text = texts.get(i);
      if (text.codePointCount(0, text.length()) > maxChars) {
        throw new InvalidInputException(
            field, text, "does not fit one line of a " + size + " label (at most " + maxChars + " characters)");
      }
      lines.add(new Line(field, text, top + i * line));
    }
    double barcodeX = (w - modules.length * module) / 2;
    return new LabelLayout(w, h, margin, font, line, modules, module, barcodeX, margin, bars, lines);
  }

  /** How many characters one text line of a label of {@code size} holds. */
  public static int maxCharsPerLine(LabelSize size) {
    double usable = size.widthMm() - 2 * margin(size);
    return Math.max(1, (int) Math.floor(usable / (fontSize(size) * CHAR_WIDTH_EM) + EPSILON));
  }

  /**
   * The Code 128 module pattern of {@code value}, without quiet zones, as ZXing's {@link
   * Code128Writer} encodes it (it picks code sets A, B and C to make the shortest symbol).
   */
  public static boolean[] modules(String value) {
    BitMatrix matrix =
        new Code128Writer().encode(value, BarcodeFormat.CODE_128, 1, 1, Map.of(EncodeHintType.MARGIN, 0));
    boolean[] modules = new boolean[matrix.getWidth()];
    for (int x = 0; x < modules.length; x++) {
      modules[x] = matrix.get(x, 0);
    }
    return modules;
  }

  /** A copy of the module pattern. */
  @Override
  public boolean[] modules() {
    return modules.clone();
  }

  /** The runs of bars as {start module, length} pairs, left to right. */
  public List<int[]> barRuns() {
    List<int[]> runs = new ArrayList<>();
    int x = 0;
    while (x < modules.length) {
      if (modules[x]) {
        int start = x;
        while (x < modules.length && modules[x]) {
          x++;
        }
        runs.add(new int[] {start, x - start});
      } else {
        x++;
      }
    }
    return runs;
  }

  private static double margin(LabelSize size) {
    return clamp(Math.min(size.widthMm(), size.heightMm()) * 0.05, 1.0, 4.0);
  }

  private static double fontSize(LabelSize size) {
    return clamp(size.heightMm() * 0.08, 2.0, 4.5);
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
