package dev.crossborder.erp.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.kernel.Quantity;
import dev.crossborder.erp.platform.ShipmentConfirmation;
import dev.crossborder.erp.shipping.CarrierCodeList.Coverage;
import dev.crossborder.erp.shipping.CarrierCodeList.Entry;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Invalid;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Rule;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Valid;
import dev.crossborder.erp.shipping.TrackingProblem.CarrierNotAccepted;
import dev.crossborder.erp.shipping.TrackingProblem.CarrierNotListed;
import dev.crossborder.erp.shipping.TrackingProblem.TrackingNumberInvalid;
import dev.crossborder.erp.shipping.TrackingProblem.TrackingNumberUnchecked;
import dev.crossborder.erp.shop.PlatformId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackingPreCheckTest {

  private static final CarrierCodeList COMPLETE_EBAY = new CarrierCodeList(PlatformId.EBAY, "test", Coverage.COMPLETE,
      List.of(new Entry("UPS", "United Parcel Service", Carrier.UPS), new Entry("ChinaPost", "China Post", Carrier.CHINA_POST)));

  @Test
  void passesAListedCodeWithAValidNumber() {
    TrackingPreCheckResult result = TrackingPreCheck.check(PlatformId.EBAY, "ChinaPost", "LK712930585CN");

    assertThat(result.passed()).isTrue();
    assertThat(result.problems()).isEmpty();
    assertThat(result.numberCheck()).isEqualTo(new Valid(Carrier.CHINA_POST, "LK712930585CN", "UPU S10"));
  }

  @Test
  void refusesANumberOneDigitOffNamingTheField() {
    TrackingPreCheckResult result = TrackingPreCheck.check(PlatformId.AMAZON, "UPS", "1Z999AA10123456785");

    assertThat(result.passed()).isFalse();
    TrackingProblem problem = result.blockingProblem("trackingNumber").orElseThrow();
    assertThat(problem).isInstanceOf(TrackingNumberInvalid.class);
    assertThat(((TrackingNumberInvalid) problem).check().rule()).isEqualTo(Rule.CHECK_DIGIT);
    assertThat(problem.message())
        .isEqualTo("tracking number invalid for UPS (UPS 1Z check digit should be 4, not 5): 1Z999AA10123456785");
    assertThat(result.blockingProblem("carrierCode")).isEmpty();
  }

  @Test
  void usesTheCarrierTheListEntryDenotes() {
    // Walmart's FEDEXSP is FedEx SmartPost, whose 20-digit numbers are checked as FedEx numbers.
    TrackingPreCheckResult result = TrackingPreCheck.check(PlatformId.WALMART, "FEDEXSP", "61299998820821171812");

    assertThat(result.numberCheck()).isInstanceOf(Invalid.class);
    assertThat(((Invalid) result.numberCheck()).carrier()).isEqualTo(Carrier.FEDEX);
  }

  @Test
  void anUnknownCarrierOnAPartialListIsReportedButNeverBlocksOrThrows() {
    CarrierCodeList partial =
        new CarrierCodeList(PlatformId.AMAZON, "test", Coverage.PARTIAL, CarrierCodes.forPlatform(PlatformId.AMAZON).entries());
    TrackingPreCheckResult result = TrackingPreCheck.check(partial, "Speedy Local", null, "SLC-0001");

    assertThat(result.passed()).isTrue();
    assertThat(result.problems()).hasExactlyElementsOfTypes(CarrierNotListed.class, TrackingNumberUnchecked.class);
    assertThat(result.problems()).extracting(TrackingProblem::field).containsExactly("carrierCode", "trackingNumber");
  }

  @Test
  void anUnknownCarrierOnAShippedCompleteListBlocksWithoutThrowing() {
    TrackingPreCheckResult amazon = TrackingPreCheck.check(PlatformId.AMAZON, "Speedy Local", "SLC-0001");
    TrackingPreCheckResult walmart = TrackingPreCheck.check(PlatformId.WALMART, "Speedy Local", "SLC-0001");

    assertThat(amazon.passed()).isFalse();
    assertThat(amazon.blockingProblems()).containsExactly(new CarrierNotAccepted(PlatformId.AMAZON, "Speedy Local", ""));
    assertThat(walmart.blockingProblems()).singleElement().isInstanceOf(CarrierNotAccepted.class);
  }

  @Test
  void aCodeCoveringSeveralCarriersLeavesTheNumberUnchecked() {
    // Amazon's DHL is DHL Express or DHL eCommerce: a JJD piece id must not be refused as a bad waybill.
    TrackingPreCheckResult result = TrackingPreCheck.check(PlatformId.AMAZON, "DHL", "JJD0099999999");

    assertThat(result.passed()).isTrue();
    assertThat(result.problems()).hasExactlyElementsOfTypes(TrackingNumberUnchecked.class);
  }

  @Test
  void ebaysDhlExpressCodeChecksTheWaybill() {
    assertThat(TrackingPreCheck.check(PlatformId.EBAY, "DHLEXPRESS", "1234567892").passed()).isFalse();
    assertThat(TrackingPreCheck.check(PlatformId.EBAY, "DHLEXPRESS", "1234567891").problems()).isEmpty();
  }

  @Test
  void anOtherCodeIsCheckedByTheCarriersName() {
    TrackingPreCheckResult result =
        TrackingPreCheck.check(PlatformId.AMAZON, "Other", "YunExpress", "YT123456789012345");

    assertThat(result.passed()).isFalse();
    assertThat(result.problems()).singleElement().isInstanceOf(TrackingNumberInvalid.class);
  }

  @Test
  void aMisspelledCodeOnTheCompleteAmazonListBlocksWithTheListedSpelling() {
    TrackingPreCheckResult result = TrackingPreCheck.check(PlatformId.AMAZON, "fedex", "782390123455");

    assertThat(result.passed()).isFalse();
    assertThat(result.problems()).containsExactly(new CarrierNotAccepted(PlatformId.AMAZON, "fedex", "FedEx"));
    assertThat(result.numberCheck()).isInstanceOf(Valid.class);
  }

  @Test
  void aCodeMissingFromACompleteListBlocksWithASuggestion() {
    TrackingPreCheckResult result = TrackingPreCheck.check(COMPLETE_EBAY, "China Post", null, "LK712930585CN");

    assertThat(result.passed()).isFalse();
    assertThat(result.blockingProblems()).containsExactly(new CarrierNotAccepted(PlatformId.EBAY, "China Post", "ChinaPost"));
    assertThat(result.blockingProblems().get(0).message())
        .isEqualTo("carrier code not accepted by EBAY: China Post (use ChinaPost)");
    assertThat(result.numberCheck()).as("the number is still checked").isInstanceOf(Valid.class);
  }

  @Test
  void reportsBothFieldsWhenBothAreWrong() {
    TrackingPreCheckResult result = TrackingPreCheck.check(COMPLETE_EBAY, "Hermes", "UPS", "1Z999AA10123456785");

    assertThat(result.blockingProblems()).extracting(TrackingProblem::field)
        .containsExactly("carrierCode", "trackingNumber");
  }

  @Test
  void shopifyTakesAnyCompanyNameButStillChecksKnownCarriersNumbers() {
    TrackingPreCheckResult unknown = TrackingPreCheck.check(PlatformId.SHOPIFY, "My Courier", "ABC123");
    TrackingPreCheckResult ups = TrackingPreCheck.check(PlatformId.SHOPIFY, "UPS", "1Z999AA10123456785");

    assertThat(unknown.passed()).isTrue();
    assertThat(unknown.problems()).hasExactlyElementsOfTypes(TrackingNumberUnchecked.class);
    assertThat(ups.passed()).isFalse();
  }

  @Test
  void aPlatformWithoutAListChecksOnlyTheNumber() {
    assertThat(TrackingPreCheck.check(PlatformId.TIKTOK, "DHL Express", "1234567891").problems()).isEmpty();
    assertThat(TrackingPreCheck.check(PlatformId.TIKTOK, "DHL Express", "1234567892").passed()).isFalse();
  }

  @Test
  void checksAShipmentConfirmation() {
    ShipmentConfirmation confirmation = new ShipmentConfirmation("112-0000000-0000000",
        List.of(new ShipmentConfirmation.Item("line-1", Quantity.of(1))), "Other", "China Post", "LK712930586CN",
        null, Instant.parse("2026-11-24T10:00:00Z"));

    TrackingPreCheckResult result = TrackingPreCheck.check(PlatformId.AMAZON, confirmation);

    assertThat(result.blockingProblem("trackingNumber")).isPresent();
  }
}
