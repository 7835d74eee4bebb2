/**
 * The contract kit of the platform connector SPI ({@code dev.crossborder.erp.platform}). A
 * connector, fake or HTTP, extends {@link
 * dev.crossborder.erp.testkit.platform.PlatformConnectorContract} and implements its {@link
 * dev.crossborder.erp.testkit.platform.PlatformConnectorContract.Scenario Scenario}: the kit hands
 * the scenario the exact orders, listings and stock the platform should hold, then checks what
 * comes back through the connector's capabilities: paging to the end, window edges, updates,
 * repeated pages, cursors that survive a restart, money and dates, listing verdicts, quantities,
 * shipment confirmations, platform stock and inbound plans.
 */
@NullMarked
package dev.crossborder.erp.testkit.platform;

import org.jspecify.annotations.NullMarked;
