/**
 * {@link dev.crossborder.erp.platforms.fake.FakePlatform}: an in-memory platform connector with
 * every capability, for hosts' tests and the demo. It stands in for any {@code PlatformId}, keeps
 * orders, listings, quantities, shipment confirmations, platform stock and inbound plans per shop,
 * reads time only from the {@link java.time.InstantSource} it is given, and injects faults ({@link
 * dev.crossborder.erp.platforms.fake.Fault}) by a seeded, deterministic {@link
 * dev.crossborder.erp.platforms.fake.FaultPlan}: throttling, server errors, timeouts, lost answers,
 * revoked authorization, repeated and shuffled pages, and late updates.
 */
@NullMarked
package dev.crossborder.erp.platforms.fake;

import org.jspecify.annotations.NullMarked;
