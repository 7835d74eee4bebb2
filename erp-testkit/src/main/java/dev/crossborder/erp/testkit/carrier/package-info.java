/**
 * The contract kit of the carrier SPI ({@code dev.crossborder.erp.shipping.carrier}). A carrier
 * connector, fake or HTTP, extends {@link
 * dev.crossborder.erp.testkit.carrier.CarrierConnectorContract} and returns a fresh connector;
 * the kit quotes, buys labels in every offered format, retries purchases under the same key (also
 * concurrently, and after a lost response where the connector can simulate one), voids, and hands
 * labels over, and checks tracking numbers against {@code TrackingNumbers}, idempotency and the
 * typed errors of the SPI's contract.
 */
@NullMarked
package dev.crossborder.erp.testkit.carrier;

import org.jspecify.annotations.NullMarked;
