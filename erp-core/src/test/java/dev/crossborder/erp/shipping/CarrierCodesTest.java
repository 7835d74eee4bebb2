package dev.crossborder.erp.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossborder.erp.shipping.CarrierCodeList.Coverage;
import dev.crossborder.erp.shop.PlatformId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierCodesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "AMAZON, COMPLETE, amzn-base._TTH_.xsd",
    "EBAY, COMPLETE, ShippingCarrierCodeType",
    "WALMART, COMPLETE, Supported carrier names",
    "SHOPIFY, OPEN, FulfillmentTrackingInfo",
  })
  void shipsAListPerPlatformThatNamesItsSource(PlatformId platform, Coverage coverage, String sourceMentions) {
    CarrierCodeList list = CarrierCodes.forPlatform(platform);

    assertThat(list.platform()).isEqualTo(platform);
    assertThat(list.coverage()).isEqualTo(coverage);
    assertThat(list.source()).contains(sourceMentions);
    assertThat(list.entries()).hasSizeGreaterThan(30);
  }

  @Test
  void aPlatformWithoutAListHasNoneAndAcceptsNothingByName() {
    CarrierCodeList list = CarrierCodes.forPlatform(PlatformId.TEMU);

    assertThat(list.coverage()).isEqualTo(Coverage.NONE);
    assertThat(list.entries()).isEmpty();
    assertThat(CarrierCodes.accepts(PlatformId.TEMU, "UPS")).isFalse();
  }

  @Test
  void acceptsListedCodesSpelledAsThePlatformSpellsThem() {
    assertThat(CarrierCodes.accepts(PlatformId.AMAZON, "FedEx")).isTrue();
    assertThat(CarrierCodes.accepts(PlatformId.AMAZON, "Royal Mail")).isTrue();
    assertThat(CarrierCodes.accepts(PlatformId.AMAZON, "fedex")).isFalse();
    assertThat(CarrierCodes.accepts(PlatformId.EBAY, "ChinaPost")).isTrue();
    assertThat(CarrierCodes.accepts(PlatformId.EBAY, "China Post")).isFalse();
    assertThat(CarrierCodes.accepts(PlatformId.EBAY, "FourPXCHINA")).isTrue();
    assertThat(CarrierCodes.accepts(PlatformId.EBAY, "CustomCode")).as("reserved by eBay").isFalse();
    assertThat(CarrierCodes.accepts(PlatformId.WALMART, "YunExpress")).isTrue();
    assertThat(CarrierCodes.accepts(PlatformId.WALMART, "4PX")).isTrue();
    assertThat(CarrierCodes.accepts(PlatformId.SHOPIFY, "DHL Express")).isTrue();
  }

  @ParameterizedTest(name = "{0} calls \"{1}\" {2}")
  @CsvSource({
    "AMAZON, UPS, UPS",
    "AMAZON, ups, UPS",
    "AMAZON, United Parcel Service, UPS",
    "AMAZON, fedex, FedEx",
    "AMAZON, royal mail, Royal Mail",
    "EBAY, United Parcel Service, UPS",
    "EBAY, China Post, ChinaPost",
    "EBAY, 中国邮政, ChinaPost",
    "EBAY, Federal Express, FedEx",
    "EBAY, 4PX, FourPX",
    "EBAY, DHL Express, DHLEXPRESS",
    "EBAY, Yanwen, YANWEN",
    "WALMART, Yun Express, YunExpress",
    "WALMART, LaserShip, LS",
    "WALMART, 递四方, 4PX",
    "SHOPIFY, dhl express, DHL Express",
  })
  void mapsCommonNamesToThePlatformsCode(PlatformId platform, String name, String code) {
    assertThat(CarrierCodes.codeFor(platform, name)).contains(code);
  }

  @Test
  void mapsNothingWhenTheListHasNoSuchCarrier() {
    assertThat(CarrierCodes.codeFor(PlatformId.AMAZON, "Speedy Local Couriers")).isEmpty();
    assertThat(CarrierCodes.codeFor(PlatformId.EBAY, "Speedy Local Couriers")).isEmpty();
    assertThat(CarrierCodes.codeFor(PlatformId.TEMU, "UPS")).isEmpty();
  }

  @ParameterizedTest(name = "{0} accepts \"{1}\"")
  @CsvSource(
      delimiter = ';',
      value = {
        "AMAZON; China Post", "AMAZON; Yun Express", "AMAZON; 4PX", "AMAZON; Yanwen", "AMAZON; SFC",
        "AMAZON; Transaragonés", "AMAZON; SENDLE", "AMAZON; Sendle", "AMAZON; Colis Privé", "AMAZON; USPS",
        "AMAZON; Upsilon", "EBAY; FourPXCHINA", "EBAY; YANWEN", "EBAY; Yodel", "WALMART; SpeedX",
        "WALMART; Whistl", "SHOPIFY; YunExpress", "SHOPIFY; Yamato (JA)", "SHOPIFY; 西濃運輸", "SHOPIFY; FedEx",
      })
  void knownCodesOfTheCompleteListsAreAccepted(PlatformId platform, String code) {
    assertThat(CarrierCodes.accepts(platform, code)).isTrue();
    assertThat(TrackingPreCheck.check(platform, code, "ANY-NUMBER-1").problems())
        .noneMatch(p -> p instanceof TrackingProblem.CarrierNotAccepted || p instanceof TrackingProblem.CarrierNotListed);
  }

  @ParameterizedTest(name = "{0} refuses \"{1}\"")
  @CsvSource(delimiter = ';', value = {"AMAZON; Yun-Express", "AMAZON; china post", "EBAY; China Post", "WALMART; Speedy Local"})
  void unknownCodesOfTheCompleteListsAreRefused(PlatformId platform, String code) {
    assertThat(CarrierCodes.accepts(platform, code)).isFalse();
    assertThat(TrackingPreCheck.check(platform, code, "ANY-NUMBER-1").blockingProblems())
        .filteredOn(p -> p.field().equals("carrierCode"))
        .singleElement()
        .isInstanceOf(TrackingProblem.CarrierNotAccepted.class);
  }

  @Test
  void shopifysOpenListNeverRefusesAName() {
    assertThat(CarrierCodes.forPlatform(PlatformId.SHOPIFY).entries()).hasSizeGreaterThan(150);
    assertThat(TrackingPreCheck.check(PlatformId.SHOPIFY, "My Courier", "ANY-NUMBER-1").blockingProblems()).isEmpty();
  }

  @Test
  void amazonsCarrierCodesForTheChinaToWorldCarriersDenoteThem() {
    CarrierCodeList amazon = CarrierCodes.forPlatform(PlatformId.AMAZON);
    assertThat(amazon.codeFor(Carrier.CHINA_POST)).contains("China Post");
    assertThat(amazon.codeFor(Carrier.YUNEXPRESS)).contains("Yun Express");
    assertThat(amazon.codeFor(Carrier.FOUR_PX)).contains("4PX");
    assertThat(amazon.entries()).hasSizeGreaterThan(380);
  }

  @Test
  void entriesThatDenoteACarrierSaySo() {
    assertThat(CarrierCodes.forPlatform(PlatformId.EBAY).codeFor(Carrier.CHINA_POST)).contains("ChinaPost");
    assertThat(CarrierCodes.forPlatform(PlatformId.AMAZON).find("DHL").orElseThrow().carrier())
        .as("Amazon's DHL code covers more than DHL Express")
        .isNull();
  }
}
