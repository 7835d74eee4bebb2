package dev.crossborder.erp.platforms.ebay;

import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;

/**
 * The eBay connector passes the capability kit on a WireMock server that plays eBay from what the
 * kit hands over ({@link EbayCapabilityContractScenario}). eBay has no platform stock and no
 * inbound plans, so those tests are skipped.
 */
class EbayCapabilityContractTest extends PlatformConnectorContract {

  @Override
  protected Scenario newScenario() {
    return new EbayCapabilityContractScenario();
  }
}
