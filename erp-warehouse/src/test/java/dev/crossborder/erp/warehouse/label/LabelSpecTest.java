package dev.crossborder.erp.warehouse.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.SkuCode;
import dev.crossborder.erp.kernel.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSpecTest {

  @Test
  void refusesAnEmptyBarcode() {
    assertThatThrownBy(() -> LabelBarcode.code128(""))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("barcode.value"));
  }

  @Test
  void refusesCharactersCode128CannotEncode() {
    assertThatThrownBy(() -> LabelBarcode.code128("SKU-É1"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("barcode.value");
          assertThat(e.getMessage()).contains("U+00C9");
        });
    assertThatThrownBy(() -> LabelBarcode.code128("A\tB"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("barcode.value"));
  }

  @Test
  void refusesBadCopiesLinesAndSizes() {
    LabelBarcode barcode = LabelBarcode.code128("SKU-1");
    assertThatThrownBy(() -> new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_50X25, barcode, List.of(), 0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("copies"));
    assertThatThrownBy(() -> new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_50X25, barcode,
        Collections.nCopies(7, "x"), 1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("textLines"));
    assertThatThrownBy(() -> new LabelSpec(LabelKind.SKU_UNIT, LabelSize.MM_50X25, barcode, List.of("ok", "a\nb"), 1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("textLines[1]"));
    assertThatThrownBy(() -> LabelSize.ofMillimetres(0, 25))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("size"));
  }

  @Test
  void aLabelTooShortForItsLinesIsRefusedNamingTheSize() {
    LabelSpec spec = new LabelSpec(LabelKind.CARTON, LabelSize.ofMillimetres(50, 15), LabelBarcode.code128("C-1"),
        List.of("one", "two", "three"), 1);

    assertThatThrownBy(() -> ZplRenderer.standard().render(List.of(spec)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("labels[0].size"))
        .hasMessageContaining("too short");
    assertThatThrownBy(() -> PdfLabelRenderer.singleLabels().render(List.of(spec)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("labels[0].size"));
  }

  @Test
  void aTextLineTooLongForTheLabelIsRefusedNamingTheLine() {
    LabelSpec spec = new LabelSpec(LabelKind.CARTON, LabelSize.MM_50X25, LabelBarcode.code128("C-1"),
        List.of("short", "x".repeat(60)), 1);

    assertThatThrownBy(() -> ZplRenderer.standard().render(List.of(spec)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("labels[0].textLines[1]"));
  }

  @Test
  void fnskuLabelFollowsAmazonsLayout() {
    String title = "Acme Stainless Steel Travel Mug with Leak-Proof Lid and Handle, 16 oz, Midnight Blue";

    LabelSpec spec = LabelSpec.fnsku("X00ABC1234", title, LabelSize.MM_50X25, 5);

    assertThat(spec.kind()).isEqualTo(LabelKind.FNSKU);
    assertThat(spec.barcode()).isEqualTo(LabelBarcode.code128("X00ABC1234"));
    assertThat(spec.copies()).isEqualTo(5);
    assertThat(spec.textLines()).hasSize(2);
    assertThat(spec.textLines().get(1)).isEqualTo("New");
    String shortTitle = spec.textLines().get(0);
    assertThat(shortTitle).hasSizeLessThanOrEqualTo(
        dev.crossborder.erp.warehouse.label.internal.LabelLayout.maxCharsPerLine(LabelSize.MM_50X25));
    assertThat(shortTitle).startsWith("Acme Stainless").endsWith("Midnight Blue").contains("...");
    assertThat(LabelSpec.fnsku("X00ABC1234", "Short title", LabelSize.MM_50X25, 1).textLines())
        .containsExactly("Short title", "New");
  }

  @Test
  void fnskuMustBeTenUpperCaseLettersOrDigits() {
    assertThatThrownBy(() -> LabelSpec.fnsku("x00abc1234", "t", LabelSize.MM_50X25, 1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("fnsku"));
    assertThatThrownBy(() -> LabelSpec.fnsku("X00ABC123", "t", LabelSize.MM_50X25, 1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("fnsku"));
  }

  @Test
  void skuUnitLabelCutsALongNameAtTheEnd() {
    LabelSpec spec = LabelSpec.skuUnit(SkuCode.of("SKU-1"), "A".repeat(100), LabelSize.MM_50X25, 1);

    assertThat(spec.textLines().get(0)).endsWith("...").hasSizeLessThan(100);
    assertThat(LabelSpec.skuUnit(SkuCode.of("SKU-1"), " ", LabelSize.MM_50X25, 1).textLines()).isEmpty();
  }
}
