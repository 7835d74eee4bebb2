/**
 * A platform's view of customer-service cases, as {@link
 * dev.crossborder.erp.platform.CustomerServiceSource} reads and answers them: the case with its
 * messages and items, its kind and platform status, and what the platform lets a seller do
 * ({@link dev.crossborder.erp.platform.cases.CaseLimits}). The inbox built on them is {@code
 * dev.crossborder.erp.cases}; these types live beside the connector SPI so that the SPI does not
 * depend on the inbox.
 */
@NullMarked
package dev.crossborder.erp.platform.cases;

import org.jspecify.annotations.NullMarked;
