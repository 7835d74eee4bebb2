package dev.crossborder.erp.warehouse.carrier;

import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.shipping.carrier.CarrierConnector;
import dev.crossborder.erp.testkit.carrier.CarrierConnectorContract;
import java.util.OptionalLong;

/** {@link FakeCarrier} keeps the carrier SPI's contract. */
class FakeCarrierContractTest extends CarrierConnectorContract {

  @Override
  protected CarrierConnector newCarrier() {
    return FakeCarrier.builder().clock(MutableClock.at("2026-03-02T08:00:00Z")).build();
  }

  @Override
  protected boolean loseNextCreateResponse(CarrierConnector connector) {
    ((FakeCarrier) connector).loseNextResponse();
    return true;
  }

  @Override
  protected OptionalLong labelsBought(CarrierConnector connector) {
    return OptionalLong.of(((FakeCarrier) connector).labelsBought());
  }
}
