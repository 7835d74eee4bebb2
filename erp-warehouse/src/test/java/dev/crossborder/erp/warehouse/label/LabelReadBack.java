package dev.crossborder.erp.warehouse.label;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import dev.crossborder.erp.shipping.carrier.LabelDocument;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back the way a person and a scanner would: its text, and its barcodes. */
public final class LabelReadBack {
  private static final Map<DecodeHintType, Object> CODE_128 =
      Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128), DecodeHintType.TRY_HARDER, true);

  private LabelReadBack() {}

  public static int pages(LabelDocument pdf) {
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(LabelDocument pdf, int page) {
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page + 1);
      stripper.setEndPage(page + 1);
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one barcode ZXing finds on the page rendered at {@code dpi}, empty if none. */
  public static List<String> barcodes(LabelDocument pdf, int page, int dpi) {
    BufferedImage image = image(pdf, page, dpi);
    return decode(image).map(List::of).orElse(List.of());
  }

  /**
   * The barcode of each of the first {@code cells} cells of a sheet page, row by row, cut out of
   * the page rendered at {@code dpi}; a cell without one is left out.
   */
  public static List<String> sheetBarcodes(LabelDocument pdf, int page, int dpi, LabelSheet sheet, int cells) {
    BufferedImage image = image(pdf, page, dpi);
    double pxPerMm = dpi / 25.4;
    List<String> values = new ArrayList<>();
    for (int cell = 0; cell < Math.min(cells, sheet.cells()); cell++) {
      int x = (int) Math.round((sheet.marginMm() + (cell % sheet.columns()) * sheet.cellWidthMm()) * pxPerMm);
      int y = (int) Math.round((sheet.marginMm() + (cell / sheet.columns()) * sheet.cellHeightMm()) * pxPerMm);
      int w = Math.min(image.getWidth() - x, (int) Math.floor(sheet.cellWidthMm() * pxPerMm));
      int h = Math.min(image.getHeight() - y, (int) Math.floor(sheet.cellHeightMm() * pxPerMm));
      decode(image.getSubimage(x, y, w, h)).ifPresent(values::add);
    }
    return values;
  }

  private static BufferedImage image(LabelDocument pdf, int page, int dpi) {
    try (PDDocument document = Loader.loadPDF(pdf.content())) {
      return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> decode(BufferedImage image) {
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    try {
      return Optional.of(new MultiFormatReader().decode(bitmap, CODE_128).getText());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
