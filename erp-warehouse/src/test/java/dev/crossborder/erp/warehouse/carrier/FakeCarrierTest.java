package dev.crossborder.erp.warehouse.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossborder.erp.catalog.Dimensions;
import dev.crossborder.erp.catalog.Weight;
import dev.crossborder.erp.kernel.ConfigurationException;
import dev.crossborder.erp.kernel.InvalidInputException;
import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.kernel.RemotePlatformException;
import dev.crossborder.erp.money.Money;
import dev.crossborder.erp.order.Address;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.shipping.Carrier;
import dev.crossborder.erp.shipping.TrackingNumberCheck;
import dev.crossborder.erp.shipping.TrackingNumbers;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import dev.crossborder.erp.shipping.carrier.LabelRequest;
import dev.crossborder.erp.shipping.carrier.Parcel;
import dev.crossborder.erp.shipping.carrier.RateQuote;
import dev.crossborder.erp.shipping.carrier.RateRequest;
import dev.crossborder.erp.shipping.carrier.ShippingLabel;
import dev.crossborder.erp.warehouse.label.LabelReadBack;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FakeCarrierTest {
  private static final MutableClock CLOCK = MutableClock.at("2026-03-02T08:00:00Z");
  private static final Destination US_NJ = new Destination("US", "NJ");
  private static final Address RECIPIENT =
      new Address("Jane Roe", "742 Evergreen Terrace", null, "Springfield", "OR", "97477", "US");

  @ParameterizedTest
  @EnumSource(value = Carrier.class, names = {"UPS", "DHL_EXPRESS", "CHINA_POST", "CHINA_EMS", "YUNEXPRESS"})
  void issuesTrackingNumbersThatPassTheCarriersCheckInADeterministicSequence(Carrier carrier) {
    List<String> first = numbers(FakeCarrier.builder().carrier(carrier).clock(CLOCK).build(), 25);
    List<String> second = numbers(FakeCarrier.builder().carrier(carrier).clock(CLOCK).build(), 25);

    assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    for (String number : first) {
      assertThat(TrackingNumbers.check(carrier, number)).isInstanceOf(TrackingNumberCheck.Valid.class);
    }
  }

  @Test
  void refusesACarrierWhoseFormatItCannotImitateAndSettingsGivenTwice() {
    assertThatThrownBy(() -> FakeCarrier.builder().carrier(Carrier.FOUR_PX))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("carrier"));
    assertThatThrownBy(() -> FakeCarrier.builder().seed(1).seed(2)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> FakeCarrier.builder().failureRate(1.5))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("failureRate"));
  }

  @Test
  void pricesByBillableWeightPerStartedHalfKiloDoubledAcrossBorders() {
    FakeCarrier carrier = FakeCarrier.builder().clock(CLOCK).build();
    // 30 x 20 x 10 cm = 6000 cm3 -> 1.2 kg volumetric; actual 0.4 kg; 1.2 kg -> 3 steps of 500 g.
    Parcel light = new Parcel(Weight.ofGrams(400), Dimensions.ofCentimeters("30", "20", "10"));

    List<RateQuote> domestic = carrier.quote(new RateRequest(US_NJ, Destination.of("US"), light));
    List<RateQuote> abroad = carrier.quote(new RateRequest(US_NJ, Destination.of("CA"), light));

    assertThat(domestic).extracting(RateQuote::serviceCode).containsExactly("GROUND", "EXPRESS");
    assertThat(domestic).extracting(RateQuote::price)
        .containsExactly(Money.of("10.10", "USD"), Money.of("21.50", "USD"));
    assertThat(abroad).extracting(RateQuote::price).containsExactly(Money.of("20.20", "USD"), Money.of("43.00", "USD"));
    assertThat(carrier.labelsBought()).isZero();
  }

  @Test
  void anOverweightOrOversizeParcelGetsNoQuoteAndNoLabel() {
    FakeCarrier carrier = FakeCarrier.builder().clock(CLOCK).build();
    Parcel heavy = Parcel.of(Weight.ofKilograms("31"));
    Parcel long_ = new Parcel(Weight.ofGrams(500), Dimensions.ofCentimeters("160", "10", "10"));

    assertThat(carrier.quote(new RateRequest(US_NJ, Destination.of("US"), heavy))).isEmpty();
    assertThat(carrier.quote(new RateRequest(US_NJ, Destination.of("US"), long_))).isEmpty();
    assertThatThrownBy(() -> carrier.createLabel(request("k-heavy", heavy, LabelFormat.PDF)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("parcel.weight"));
    assertThatThrownBy(() -> carrier.createLabel(request("k-long", long_, LabelFormat.PDF)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("parcel.dimensions"));
    assertThat(carrier.labelsBought()).isZero();
  }

  @Test
  void thePdfLabelScansToTheTrackingNumberAndPrintsNoPersonalData() {
    FakeCarrier carrier = FakeCarrier.builder().clock(CLOCK).build();

    ShippingLabel label = carrier.createLabel(request("k-pdf", Parcel.of(Weight.ofGrams(1200)), LabelFormat.PDF));

    assertThat(LabelReadBack.barcodes(label.document(), 0, 300)).containsExactly(label.trackingNumber());
    String text = LabelReadBack.text(label.document(), 0);
    assertThat(text).contains(label.trackingNumber(), "UPS Ground", "TO US-OR", "REF PKG-1");
    assertThat(text).doesNotContain("Jane", "Roe", "Evergreen", "97477");
    assertThat(label.createdAt()).isEqualTo(Instant.parse("2026-03-02T08:00:00Z"));
  }

  @Test
  void theZplLabelCarriesTheTrackingNumberInItsCode128Field() {
    FakeCarrier carrier = FakeCarrier.builder().carrier(Carrier.DHL_EXPRESS).clock(CLOCK).build();

    ShippingLabel label = carrier.createLabel(request("k-zpl", Parcel.of(Weight.ofGrams(1200)), LabelFormat.ZPL));

    String zpl = new String(label.document().content(), StandardCharsets.US_ASCII);
    assertThat(zpl).startsWith("^XA").contains("^BCN,").contains("^FD" + label.trackingNumber() + "^FS")
        .doesNotContain("Jane", "Evergreen");
  }

  @Test
  void injectedFailuresComeBeforeAnyPurchase() {
    FakeCarrier carrier = FakeCarrier.builder().clock(CLOCK).build();
    carrier.failNext(2);
    LabelRequest request = request("k-fail", Parcel.of(Weight.ofGrams(1200)), LabelFormat.PDF);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> carrier.createLabel(request))
          .isInstanceOfSatisfying(RemotePlatformException.class, e -> assertThat(e.isRetryable()).isTrue());
    }
    assertThat(carrier.labelsBought()).isZero();
    ShippingLabel label = carrier.createLabel(request);

    assertThat(carrier.labelsBought()).isOne();
    assertThat(carrier.labels()).containsExactly(label);
  }

  @Test
  void randomFaultsFollowTheSeed() {
    assertThat(outcomes(7)).isEqualTo(outcomes(7)).contains("fault").contains("ok");
  }

  private static List<String> outcomes(long seed) {
    FakeCarrier carrier = FakeCarrier.builder().clock(CLOCK).seed(seed).failureRate(0.3).build();
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      try {
        carrier.quote(new RateRequest(US_NJ, Destination.of("US"), Parcel.of(Weight.ofGrams(100))));
        outcomes.add("ok");
      } catch (RemotePlatformException e) {
        outcomes.add("fault");
      }
    }
    return outcomes;
  }

  private static List<String> numbers(FakeCarrier carrier, int count) {
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      numbers.add(carrier.createLabel(request("k-" + i, Parcel.of(Weight.ofGrams(800)), LabelFormat.ZPL))
          .trackingNumber());
    }
    return numbers;
  }

  private static LabelRequest request(String key, Parcel parcel, LabelFormat format) {
    return new LabelRequest(key, FakeCarrier.GROUND, US_NJ, RECIPIENT, parcel, "PKG-1", format);
  }
}
