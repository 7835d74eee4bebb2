/**
 * The carrier SPI (物流商接口): what the SDK asks of a parcel carrier or shipping aggregator to
 * quote rates, buy a shipping label (面单) with its tracking number, void an unused label, and
 * hand parcels over under a manifest (交运). A host implements {@link
 * dev.crossborder.erp.shipping.carrier.CarrierConnector} for each carrier account it ships with;
 * erp-warehouse ships {@code FakeCarrier}, and erp-testkit the {@code CarrierConnectorContract}
 * every implementation runs. The requests and answers here are immutable records; see {@code
 * docs/carriers.md}.
 */
@NullMarked
package dev.crossborder.erp.shipping.carrier;

import org.jspecify.annotations.NullMarked;
