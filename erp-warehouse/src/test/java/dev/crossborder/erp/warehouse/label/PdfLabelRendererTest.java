package dev.crossborder.erp.warehouse.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.shipping.carrier.LabelDocument;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfLabelRendererTest {
  private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  @Test
  void fnskuLabelReadsBackWithItsTextAndScansToTheFnsku() {
    LabelSpec spec = LabelSpec.fnsku(
        "X00ABC1234", "Acme Stainless Steel Travel Mug with Leak-Proof Lid, 16 oz, Midnight Blue",
        LabelSize.IN_2_25X1_25, 1);

    LabelDocument pdf = PdfLabelRenderer.singleLabels().render(List.of(spec));

    assertThat(pdf.format()).isEqualTo(LabelFormat.PDF);
    assertThat(LabelReadBack.pages(pdf)).isEqualTo(1);
    String text = LabelReadBack.text(pdf, 0);
    assertThat(text).contains("X00ABC1234", "New", spec.textLines().get(0));
    assertThat(spec.textLines().get(0)).startsWith("Acme").endsWith("Midnight Blue").contains("...");
    assertThat(LabelReadBack.barcodes(pdf, 0, 600)).containsExactly("X00ABC1234");
  }

  @Test
  void singleLabelPagesHaveTheLabelsSizeAndOneLabelPerCopy() {
    LabelSpec unit = LabelSpec.skuUnit(SkuCode.of("MUG-BLUE-16OZ"), "Travel mug", LabelSize.MM_50X25, 3);
    LabelSpec carton = LabelSpec.carton("CTN-000042", List.of("To: FBA LAX9", "Box 2 of 5", "MUG-BLUE-16OZ x 24"),
        LabelSize.MM_100X150, 1);

    LabelDocument pdf = PdfLabelRenderer.singleLabels().render(List.of(unit, carton));

    assertThat(LabelReadBack.pages(pdf)).isEqualTo(4);
    for (int page = 0; page < 3; page++) {
      assertThat(LabelReadBack.barcodes(pdf, page, 600)).containsExactly("MUG-BLUE-16OZ");
      assertThat(LabelReadBack.text(pdf, page)).contains("MUG-BLUE-16OZ", "Travel mug");
    }
    assertThat(LabelReadBack.barcodes(pdf, 3, 300)).containsExactly("CTN-000042");
    assertThat(LabelReadBack.text(pdf, 3)).contains("To: FBA LAX9", "Box 2 of 5", "MUG-BLUE-16OZ x 24");
  }

  @Test
  void sheetsFillRowByRowAndStartANewPageWhenFull() {
    List<LabelSpec> specs = List.of(
        LabelSpec.skuUnit(SkuCode.of("SKU-A1"), "Alpha", LabelSize.ofMillimetres(63, 33), 20),
        LabelSpec.skuUnit(SkuCode.of("SKU-B2"), "Bravo", LabelSize.ofMillimetres(63, 33), 6));

    LabelDocument pdf = PdfLabelRenderer.sheets(LabelSheet.A4_3X8).render(specs);

    assertThat(LabelReadBack.pages(pdf)).isEqualTo(2);
    List<String> first = LabelReadBack.sheetBarcodes(pdf, 0, 300, LabelSheet.A4_3X8, 24);
    assertThat(first).hasSize(24);
    assertThat(first.subList(0, 20)).containsOnly("SKU-A1");
    assertThat(first.subList(20, 24)).containsOnly("SKU-B2");
    assertThat(LabelReadBack.sheetBarcodes(pdf, 1, 300, LabelSheet.A4_3X8, 4)).containsExactly("SKU-B2", "SKU-B2");
  }

  @Test
  void letterSheetsTakeLabelsThatFitTheirCells() {
    LabelDocument pdf = PdfLabelRenderer.sheets(LabelSheet.LETTER_3X10)
        .render(List.of(LabelSpec.skuUnit(SkuCode.of("SKU-L"), "Letter", LabelSize.ofInches(2.5, 1), 3)));

    assertThat(LabelReadBack.sheetBarcodes(pdf, 0, 300, LabelSheet.LETTER_3X10, 6)).containsExactly("SKU-L", "SKU-L", "SKU-L");
  }

  @Test
  void refusesALabelLargerThanTheSheetsCell() {
    PdfLabelRenderer renderer = PdfLabelRenderer.sheets(LabelSheet.A4_3X8);
    List<LabelSpec> specs = List.of(LabelSpec.skuUnit(SkuCode.of("SKU-1"), "x", LabelSize.MM_100X150, 1));

    assertThatThrownBy(() -> renderer.render(specs))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("labels[0].size"))
        .hasMessageContaining("does not fit a cell");
  }

  @Test
  void refusesTextTheStandardFontCannotEncodeNamingTheLine() {
    LabelSpec spec = new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_60X40, LabelBarcode.code128("SKU-CN"),
        List.of("Café crème", "不锈钢保温杯"), 1);

    assertThatThrownBy(() -> PdfLabelRenderer.singleLabels().render(List.of(spec.withCopies(1), spec)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("labels[0].textLines[1]");
          assertThat(e.getMessage()).contains("U+4E0D", "WinAnsi");
        });
  }

  @Test
  void westernEuropeanTextPrintsInTheStandardFont() {
    LabelSpec spec = new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_60X40, LabelBarcode.code128("SKU-FR"),
        List.of("Café crème – 250 g"), 1);

    LabelDocument pdf = PdfLabelRenderer.singleLabels().render(List.of(spec));

    assertThat(LabelReadBack.text(pdf, 0)).contains("Café crème – 250 g");
  }

  @Test
  void aHostFontIsEmbeddedAndPrintsItsScripts() throws IOException {
    assumeTrue(Files.isReadable(DEJAVU), "DejaVu Sans is not installed");
    PdfLabelRenderer renderer = PdfLabelRenderer.builder().font(Files.readAllBytes(DEJAVU)).build();
    LabelSpec cyrillic = new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_60X40, LabelBarcode.code128("SKU-RU"),
        List.of("Кружка термос"), 1);

    LabelDocument pdf = renderer.render(List.of(cyrillic));

    assertThat(LabelReadBack.text(pdf, 0)).contains("Кружка термос");
    assertThat(LabelReadBack.barcodes(pdf, 0, 600)).containsExactly("SKU-RU");
    LabelSpec chinese = new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_60X40, LabelBarcode.code128("SKU-CN"),
        List.of("保温杯"), 1);
    assertThatThrownBy(() -> renderer.render(List.of(chinese)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("labels[0].textLines[0]"));
  }

  @Test
  void refusesSomethingThatIsNotAFontAndASettingGivenTwice() {
    assertThatThrownBy(() -> PdfLabelRenderer.builder().font(new byte[] {1, 2, 3}))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("font"));
    assertThatThrownBy(() -> PdfLabelRenderer.builder().sheet(LabelSheet.A4_3X8).sheet(LabelSheet.A4_3X8))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void refusesAnEmptyListOfLabels() {
    assertThatThrownBy(() -> PdfLabelRenderer.singleLabels().render(List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("labels"));
  }
}
