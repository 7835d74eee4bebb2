package dev.crossborder.erp.warehouse.label;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.warehouse.label.internal.LabelLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one label shows, as data: renderers ({@link LabelRenderer}) turn it into ZPL, PDF or
 * whatever a host adds. Top to bottom a label carries its barcode, the barcode's value in
 * human-readable text, then the text lines; {@link #copies()} says how many identical labels to
 * print. Immutable and thread-safe.
 *
 * <p>The factories follow the business's rules: {@link #skuUnit} puts the SKU code in the barcode
 * and the (shortened) name below it; {@link #fnsku} follows Amazon's FBA labelling rules.
 * Whether a spec fits its {@link #size()} is checked when it is rendered (a barcode too wide or a
 * text line too long for the label is refused then, naming {@code size} or {@code textLines[i]}).
 *
 * @param kind what the label is stuck on
 * @param size the label's size
 * @param barcode the barcode
 * @param textLines the text printed below the barcode's value, at most 6 lines of at most 200
 *     characters, without control characters; may be empty
 * @param copies how many identical labels to print, 1 to 10,000
 */
public record LabelSpec(LabelKind kind, LabelSize size, LabelBarcode barcode, List<String> textLines, int copies) {
  /** The most text lines a label carries. */
  public static final int MAX_TEXT_LINES = 6;

  private static final int MAX_LINE_LENGTH = 200;
  private static final int MAX_COPIES = 10_000;
  private static final Pattern FNSKU = Pattern.compile("[A-Z0-9]{10}");
  private static final String ELLIPSIS = "...";

  /** Validates and copies; a refusal names the field ({@code textLines[1]}, {@code copies}). */
  public LabelSpec {
    present("kind", kind);
    present("size", size);
    present("barcode", barcode);
    present("textLines", textLines);
    if (textLines.size() > MAX_TEXT_LINES) {
      throw new InvalidInputException("textLines", textLines.size() + " lines", "must be at most " + MAX_TEXT_LINES);
    }
    for (int i = 0; i < textLines.size(); i++) {
      String line = present("textLines[" + i + "]", textLines.get(i));
      if (line.length() > MAX_LINE_LENGTH) {
        throw new InvalidInputException("textLines[" + i + "]", line, "is longer than " + MAX_LINE_LENGTH + " characters");
      }
      if (line.codePoints().anyMatch(Character::isISOControl)) {
        throw new InvalidInputException("textLines[" + i + "]", line.replaceAll("\\p{Cntrl}", "?"), "has a control character");
      }
    }
    textLines = List.copyOf(textLines);
    if (copies < 1 || copies > MAX_COPIES) {
      throw new InvalidInputException("copies", copies, "must be 1 to " + MAX_COPIES);
    }
  }

  /**
   * A label for a sellable unit: Code 128 of the SKU code, and the product name below it, cut at
   * the end (with {@code ...}) to the one line the label size has room for.
   *
   * @param sku the SKU code, which the barcode encodes
   * @param name the product name (may be blank: no text line)
   * @param size the label size
   * @param copies how many labels, usually the number of units received
   */
  public static LabelSpec skuUnit(SkuCode sku, String name, LabelSize size, int copies) {
    present("sku", sku);
    present("name", name);
    present("size", size);
    List<String> lines = new ArrayList<>(1);
    if (!name.isBlank()) {
      lines.add(truncateEnd(name.strip(), LabelLayout.maxCharsPerLine(size)));
    }
    return new LabelSpec(LabelKind.SKU_UNIT, size, LabelBarcode.code128(sku.value()), lines, copies);
  }

  /**
   * A carton label: Code 128 of the carton id and up to six lines of text (destination, box
   * n of m, contents), printed as given.
   */
  public static LabelSpec carton(String cartonId, List<String> textLines, LabelSize size, int copies) {
    return new LabelSpec(LabelKind.CARTON, size, LabelBarcode.code128(cartonId), textLines, copies);
  }

  /**
   * An Amazon FNSKU label for a unit sent to FBA, per Amazon's labelling rules: the FNSKU as a
   * Code 128 barcode with the FNSKU printed below it, then the product title, shortened in the
   * middle ({@code beginning...end}, as Amazon's own labels do) to fit one line, then the
   * condition {@code New}.
   *
   * @param fnsku Amazon's 10-character fulfilment network SKU ({@code X00…}, or the ASIN for
   *     manufacturer-barcode units), upper-case letters and digits
   * @param title the product title
   * @param size the label size (Amazon accepts sizes from 1 × 2 in to 2 × 3 in)
   * @param copies how many labels, one per unit
   */
  public static LabelSpec fnsku(String fnsku, String title, LabelSize size, int copies) {
    present("fnsku", fnsku);
    present("title", title);
    present("size", size);
    if (!FNSKU.matcher(fnsku).matches()) {
      throw new InvalidInputException("fnsku", fnsku, "must be 10 upper-case letters or digits");
    }
    if (title.isBlank()) {
      throw new InvalidInputException("title", "\"" + title + "\"", "must not be blank");
    }
    String shortTitle = truncateMiddle(title.strip(), LabelLayout.maxCharsPerLine(size));
    return new LabelSpec(LabelKind.FNSKU, size, LabelBarcode.code128(fnsku), List.of(shortTitle, "New"), copies);
  }

  /** This spec with another number of copies. */
  public LabelSpec withCopies(int copies) {
    return new LabelSpec(kind, size, barcode, textLines, copies);
  }

  /** {@code text} cut to {@code max} characters, the cut marked by {@code ...} at the end. */
  static String truncateEnd(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, Math.max(0, max - ELLIPSIS.length())).stripTrailing() + ELLIPSIS;
  }

  /** {@code text} cut to {@code max} characters by removing its middle, marked by {@code ...}. */
  static String truncateMiddle(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int keep = Math.max(0, max - ELLIPSIS.length());
    int head = (keep + 1) / 2;
    int tail = keep - head;
    return text.substring(0, head).stripTrailing() + ELLIPSIS + text.substring(text.length() - tail).stripLeading();
  }

  private static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "null", "is required");
    }
    return value;
  }
}
