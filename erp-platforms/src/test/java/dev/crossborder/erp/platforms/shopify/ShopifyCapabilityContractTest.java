package dev.crossborder.erp.platforms.shopify;

import dev.crossborder.erp.testkit.platform.PlatformConnectorContract;

/**
 * The Shopify connector passes the capability kit on a WireMock server that plays a shop's Admin
 * GraphQL endpoint from what the kit hands over ({@link ShopifyCapabilityContractScenario}).
 * Shopify's order object reports no fees, so the scenario says so and the kit requires them to be
 * zero; Shopify has no platform stock or inbound plans, so those tests are skipped.
 */
class ShopifyCapabilityContractTest extends PlatformConnectorContract {

  @Override
  protected Scenario newScenario() {
    return new ShopifyCapabilityContractScenario();
  }
}
