package dev.crossborder.erp.warehouse.label;

import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.shipping.carrier.LabelDocument;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import dev.crossborder.erp.warehouse.label.internal.LabelLayout;
import dev.crossborder.erp.warehouse.label.internal.Specs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders labels as ZPL II for Zebra-compatible thermal printers: one {@code ^XA…^XZ} format per
 * spec, with {@code ^PQ} for its copies. The barcode is a {@code ^BC} Code 128 field in automatic
 * mode: the printer encodes it, so the ZPL carries the value (the SDK still encodes it with ZXing
 * to check that it fits the label at the printer's resolution). Text is centred in {@code ^FB}
 * blocks, written as UTF-8 ({@code ^CI28}) with {@code ^FH} hex escapes for {@code ^ ~ \} and
 * anything outside ASCII, so no label text can inject printer commands.
 *
 * <p>The printer's built-in font 0 prints Latin-1 only; text beyond it is refused (field {@code
 * labels[i].textLines[j]}) unless the renderer names a TrueType font the host has loaded onto the
 * printer ({@link Builder#printerFont}), for example one with CJK glyphs. Immutable and
 * thread-safe.
 */
public final class ZplRenderer implements LabelRenderer {
  private static final Pattern PRINTER_FONT = Pattern.compile("[A-Z]:[A-Za-z0-9_\\-]{1,16}\\.(TTF|TTE|FNT)");
  private static final double MM_PER_INCH = 25.4;

  private final int dpi;
  private final @Nullable String printerFont;

  private ZplRenderer(Builder builder) {
    this.dpi = builder.dpi == 0 ? 203 : builder.dpi;
    this.printerFont = builder.printerFont;
  }

  /** A renderer for 203 dpi printers using the built-in font. */
  public static ZplRenderer standard() {
    return builder().build();
  }

  /** A builder; every setting may be given once. */
  public static Builder builder() {
    return new Builder();
  }

  /** The printer resolution this renderer lays labels out for. */
  public int dpi() {
    return dpi;
  }

  @Override
  public LabelFormat format() {
    return LabelFormat.ZPL;
  }

  @Override
  public LabelDocument render(List<LabelSpec> labels) {
    double dotMm = MM_PER_INCH / dpi;
    List<String> formats = Specs.layOut(labels, (i, spec) -> format(spec, LabelLayout.of(spec, dotMm)));
    return new LabelDocument(LabelFormat.ZPL, String.join("", formats).getBytes(StandardCharsets.US_ASCII));
  }

  private String format(LabelSpec spec, LabelLayout layout) {
    StringBuilder zpl = new StringBuilder(512);
    zpl.append("^XA\n^CI28\n");
    zpl.append("^PW").append(dots(layout.widthMm())).append('\n');
    zpl.append("^LL").append(dots(layout.heightMm())).append('\n');
    zpl.append("^LH0,0\n");
    int barHeight = dots(layout.barcodeHeightMm());
    zpl.append("^FO").append(dots(layout.barcodeXMm())).append(',').append(dots(layout.barcodeYMm()))
        .append("^BY").append(dots(layout.moduleMm()))
        .append("^BCN,").append(barHeight).append(",N,N,N,A")
        .append(fieldData(spec.barcode().value())).append("^FS\n");
    int font = dots(layout.fontMm());
    int blockWidth = dots(layout.widthMm() - 2 * layout.marginMm());
    for (LabelLayout.Line line : layout.lines()) {
      checkPrintable(line);
      zpl.append("^FO").append(dots(layout.marginMm())).append(',').append(dots(line.topMm()));
      if (printerFont != null) {
        zpl.append("^A@N,").append(font).append(',').append(font).append(',').append(printerFont);
      } else {
        zpl.append("^A0N,").append(font).append(',').append(font);
      }
      zpl.append("^FB").append(blockWidth).append(",1,0,C,0")
          .append(fieldData(line.text())).append("^FS\n");
    }
    zpl.append("^PQ").append(spec.copies()).append('\n');
    zpl.append("^XZ\n");
    return zpl.toString();
  }

  private void checkPrintable(LabelLayout.Line line) {
    if (printerFont != null) {
      return;
    }
    line.text().codePoints().filter(cp -> cp > 0xFF).findFirst().ifPresent(cp -> {
      throw new InvalidInputException(
          line.field(),
          line.text(),
          String.format(Locale.ROOT,
              "has U+%04X, which the printer's built-in font cannot print (Latin-1 only; configure a printer font)",
              cp));
    });
  }

  private int dots(double mm) {
    return (int) Math.round(mm * dpi / MM_PER_INCH);
  }

  /** {@code ^FH\^FD…}: the text as UTF-8, with ZPL's special characters and non-ASCII hex-escaped. */
  static String fieldData(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8).append("^FH\\^FD");
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x20 || c > 0x7E || c == '^' || c == '~' || c == '\\') {
        out.append('\\').append(String.format(Locale.ROOT, "%02X", c));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  /** Builds a {@link ZplRenderer}; not thread-safe. */
  public static final class Builder {
    private int dpi;
    private @Nullable String printerFont;

    private Builder() {}

    /** The printer's resolution: 203, 300 or 600 dpi (default 203). */
    public Builder dpi(int dpi) {
      if (this.dpi != 0) {
        throw new ConfigurationException("dpi was already set");
      }
      if (dpi != 203 && dpi != 300 && dpi != 600) {
        throw new InvalidInputException("dpi", dpi, "must be 203, 300 or 600");
      }
      this.dpi = dpi;
      return this;
    }

    /**
     * A TrueType font stored on the printer (for example {@code E:NOTOSANSCJK.TTF}), used for the
     * text lines instead of font 0 so that any script the font has can be printed.
     */
    public Builder printerFont(String fontFile) {
      if (this.printerFont != null) {
        throw new ConfigurationException("printerFont was already set");
      }
      if (fontFile == null || !PRINTER_FONT.matcher(fontFile).matches()) {
        throw new InvalidInputException("printerFont", fontFile, "must be a printer font file such as E:FONT.TTF");
      }
      this.printerFont = fontFile;
      return this;
    }

    /** The renderer. */
    public ZplRenderer build() {
      return new ZplRenderer(this);
    }
  }
}
