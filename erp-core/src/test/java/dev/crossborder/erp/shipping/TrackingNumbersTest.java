package dev.crossborder.erp.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.crossborder.erp.shipping.TrackingNumberCheck.Invalid;
import dev.crossborder.erp.shipping.TrackingNumberCheck.NotCheckable;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Rule;
import dev.crossborder.erp.shipping.TrackingNumberCheck.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden numbers: each valid number was built by an independent implementation of the carrier's
 * published algorithm (not this class), and each invalid twin differs from it in one digit.
 */
class TrackingNumbersTest {

  @ParameterizedTest(name = "{0} {2} is valid, {3} is not")
  @CsvSource({
    // carrier,    format,              valid,                                invalid (one digit off)
    "UPS,          UPS 1Z,              1Z999AA10123456784,                   1Z999AA10123456785",
    "UPS,          UPS 1Z,              1ZA8V4120391827368,                   1ZA8V4120391827369",
    "UPS,          UPS 1Z,              1Z999AA10123456784,                   1Z999AA10123457784",
    "USPS,         USPS IMpb,           9400111206213859704126,               9400111206213859704127",
    "USPS,         USPS IMpb,           9400111206213859704126,               9400111206213858704126",
    "USPS,         USPS IMpb,           9270190164917300009280,               9270190164917300009281",
    "USPS,         USPS IMpb,           71969010756003077383,                 71969010756003077384",
    "USPS,         USPS IMpb,           92748931507708513018050063,           92748931507708513018050064",
    "USPS,         USPS IMpb,           420100239200190132607600833457,       420100239200190132607600833458",
    "USPS,         USPS IMpb,           4201002334249200190132607600833457,   4201002334249200190132607600833458",
    "USPS,         UPU S10,             EA473819208US,                        EA473819209US",
    "FEDEX,        FedEx Express 12,    782390123455,                         782390123456",
    "FEDEX,        FedEx Express 12,    782390123455,                         782391123455",
    "FEDEX,        FedEx Ground 15,     612999988208210,                      612999988208211",
    "FEDEX,        FedEx Ground 15,     612999988208210,                      612999988218210",
    "FEDEX,        FedEx SSCC-18,       001234567890123452,                   001234567890123453",
    "FEDEX,        FedEx SmartPost 20,  61299998820821171811,                 61299998820821171812",
    "FEDEX,        FedEx Ground 96,     9611020987654312345672,               9611020987654312345673",
    "FEDEX,        FedEx SmartPost 22,  9261292700768711948021,               9261292700768711948022",
    "FEDEX,        FedEx Express 34,    1001921334250001000300779017972697,   1001921334250001000300779017972698",
    "DHL_EXPRESS,  DHL Express mod 7,   1234567891,                           1234567892",
    "DHL_EXPRESS,  DHL Express mod 7,   4801502160,                           4801502161",
    "DHL_EXPRESS,  DHL Express mod 7,   1234567891,                           1234567991",
    "CHINA_POST,   UPU S10,             LK712930585CN,                        LK712930586CN",
    "CHINA_POST,   UPU S10,             LK712930585CN,                        LK712830585CN",
    "CHINA_POST,   UPU S10,             RR391048278CN,                        RR391048279CN",
    "CHINA_POST,   UPU S10,             RR158267800CN,                        RR158267801CN",
    "CHINA_POST,   UPU S10,             RR763972505CN,                        RR763972506CN",
    "CHINA_EMS,    UPU S10,             EA084517936CN,                        EA084517937CN",
    "CHINA_EMS,    UPU S10,             EA084517936CN,                        EA084527936CN",
  })
  void acceptsTheGoldenNumberAndRefusesItsOneDigitOffTwin(
      Carrier carrier, String format, String valid, String invalid) {
    assertThat(TrackingNumbers.check(carrier, valid)).isEqualTo(new Valid(carrier, valid, format));

    TrackingNumberCheck refused = TrackingNumbers.check(carrier, invalid);
    assertThat(refused).isInstanceOf(Invalid.class);
    Invalid why = (Invalid) refused;
    assertThat(why.rule()).isEqualTo(Rule.CHECK_DIGIT);
    assertThat(why.reason()).startsWith(format + " check digit should be ");
    assertThat(why.carrier()).isEqualTo(carrier);
  }

  @Test
  void namesTheExpectedAndTheFoundCheckDigit() {
    Invalid why = (Invalid) TrackingNumbers.check(Carrier.UPS, "1Z999AA10123456785");

    assertThat(why.reason()).isEqualTo("UPS 1Z check digit should be 4, not 5");
  }

  @Test
  void ignoresSpacesDashesAndCase() {
    assertThat(TrackingNumbers.check(Carrier.UPS, " 1z 999 aa1 01 2345 6784 "))
        .isEqualTo(new Valid(Carrier.UPS, "1Z999AA10123456784", "UPS 1Z"));
    assertThat(TrackingNumbers.check(Carrier.CHINA_POST, "lk-712-930-585-cn").isInvalid()).isFalse();
    assertThat(TrackingNumbers.check(Carrier.FEDEX, "6129 9998 8208 210").isInvalid()).isFalse();
  }

  @ParameterizedTest(name = "{0} refuses {1}")
  @CsvSource({
    "UPS,          1Z999AA1012345678",
    "UPS,          1Z999AA1012345678*4",
    "USPS,         940011120621385970412",
    "USPS,         9400111206213859704126X",
    "USPS,         EA47381920US",
    "FEDEX,        78239012345",
    "FEDEX,        7823901234AB",
    "DHL_EXPRESS,  12345678911",
    "DHL_EXPRESS,  JJD0099999999",
    "CHINA_POST,   LK71293058CN",
    "CHINA_POST,   712930585CN",
    "CHINA_EMS,    LK712930585CN",
    "YUNEXPRESS,   YT123456789012345",
    "YUNEXPRESS,   YX1234567890123456",
  })
  void refusesAShapeNoFormatOfTheCarrierHas(Carrier carrier, String number) {
    TrackingNumberCheck check = TrackingNumbers.check(carrier, number);

    assertThat(check).isInstanceOf(Invalid.class);
    assertThat(((Invalid) check).rule()).isEqualTo(Rule.FORMAT);
  }

  @Test
  void aUpsNumberThatIsNot1ZIsNotCheckedRatherThanRefused() {
    // UPS Mail Innovations numbers travel under the UPS code and publish no check.
    TrackingNumberCheck check = TrackingNumbers.check(Carrier.UPS, "9274899991899154345251");

    assertThat(check).isInstanceOf(NotCheckable.class);
    assertThat(TrackingNumbers.check(Carrier.UPS, "1Z999AA1012345678").isInvalid()).isTrue();
  }

  @Test
  void refusesAChinaPostNumberIssuedElsewhere() {
    Invalid why = (Invalid) TrackingNumbers.check(Carrier.CHINA_POST, "EA473819208US");

    assertThat(why.rule()).isEqualTo(Rule.ISSUER);
    assertThat(why.reason()).isEqualTo("China Post numbers end in CN, not US");
  }

  @Test
  void uspsAcceptsInboundS10NumbersOfAnyIssuer() {
    assertThat(TrackingNumbers.check(Carrier.USPS, "LK712930585CN"))
        .isEqualTo(new Valid(Carrier.USPS, "LK712930585CN", "UPU S10"));
  }

  @Test
  void yunExpressHasAShapeButNoCheckDigit() {
    assertThat(TrackingNumbers.check(Carrier.YUNEXPRESS, "YT2412345678901234"))
        .isEqualTo(new Valid(Carrier.YUNEXPRESS, "YT2412345678901234", "YunExpress YT"));
  }

  @Test
  void fourPxIsNotCheckableRatherThanInvalid() {
    TrackingNumberCheck check = TrackingNumbers.check(Carrier.FOUR_PX, "4PX3001234567890CN");

    assertThat(check).isEqualTo(new NotCheckable("4PX", "4PX3001234567890CN", "4PX publishes no number format"));
    assertThat(check.isInvalid()).isFalse();
  }

  @Test
  void anUnknownCarrierNameIsNotCheckableAndNeverThrows() {
    TrackingNumberCheck check = TrackingNumbers.check("Speedy Local Couriers", "abc 123");

    assertThat(check).isInstanceOf(NotCheckable.class);
    assertThat(check.trackingNumber()).isEqualTo("ABC123");
    assertThat(((NotCheckable) check).reason()).contains("Speedy Local Couriers");
  }

  @Test
  void aKnownCarrierNameIsCheckedWhateverItsSpelling() {
    assertThat(TrackingNumbers.check("United Parcel Service", "1Z999AA10123456785").isInvalid()).isTrue();
    assertThat(TrackingNumbers.check("fed-ex", "782390123455")).isInstanceOf(Valid.class);
    assertThat(TrackingNumbers.check("云途物流", "YT2412345678901234")).isInstanceOf(Valid.class);
  }

  @Test
  void anEmptyNumberIsAFormatFailure() {
    Invalid why = (Invalid) TrackingNumbers.check(Carrier.DHL_EXPRESS, "  ");

    assertThat(why.rule()).isEqualTo(Rule.FORMAT);
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> TrackingNumbers.check(Carrier.UPS, null));
  }
}
