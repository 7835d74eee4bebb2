/**
 * The entry point: {@link dev.crossborder.erp.Erp}, one per tenant, built with {@link
 * dev.crossborder.erp.Erp#builder()}, from which every service is reached.
 */
@NullMarked
package dev.crossborder.erp;

import org.jspecify.annotations.NullMarked;
