/**
 * The contract kit of the platform connector SPI ({@code dev.crossborder.erp.platform}). A
 * connector, fake or HTTP, extends {@link
 * dev.crossborder.erp.testkit.platform.PlatformConnectorContract} and implements its {@link
 * dev.crossborder.erp.testkit.platform.PlatformConnectorContract.Scenario Scenario}: the kit hands
 * the scenario the exact orders, listings and stock the platform should hold, then checks what
 * comes back through the connector's capabilities: paging to the end, window edges, updates,
 * repeated pages, cursors that survive a restart, money and dates, listing verdicts, quantities,
 * shipment confirmations, platform stock and inbound plans.
 *
 * <p>An HTTP connector also extends {@link
 * dev.crossborder.erp.testkit.platform.HttpConnectorContract}: the kit runs WireMock, gives the
 * connector a clock and a sleeper that only advance time, stubs one idempotent read and one
 * non-idempotent write of the connector's ({@link dev.crossborder.erp.testkit.platform.HttpScenario})
 * with throttling, authentication failures, server errors and malformed bodies, and checks the
 * connector's answers: waits for {@code Retry-After} in clock time, no retry storm on 401, bounded
 * retries of reads only, no blind re-send of a write, typed errors, and no secret in its logs,
 * exceptions or results.
 */
@NullMarked
package dev.crossborder.erp.testkit.platform;

import org.jspecify.annotations.NullMarked;
