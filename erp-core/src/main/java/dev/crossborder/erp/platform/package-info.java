/**
 * The platform connector SPI: a {@link dev.crossborder.erp.platform.PlatformConnector} per
 * platform, whose {@link dev.crossborder.erp.platform.Capability capabilities} (order source,
 * listing source and publisher, inventory publisher, shipment confirmer, platform stock source,
 * inbound plans) are looked up by type and take the shop they act for. Capabilities speak domain
 * types only; HTTP, wire formats and platform SDKs stay inside connector implementations.
 * Credentials reach connectors at call time through the host's {@link
 * dev.crossborder.erp.platform.CredentialsProvider}. Failures are {@link
 * dev.crossborder.erp.platform.ConnectorException}s.
 */
@NullMarked
package dev.crossborder.erp.platform;

import org.jspecify.annotations.NullMarked;
