package dev.crossborder.erp.warehouse.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.shipping.carrier.LabelDocument;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ZplRendererTest {
  private static final Pattern FORMAT = Pattern.compile("\\^XA\\n(.*?)\\^XZ\\n", Pattern.DOTALL);

  @Test
  void rendersOneFormatPerSpecWithTheBarcodeValueTextAndCopies() {
    LabelSpec unit = LabelSpec.skuUnit(SkuCode.of("MUG-BLUE-16OZ"), "Travel mug", LabelSize.MM_50X25, 12);
    LabelSpec fnsku = LabelSpec.fnsku("X00ABC1234", "Travel mug", LabelSize.IN_2_25X1_25, 3);

    LabelDocument doc = ZplRenderer.standard().render(List.of(unit, fnsku));

    assertThat(doc.format()).isEqualTo(LabelFormat.ZPL);
    String zpl = new String(doc.content(), StandardCharsets.US_ASCII);
    List<String> formats = formats(zpl);
    assertThat(formats).hasSize(2);
    assertThat(zpl).startsWith("^XA").endsWith("^XZ\n");

    String first = formats.get(0);
    assertThat(first).contains("^CI28", "^PW400", "^LL200", "^PQ12");
    assertThat(first).containsPattern("\\^FO\\d+,\\d+\\^BY2\\^BCN,\\d+,N,N,N,A\\^FH\\\\\\^FDMUG-BLUE-16OZ\\^FS");
    assertThat(fieldData(first)).containsExactly("MUG-BLUE-16OZ", "MUG-BLUE-16OZ", "Travel mug");

    String second = formats.get(1);
    assertThat(second).contains("^PQ3");
    assertThat(fieldData(second)).containsExactly("X00ABC1234", "X00ABC1234", "Travel mug", "New");
  }

  @Test
  void barcodeAndTextLinesSitInsideTheLabel() {
    LabelSpec spec = LabelSpec.carton("CTN-1", List.of("Box 1 of 2", "FBA LAX9"), LabelSize.MM_100X150, 1);

    String zpl = new String(ZplRenderer.standard().render(List.of(spec)).content(), StandardCharsets.US_ASCII);

    Matcher origins = Pattern.compile("\\^FO(\\d+),(\\d+)").matcher(zpl);
    int previousY = -1;
    int count = 0;
    while (origins.find()) {
      int x = Integer.parseInt(origins.group(1));
      int y = Integer.parseInt(origins.group(2));
      assertThat(x).isBetween(0, 800);
      assertThat(y).isBetween(0, 1200).isGreaterThan(previousY);
      previousY = y;
      count++;
    }
    assertThat(count).isEqualTo(4);
  }

  @Test
  void escapesZplControlCharactersAndWritesUtf8AsHex() {
    LabelSpec spec = new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_100X150, LabelBarcode.code128("A^B~C\\D"),
        List.of("Café ^XZ"), 1);

    String zpl = new String(ZplRenderer.standard().render(List.of(spec)).content(), StandardCharsets.US_ASCII);

    assertThat(zpl).contains("^FDA\\5EB\\7EC\\5CD^FS", "^FDCaf\\C3\\A9 \\5EXZ^FS");
    assertThat(formats(zpl)).hasSize(1);
  }

  @Test
  void refusesTextTheBuiltInFontCannotPrintUnlessAPrinterFontIsSet() {
    LabelSpec spec = new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_60X40, LabelBarcode.code128("SKU-CN"),
        List.of("保温杯"), 1);

    assertThatThrownBy(() -> ZplRenderer.standard().render(List.of(spec)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("labels[0].textLines[0]"))
        .hasMessageContaining("U+4FDD");

    String zpl = new String(
        ZplRenderer.builder().printerFont("E:NOTOSANSCJK.TTF").build().render(List.of(spec)).content(),
        StandardCharsets.US_ASCII);
    assertThat(zpl).contains("^A@N,", ",E:NOTOSANSCJK.TTF^FB", "^FD\\E4\\BF\\9D\\E6\\B8\\A9\\E6\\9D\\AF^FS");
  }

  @Test
  void refusesABarcodeTooWideForTheLabelAtThePrintersResolution() {
    LabelSpec spec = new LabelSpec(LabelKind.CARTON, LabelSize.MM_50X25,
        LabelBarcode.code128("FBA15ABCDEFGHU000001-CARTON"), List.of(), 1);

    assertThatThrownBy(() -> ZplRenderer.standard().render(List.of(spec)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("labels[0].size");
          assertThat(e.value()).isEqualTo("50x25mm");
        })
        .hasMessageContaining("too narrow");
  }

  @Test
  void higherResolutionScalesDotsAndModules() {
    LabelSpec spec = LabelSpec.skuUnit(SkuCode.of("SKU-1"), "x", LabelSize.MM_50X25, 1);

    String zpl = new String(ZplRenderer.builder().dpi(300).build().render(List.of(spec)).content(),
        StandardCharsets.US_ASCII);

    assertThat(zpl).contains("^PW591", "^LL295");
    assertThat(zpl).containsPattern("\\^BY[3-6]\\^BC");
  }

  @Test
  void refusesBadSettings() {
    assertThatThrownBy(() -> ZplRenderer.builder().dpi(150))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dpi"));
    assertThatThrownBy(() -> ZplRenderer.builder().dpi(203).dpi(300)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> ZplRenderer.builder().printerFont("^XZ"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("printerFont"));
  }

  private static List<String> formats(String zpl) {
    Matcher m = FORMAT.matcher(zpl);
    List<String> out = new java.util.ArrayList<>();
    int end = 0;
    while (m.find()) {
      assertThat(m.start()).as("formats follow each other").isEqualTo(end);
      end = m.end();
      out.add(m.group(1));
    }
    assertThat(end).isEqualTo(zpl.length());
    return out;
  }

  private static List<String> fieldData(String format) {
    Matcher m = Pattern.compile("\\^FD(.*?)\\^FS").matcher(format);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
