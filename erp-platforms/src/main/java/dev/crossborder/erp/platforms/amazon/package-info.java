/**
 * The Amazon Selling Partner API connector: {@link
 * dev.crossborder.erp.platforms.amazon.AmazonConnector}, a {@link
 * dev.crossborder.erp.platform.PlatformConnector} for {@code PlatformId.AMAZON} with every
 * capability of the SPI, built on the shared HTTP layer ({@code …platforms.http}). The Retrofit
 * interfaces, wire records, mappers and the capability implementations live in {@code internal};
 * nothing of them reaches a public signature here.
 */
@NullMarked
package dev.crossborder.erp.platforms.amazon;

import org.jspecify.annotations.NullMarked;
