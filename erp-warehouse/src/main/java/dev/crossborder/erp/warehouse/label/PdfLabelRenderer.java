package dev.crossborder.erp.warehouse.label;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.shipping.carrier.LabelDocument;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import dev.crossborder.erp.warehouse.label.internal.LabelLayout;
import dev.crossborder.erp.warehouse.label.internal.Specs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * Renders labels as PDF with PDFBox: either one label per page, the page the label's size (for
 * thermal printers driven through a PDF driver: 4 × 6 in, 100 × 150 mm, 50 × 25 mm…), or label
 * sheets for office printers ({@link LabelSheet}: A4 or Letter cut into a grid, labels filled row
 * by row, as many pages as needed).
 *
 * <p>The Code 128 barcode is drawn as vector bars from the module pattern ZXing's {@code
 * Code128Writer} encodes, so it stays sharp at any printer resolution.
 *
 * <p>Fonts: by default text is set in Helvetica, one of PDF's standard 14 fonts, which every
 * reader has and which is therefore not embedded; it can only encode WinAnsi (Western European)
 * text, so a line with other characters (CJK, Cyrillic…) is refused with an {@link
 * InvalidInputException} naming {@code labels[i].textLines[j]}, before anything is drawn. A host
 * that prints such text passes a TrueType font with the glyphs it needs ({@link Builder#font}); it
 * is embedded as a subset, and a character the font lacks is refused the same way. The SDK
 * bundles no font (a CJK font is 10–20 MB). Immutable and thread-safe.
 */
public final class PdfLabelRenderer implements LabelRenderer {
  private static final double POINTS_PER_MM = 72 / 25.4;
  /** Ascent of the label fonts as a share of the font size, to place the baseline. */
  private static final double ASCENT_EM = 0.8;

  private final @Nullable LabelSheet sheet;
  private final byte @Nullable [] font;

  private PdfLabelRenderer(Builder builder) {
    this.sheet = builder.sheet;
    this.font = builder.font;
  }

  /** A renderer of one label per page, in Helvetica. */
  public static PdfLabelRenderer singleLabels() {
    return builder().build();
  }

  /** A renderer of label sheets, in Helvetica. */
  public static PdfLabelRenderer sheets(LabelSheet sheet) {
    return builder().sheet(sheet).build();
  }

  /** A builder; every setting may be given once. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public LabelFormat format() {
    return LabelFormat.PDF;
  }

  @Override
  public LabelDocument render(List<LabelSpec> labels) {
    List<LabelLayout> layouts = Specs.layOut(labels, (i, spec) -> {
      LabelLayout layout = LabelLayout.of(spec, 0);
      if (sheet != null
          && (spec.size().widthMm() > sheet.cellWidthMm() + 1e-6 || spec.size().heightMm() > sheet.cellHeightMm() + 1e-6)) {
        throw new InvalidInputException(
            "size",
            spec.size(),
            String.format(Locale.ROOT, "does not fit a cell of the sheet (%.2fx%.2fmm)", sheet.cellWidthMm(), sheet.cellHeightMm()));
      }
      return layout;
    });
    try (PDDocument document = new PDDocument()) {
      PDFont pdfFont = loadFont(document);
      for (int i = 0; i < layouts.size(); i++) {
        checkEncodable(i, layouts.get(i), pdfFont);
      }
      if (sheet == null) {
        drawSingle(document, pdfFont, labels, layouts);
      } else {
        drawSheets(document, pdfFont, labels, layouts, sheet);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return new LabelDocument(LabelFormat.PDF, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("pdf label rendering failed", e);
    }
  }

  private PDFont loadFont(PDDocument document) throws IOException {
    if (font == null) {
      return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }
    return PDType0Font.load(document, new ByteArrayInputStream(font), true);
  }

  private void checkEncodable(int index, LabelLayout layout, PDFont pdfFont) {
    for (LabelLayout.Line line : layout.lines()) {
      try {
        pdfFont.encode(line.text());
      } catch (IllegalArgumentException | IOException e) {
        int bad = firstUnencodable(line.text(), pdfFont);
        throw Specs.indexed(index, new InvalidInputException(
            line.field(),
            line.text(),
            String.format(Locale.ROOT, "has U+%04X, which the font %s cannot print%s", bad, pdfFont.getName(),
                font == null ? " (WinAnsi only; give the renderer a TrueType font)" : "")));
      }
    }
  }

  private static int firstUnencodable(String text, PDFont pdfFont) {
    return text.codePoints().filter(cp -> {
      try {
        pdfFont.encode(new String(Character.toChars(cp)));
        return false;
      } catch (IllegalArgumentException | IOException e) {
        return true;
      }
    }).findFirst().orElse(0xFFFD);
  }

  private static void drawSingle(PDDocument document, PDFont pdfFont, List<LabelSpec> labels, List<LabelLayout> layouts)
      throws IOException {
    for (int i = 0; i < labels.size(); i++) {
      LabelLayout layout = layouts.get(i);
      for (int copy = 0; copy < labels.get(i).copies(); copy++) {
        PDPage page = new PDPage(new PDRectangle(pt(layout.widthMm()), pt(layout.heightMm())));
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          draw(content, pdfFont, layout, 0, 0, layout.heightMm());
        }
      }
    }
  }

  private static void drawSheets(
      PDDocument document, PDFont pdfFont, List<LabelSpec> labels, List<LabelLayout> layouts, LabelSheet sheet)
      throws IOException {
    LabelSheet.Paper paper = sheet.paper();
    PDPageContentStream content = null;
    int cell = 0;
    try {
      for (int i = 0; i < labels.size(); i++) {
        LabelLayout layout = layouts.get(i);
        for (int copy = 0; copy < labels.get(i).copies(); copy++) {
          if (cell % sheet.cells() == 0) {
            if (content != null) {
              content.close();
            }
            PDPage page = new PDPage(new PDRectangle(pt(paper.widthMm()), pt(paper.heightMm())));
            document.addPage(page);
            content = new PDPageContentStream(document, page);
          }
          int slot = cell % sheet.cells();
          double left = sheet.marginMm() + (slot % sheet.columns()) * sheet.cellWidthMm()
              + (sheet.cellWidthMm() - layout.widthMm()) / 2;
          double top = sheet.marginMm() + (slot / sheet.columns()) * sheet.cellHeightMm()
              + (sheet.cellHeightMm() - layout.heightMm()) / 2;
          draw(content, pdfFont, layout, left, top, paper.heightMm());
          cell++;
        }
      }
    } finally {
      if (content != null) {
        content.close();
      }
    }
  }

  /** Draws one label whose top-left corner is at ({@code left}, {@code top}) mm on the page. */
  private static void draw(
      PDPageContentStream content, PDFont pdfFont, LabelLayout layout, double left, double top, double pageHeightMm)
      throws IOException {
    content.setNonStrokingColor(0f);
    double barTop = top + layout.barcodeYMm();
    double barBottom = pageHeightMm - (barTop + layout.barcodeHeightMm());
    for (int[] run : layout.barRuns()) {
      double x = left + layout.barcodeXMm() + run[0] * layout.moduleMm();
      content.addRect(pt(x), pt(barBottom), pt(run[1] * layout.moduleMm()), pt(layout.barcodeHeightMm()));
    }
    content.fill();

    double usable = pt(layout.widthMm() - 2 * layout.marginMm());
    for (LabelLayout.Line line : layout.lines()) {
      float size = pt(layout.fontMm());
      float width = pdfFont.getStringWidth(line.text()) / 1000 * size;
      if (width > usable) {
        size = (float) (size * usable / width);
        width = (float) usable;
      }
      float x = pt(left + layout.widthMm() / 2) - width / 2;
      float baseline = pt(pageHeightMm - (top + line.topMm() + layout.fontMm() * ASCENT_EM));
      content.beginText();
      content.setFont(pdfFont, size);
      content.newLineAtOffset(x, baseline);
      content.showText(line.text());
      content.endText();
    }
  }

  private static float pt(double mm) {
    return (float) (mm * POINTS_PER_MM);
  }

  /** Builds a {@link PdfLabelRenderer}; not thread-safe. */
  public static final class Builder {
    private @Nullable LabelSheet sheet;
    private byte @Nullable [] font;

    private Builder() {}

    /** Print on sheets of this layout instead of one label per page. */
    public Builder sheet(LabelSheet sheet) {
      if (this.sheet != null) {
        throw new ConfigurationException("sheet was already set");
      }
      if (sheet == null) {
        throw new InvalidInputException("sheet", "null", "is required");
      }
      this.sheet = sheet;
      return this;
    }

    /**
     * The TrueType font (the bytes of a {@code .ttf} file) to set text in and embed as a subset,
     * instead of Helvetica. Refused on field {@code font} when it is not a TrueType font.
     */
    public Builder font(byte[] trueTypeFont) {
      if (this.font != null) {
        throw new ConfigurationException("font was already set");
      }
      if (trueTypeFont == null || trueTypeFont.length == 0) {
        throw new InvalidInputException("font", "0 bytes", "must be a TrueType font");
      }
      byte[] copy = trueTypeFont.clone();
      try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(copy))) {
        if (parsed.getUnicodeCmapLookup(false) == null) {
          throw new InvalidInputException("font", copy.length + " bytes", "has no Unicode character map");
        }
      } catch (IOException e) {
        throw new InvalidInputException("font", copy.length + " bytes", "is not a readable TrueType font");
      }
      this.font = copy;
      return this;
    }

    /** The renderer. */
    public PdfLabelRenderer build() {
      return new PdfLabelRenderer(this);
    }
  }
}
