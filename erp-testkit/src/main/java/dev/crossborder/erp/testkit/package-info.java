/**
 * Contract kits: abstract JUnit 5 test classes that a host extends, in a few lines, to prove that
 * its own implementation of one of the SDK's SPIs keeps that SPI's contract. The SDK's built-in
 * implementations run the same kits, so a host's implementation is held to exactly the standard of
 * the shipped ones.
 *
 * <p>Each SPI has its kit in a subpackage: {@link dev.crossborder.erp.testkit.store} for the
 * storage SPI ({@link dev.crossborder.erp.testkit.store.StoreContract}). {@link dev.crossborder.erp.testkit.carrier} holds
 * the carrier SPI's kit ({@link dev.crossborder.erp.testkit.carrier.CarrierConnectorContract}). Kits need JUnit Jupiter
 * and AssertJ on the host's test classpath, which this artifact brings in.
 */
@NullMarked
package dev.crossborder.erp.testkit;

import org.jspecify.annotations.NullMarked;
