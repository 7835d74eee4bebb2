package dev.crossborder.erp.warehouse.carrier;

import dev.crossborder.erp.kernel.MutableClock;
import dev.crossborder.erp.order.Destination;
import dev.crossborder.erp.shipping.Carrier;
import dev.crossborder.erp.shipping.carrier.CarrierConnector;
import dev.crossborder.erp.shipping.carrier.LabelFormat;
import dev.crossborder.erp.testkit.carrier.CarrierConnectorContract;
import java.util.Currency;
import java.util.Set;

/**
 * {@link FakeCarrier} as a China Post account that prints ZPL only, shipping from Shenzhen: the kit
 * also checks S10 numbers and the refusal of a format not offered.
 */
class FakeChinaPostContractTest extends CarrierConnectorContract {

  @Override
  protected CarrierConnector newCarrier() {
    return FakeCarrier.builder()
        .carrier(Carrier.CHINA_POST)
        .currency(Currency.getInstance("CNY"))
        .formats(Set.of(LabelFormat.ZPL))
        .clock(MutableClock.at("2026-03-02T08:00:00Z"))
        .build();
  }

  @Override
  protected Destination origin() {
    return new Destination("CN", "GD");
  }
}
