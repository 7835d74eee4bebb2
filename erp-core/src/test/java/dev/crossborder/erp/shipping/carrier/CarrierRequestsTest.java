package dev.crossborder.erp.shipping.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.Destination;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarrierRequestsTest {
  private static final Address TO = new Address("Jane Roe", "742 Evergreen Terrace", null, "Springfield", "OR", "97477", "US");

  @Test
  void aLabelRequestShowsNoPersonalDataAndNamesItsDestination() {
    LabelRequest request = new LabelRequest("pkg-1", "GROUND", Destination.of("US"), TO,
        Parcel.of(Weight.ofGrams(500)), "PKG-1", LabelFormat.PDF);

    assertThat(request.toString()).doesNotContain("Jane", "Evergreen", "97477");
    assertThat(request.destination()).isEqualTo(new Destination("US", "OR"));
  }

  @Test
  void refusesBadKeysAndCodesNamingTheField() {
    assertThatThrownBy(() -> new LabelRequest("has space", "GROUND", Destination.of("US"), TO,
        Parcel.of(Weight.ofGrams(500)), "PKG-1", LabelFormat.PDF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("idempotencyKey"));
    assertThatThrownBy(() -> new LabelRequest("k", "", Destination.of("US"), TO,
        Parcel.of(Weight.ofGrams(500)), "PKG-1", LabelFormat.PDF))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("serviceCode"));
    assertThatThrownBy(() -> new Parcel(null, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("parcel.weight"));
    assertThatThrownBy(() -> new RateQuote("GROUND", "Ground", Money.of("-1.00", "USD"), 3))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("price"));
  }

  @Test
  void aManifestRequestRefusesAnEmptyListAndDuplicates() {
    assertThatThrownBy(() -> new ManifestRequest("m-1", List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("trackingNumbers"));
    assertThatThrownBy(() -> new ManifestRequest("m-1", List.of("A1", "B2", "A1")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("trackingNumbers[2]"));
  }

  @Test
  void aLabelDocumentCopiesItsBytesAndComparesThem() {
    byte[] bytes = {1, 2, 3};
    LabelDocument document = new LabelDocument(LabelFormat.ZPL, bytes);
    bytes[0] = 9;
    document.content()[1] = 9;

    assertThat(document.content()).containsExactly(1, 2, 3);
    assertThat(document).isEqualTo(new LabelDocument(LabelFormat.ZPL, new byte[] {1, 2, 3}))
        .hasSameHashCodeAs(new LabelDocument(LabelFormat.ZPL, new byte[] {1, 2, 3}))
        .isNotEqualTo(new LabelDocument(LabelFormat.PDF, new byte[] {1, 2, 3}));
    assertThat(document.toString()).isEqualTo("LabelDocument[ZPL, 3 bytes]");
    assertThatThrownBy(() -> new LabelDocument(LabelFormat.PDF, new byte[0]))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("content"));
  }
}
