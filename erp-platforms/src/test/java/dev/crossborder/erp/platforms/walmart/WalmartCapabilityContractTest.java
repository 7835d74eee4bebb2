package dev.crossborder.erp.platforms.walmart;

import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;

/**
 * The Walmart connector passes the capability kit on a WireMock server that plays Walmart from what
 * the kit hands over ({@link WalmartCapabilityContractScenario}). Walmart's Orders API reports no
 * platform fees, so the kit requires them to be zero; the listing and platform-stock tests are
 * skipped, since the connector has no listing or stock capability (item feeds and WFS inventory are
 * out of its scope).
 */
class WalmartCapabilityContractTest extends PlatformConnectorContract {

  @Override
  protected Scenario newScenario() {
    return new WalmartCapabilityContractScenario();
  }
}
