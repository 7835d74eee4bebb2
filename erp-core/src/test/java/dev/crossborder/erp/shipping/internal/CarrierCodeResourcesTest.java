package dev.crossborder.erp.shipping.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.shipping.Carrier;
import dev.crossborder.erp.shipping.CarrierCodeList;
import dev.crossborder.erp.shipping.CarrierCodeList.Coverage;
import dev.crossborder.erp.shipping.CarrierCodeList.Entry;
import dev.crossborder.erp.shop.PlatformId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarrierCodeResourcesTest {

  @Test
  void parsesHeadersEntriesAndOptionalParts() {
    CarrierCodeList list = CarrierCodeResources.parse(PlatformId.EBAY, "t.txt", List.of(
        "# a comment",
        "# source: somewhere",
        "# coverage: COMPLETE",
        "",
        "UPS|United Parcel Service|UPS",
        "Hermes",
        "GLS||"));

    assertThat(list).isEqualTo(new CarrierCodeList(PlatformId.EBAY, "somewhere", Coverage.COMPLETE, List.of(
        new Entry("UPS", "United Parcel Service", Carrier.UPS),
        new Entry("Hermes", "Hermes", null),
        new Entry("GLS", "GLS", null))));
  }

  @Test
  void refusesAFileWithoutSourceOrCoverage() {
    assertThatIllegalStateException()
        .isThrownBy(() -> CarrierCodeResources.parse(PlatformId.EBAY, "t.txt", List.of("# coverage: OPEN", "UPS")))
        .withMessageContaining("source");
  }

  @Test
  void refusesDuplicateCodesWithTheirLine() {
    assertThatIllegalStateException()
        .isThrownBy(() -> CarrierCodeResources.parse(
            PlatformId.EBAY, "t.txt", List.of("# source: s", "# coverage: OPEN", "UPS", "UPS|United Parcel Service")))
        .withMessage("t.txt:4: duplicate code UPS");
  }

  @Test
  void keepsTwoSpellingsThatDifferInCaseBecausePlatformsCompareCodesExactly() {
    CarrierCodeList list =
        CarrierCodeResources.parse(PlatformId.AMAZON, "t.txt", List.of("# source: s", "# coverage: COMPLETE", "SENDLE", "Sendle"));

    assertThat(list.entries()).extracting(Entry::code).containsExactly("SENDLE", "Sendle");
  }

  @Test
  void refusesAnUnknownCarrierTag() {
    assertThatThrownBy(() -> CarrierCodeResources.parse(
            PlatformId.EBAY, "t.txt", List.of("# source: s", "# coverage: OPEN", "X|X|NOPE")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAMissingResource() {
    assertThatIllegalStateException()
        .isThrownBy(() -> CarrierCodeResources.read(PlatformId.EBAY, "no-such-file.txt"))
        .withMessageContaining("no-such-file.txt");
  }
}
