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
    "AMAZON, PARTIAL, amzn-base.xsd",
    "EBAY, PARTIAL, ShippingCarrierCodeType",
    "WALMART, PARTIAL, Supported carrier names",
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
    assertThat(CarrierCodes.codeFor(PlatformId.AMAZON, "Yun Express")).isEmpty();
    assertThat(CarrierCodes.codeFor(PlatformId.EBAY, "Speedy Local Couriers")).isEmpty();
    assertThat(CarrierCodes.codeFor(PlatformId.TEMU, "UPS")).isEmpty();
  }

  @Test
  void entriesThatDenoteACarrierSaySo() {
    assertThat(CarrierCodes.forPlatform(PlatformId.EBAY).codeFor(Carrier.CHINA_POST)).contains("ChinaPost");
    assertThat(CarrierCodes.forPlatform(PlatformId.AMAZON).find("DHL").orElseThrow().carrier())
        .as("Amazon's DHL code covers more than DHL Express")
        .isNull();
  }
}
