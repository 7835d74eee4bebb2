/**
 * {@link dev.crossborder.erp.warehouse.carrier.FakeCarrier}, the in-memory implementation of
 * erp-core's {@link dev.crossborder.erp.shipping.carrier.CarrierConnector} SPI: deterministic
 * rates and tracking numbers, real label documents, and seedable faults, for hosts' tests and
 * the demo. See {@code docs/carriers.md}.
 */
@NullMarked
package dev.crossborder.erp.warehouse.carrier;

import org.jspecify.annotations.NullMarked;
