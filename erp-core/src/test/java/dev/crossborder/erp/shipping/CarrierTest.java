package dev.crossborder.erp.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "UPS, UPS",
    "ups, UPS",
    "United Parcel Service, UPS",
    "U.S. Postal Service, USPS",
    "Federal Express, FEDEX",
    "FEDEX, FEDEX",
    "DHL Express, DHL_EXPRESS",
    "dhl_express, DHL_EXPRESS",
    "China Post, CHINA_POST",
    "中国邮政, CHINA_POST",
    "China EMS, CHINA_EMS",
    "4px, FOUR_PX",
    "Yun Express, YUNEXPRESS",
  })
  void findsTheCarrierACommonNameDenotes(String name, Carrier carrier) {
    assertThat(Carrier.fromName(name)).contains(carrier);
  }

  @Test
  void aNameThatCouldMeanSeveralCarriersDenotesNone() {
    // "DHL" alone may be DHL eCommerce, whose numbers are not DHL Express waybills; "EMS" is run
    // by every postal operator.
    assertThat(Carrier.fromName("DHL")).isEmpty();
    assertThat(Carrier.fromName("EMS")).isEmpty();
    assertThat(Carrier.fromName("")).isEmpty();
    assertThat(Carrier.fromName("Speedy Local Couriers")).isEmpty();
  }
}
