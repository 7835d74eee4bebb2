package dev.crossborder.erp.platforms.amazon;

import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;

/**
 * The Amazon connector passes the capability kit on a WireMock server that plays Amazon from what
 * the kit hands over ({@link AmazonCapabilityContractScenario}). Amazon's Orders API v2026-01-01
 * reports no platform fees (they come from the finance reports), so the scenario says so and the
 * kit requires them to be zero.
 */
class AmazonCapabilityContractTest extends PlatformConnectorContract {

  @Override
  protected Scenario newScenario() {
    return new AmazonCapabilityContractScenario();
  }
}
